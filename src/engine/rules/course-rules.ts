import { EPS } from "../model/units";
import { TWO_YEAR_MESSAGES as M } from "../messages/two-year";
import { normalizeText } from "../text/normalize";
import { courseYear, type CourseDef } from "./course-plan";
import { cellsOf, upper } from "./national";
import type { RuleDefinition, RuleHit } from "./rule";
import { ofYear, type PlanTally } from "./tally";
import { splitKey, subKey } from "../model/field-key";

/** A plan and the program's course it is marked with. */
export interface CourseSubject {
  readonly tally: PlanTally;
  readonly course: CourseDef;
}

type Rule = RuleDefinition<CourseSubject, Record<string, never>>;

const SOURCE = "the program's profile: its courses (profile `courses`, a 規則 sheet's コース column)";

/** How a course column's text names a course: `D`, `Ｄコース`, `course d` are all D. */
export function courseKey(text: string): string {
  return normalizeText(text).replace(/コース$|^コース|course/gi, "").toUpperCase();
}

/** The program's course a plan's course column names; undefined when none does. */
export function findCourse(courses: readonly CourseDef[], text: string | undefined): CourseDef | undefined {
  if (text === undefined) return undefined;
  const key = courseKey(text);
  return courses.find((c) => courseKey(c.id) === key);
}

/** Weeks of a field (`field` or `field/sub`) in one year, and the year's slots of it. */
function inYear(t: PlanTally, field: string, year: 1 | 2): { weeks: number; cells: string[] } {
  const { field: f, sub } = splitKey(field);
  const key = sub === undefined ? f : subKey(f, sub);
  const slots = ((sub === undefined ? t.slotsByField.get(key) : t.slotsBySub.get(key)) ?? []).filter((s) => s.year === year);
  const weeks = ofYear(sub === undefined ? t.yearWeeks : t.yearSubWeeks, year).get(key) ?? 0;
  return { weeks, cells: cellsOf(t, slots) };
}

/** `course-range`: a field's weeks in a year of the program's course outside its range. */
export const COURSE_RANGE_RULE: Rule = {
  id: "course-range",
  severity: "warning",
  group: "program",
  source: SOURCE,
  description: { ja: "プログラムのコースが定める年次ごとの分野の週数", en: "A field's weeks in a year, as the program's course sets them" },
  params: {},
  paramSpecs: {},
  check({ tally, course }) {
    const hits: RuleHit[] = [];
    for (const y of course.years) {
      for (const r of y.ranges) {
        const m = inYear(tally, r.field, y.year);
        if (m.weeks + EPS >= r.min && (r.max === undefined || m.weeks <= upper(tally, r.max))) continue;
        hits.push({
          cells: m.cells,
          message: M.courseRange(y.year, course.id, r.field, m.weeks, r.min, r.max),
          facts: { field: r.field, actual: m.weeks, required: r.min, ...(r.max !== undefined ? { max: r.max } : {}), unit: "weeks", year: y.year, course: course.id },
        });
      }
    }
    return hits;
  },
};

/** `course-required`: a field the program's course asks of a year, absent from it. */
export const COURSE_REQUIRED_RULE: Rule = {
  id: "course-required",
  severity: "warning",
  group: "program",
  source: SOURCE,
  description: { ja: "プログラムのコースが年次ごとに求める分野", en: "A field the program's course asks of a year" },
  params: {},
  paramSpecs: {},
  check({ tally, course }) {
    const hits: RuleHit[] = [];
    for (const y of course.years) {
      for (const field of y.required) {
        if (inYear(tally, field, y.year).weeks > EPS) continue;
        hits.push({
          cells: cellsOf(tally, tally.plan.slots.filter((s) => s.year === y.year)),
          message: M.courseRequired(y.year, course.id, field),
          facts: { field, actual: 0, unit: "weeks", year: y.year, course: course.id },
        });
      }
    }
    return hits;
  },
};

/** `course-site` for the program's courses: a year spent mostly at another kind of site than the course's. */
export const PROGRAM_COURSE_SITE_RULE: Rule = {
  id: "course-site",
  severity: "warning",
  group: "program",
  source: SOURCE,
  description: { ja: "コースの研修施設 (年次ごと)", en: "Each year at the course's kind of site" },
  params: {},
  paramSpecs: {},
  check: ({ tally, course }) => courseSiteHits(tally, course),
};

/** The rules run on a plan marked with one of the program's courses. */
export const PROGRAM_COURSE_RULES: readonly Rule[] = [COURSE_RANGE_RULE, COURSE_REQUIRED_RULE, PROGRAM_COURSE_SITE_RULE];

/**
 * `course-site`'s check, for the hematology courses and a program's own alike: each year whose
 * sites are mostly known, spent mostly at another kind of site than the course's. A year is judged
 * only when the sites of most of it are known: a short rotation elsewhere is allowed (C: 短期研修),
 * and a few cells naming a place say nothing of the rest of the year.
 */
export function courseSiteHits(tally: PlanTally, course: CourseDef): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const year of [1, 2] as const) {
    const expected = courseYear(course, year)?.site;
    if (expected === undefined) continue;
    const byKind = new Map<string, number>();
    let yearWeeks = 0;
    for (const s of tally.plan.slots) {
      if (s.year !== year) continue;
      yearWeeks += s.weeks;
      if (s.site && s.site.kind !== "unknown") byKind.set(s.site.kind, (byKind.get(s.site.kind) ?? 0) + s.weeks);
    }
    // No site known this year (a cohort without a site column): nothing to judge.
    if (byKind.size === 0) continue;
    const known = [...byKind.values()].reduce((a, b) => a + b, 0);
    if (known * 2 <= yearWeeks) continue;
    const [top] = [...byKind].sort((a, b) => b[1] - a[1]);
    if (top === undefined) continue;
    const [main] = top;
    if (main === expected) continue;
    const cells = tally.plan.slots.filter((s) => s.year === year && s.site?.kind === main).map((s) => s.cell);
    hits.push({ cells, message: M.courseSite(year, course.id, main, expected), facts: { year, course: course.id, site: main } });
  }
  return hits;
}
