import type { SiteKind } from "../model/plan";
import { COURSE_TEMPLATES, type TemplateYear } from "../templates/courses";

/**
 * A department's courses as data (the "courses: per-year ranges, sites, required
 * rotations and a template grid"): what the course rules check a plan marked with the course
 * against. The hematology department's A/B/C (seed 000 §3) are the first such plan, shipped below;
 * a program's profile adds its own in the same form (profile `courses`).
 */
export interface CourseRange {
  /** A field id (麻酔科) or `field/sub` (内科/血液). */
  readonly field: string;
  readonly min: number;
  readonly max?: number;
}

export interface CourseYear {
  readonly year: 1 | 2;
  /** The kind of site the year is spent at (short rotations elsewhere aside). */
  readonly site?: Exclude<SiteKind, "unknown">;
  /** Weeks of a field this year must fall within. */
  readonly ranges: readonly CourseRange[];
  /** Fields this year must hold (some weeks of each). */
  readonly required: readonly string[];
}

export interface CourseDef {
  /** As a course column writes it: A, B, C, or a program's own (D, 総合). */
  readonly id: string;
  readonly title: string;
  readonly years: readonly CourseYear[];
  /** The template grid (rotations per year with their weeks), when the course has one. */
  readonly template?: readonly TemplateYear[];
  /** Where it comes from (the seed's section, the profile's key or cell). */
  readonly source: string;
}

const SEED = "seed 000 (血液内科がおすすめする初期臨床研修プラン) §3 コース選択";
const HEMA = "内科/血液";

/**
 * The hematology department's courses (seed 000 §3), as data. The hematology rules
 * (course-y1-hema, course-y2-hema, course-b-y1-em, course-b-y2, course-site) read which course has
 * which range, requirement and site from here; their numbers stay the rules' parameters.
 */
export const HEMATOLOGY_COURSES: Readonly<Record<"A" | "B" | "C", CourseDef>> = {
  A: {
    id: "A",
    title: COURSE_TEMPLATES.A.title,
    years: [
      { year: 1, site: "core", ranges: [{ field: HEMA, min: 4, max: 8 }], required: [] },
      { year: 2, site: "coop-hospital", ranges: [{ field: HEMA, min: 8, max: 44 }], required: [] },
    ],
    template: COURSE_TEMPLATES.A.years,
    source: `${SEED} A`,
  },
  B: {
    id: "B",
    title: COURSE_TEMPLATES.B.title,
    years: [
      // "1年目に救急を選択できる病院" (§1).
      { year: 1, site: "coop-hospital", ranges: [{ field: HEMA, min: 4, max: 8 }], required: ["救急"] },
      // "地域医療と精神科、脳神経内科、免疫・リウマチ内科を経験後" (§3 B).
      { year: 2, site: "core", ranges: [{ field: HEMA, min: 8, max: 36 }], required: ["地域医療", "精神科", "内科/脳神経", "内科/免疫・リウマチ"] },
    ],
    template: COURSE_TEMPLATES.B.years,
    source: `${SEED} B`,
  },
  C: {
    id: "C",
    title: COURSE_TEMPLATES.C.title,
    years: [
      { year: 1, site: "core", ranges: [{ field: HEMA, min: 4, max: 8 }], required: [] },
      { year: 2, site: "core", ranges: [], required: [] },
    ],
    template: COURSE_TEMPLATES.C.years,
    source: `${SEED} C`,
  },
};

/** A year of a course; undefined when the course says nothing of it. */
export function courseYear(course: CourseDef, year: 1 | 2): CourseYear | undefined {
  return course.years.find((y) => y.year === year);
}
