import type { CourseId } from "../model/plan";
import { normalizeText } from "../text/normalize";

/** A course as people write it: `A`, `Ａ`, `a`, `Aコース`, `A コース`, `コースB`, `Course C`. */
const COURSE = /^(?:([ABC])(?:コース)?|コース([ABC])|course([ABC]))$/i;

/**
 * The hematology course (seed 000) a text names, or undefined. One reading for a course column of
 * a cohort sheet, `rota validate --course`, `rota template`, and the functions' `course` argument.
 *
 * @example parseCourseId("Ａコース") // → "A"
 * @example parseCourseId("course b") // → "B"
 * @example parseCourseId("D") // → undefined
 */
export function parseCourseId(text: string): CourseId | undefined {
  const m = COURSE.exec(normalizeText(text));
  const letter = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return letter === undefined ? undefined : BY_LETTER.get(letter.toUpperCase());
}

const COURSE_IDS: readonly CourseId[] = ["A", "B", "C"];
const BY_LETTER: ReadonlyMap<string, CourseId> = new Map(COURSE_IDS.map((id) => [id, id]));
