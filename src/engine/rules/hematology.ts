import { EPS } from "../model/units";
import type { CourseId } from "../model/plan";
import { TWO_YEAR_MESSAGES as M } from "../messages/two-year";
import { maxWeeks, minWeeks } from "./params";
import { courseYear, HEMATOLOGY_COURSES } from "./course-plan";
import { defineRule, type Measure, type RuleDefinition } from "./rule";
import type { Minimum } from "./params";
import { cellsOf, fallsShort, shortfalls, upper } from "./national";
import type { PlanTally } from "./tally";
import { subKey } from "../model/field-key";
import { courseSiteHits } from "./course-rules";

/**
 * The hematology department's plan (seed 000_05c0615f8deab0f4.txt), on when a plan is marked as
 * course A, B or C (CONTRACT §1).
 */
type Rule = RuleDefinition<PlanTally, Readonly<Record<string, number>>>;

const SEED = "seed 000 (血液内科がおすすめする初期臨床研修プラン)";
const HEMA = subKey("内科", "血液");
const sumWeeks = (map: ReadonlyMap<string, number>, key: string) => map.get(key) ?? 0;
const course = (t: PlanTally): CourseId | undefined => t.plan.course;

/** 内科 subspecialties the seed recommends, ≥ 4 weeks each (§2), by their keys (内科/腫瘍 …). */
const RECOMMENDED_SUBS = ["腫瘍", "消化器", "循環器", "呼吸器", "脳神経", "免疫・リウマチ"].map((sub) => subKey("内科", sub));

/** What a course's year must hold, and whether the year checks 血液's range: the course data's (course-plan.ts). */
const required = (c: CourseId, year: 1 | 2): readonly string[] => courseYear(HEMATOLOGY_COURSES[c], year)?.required ?? [];
const hasHemaRange = (c: CourseId, year: 1 | 2): boolean => (courseYear(HEMATOLOGY_COURSES[c], year)?.ranges ?? []).some((r) => r.field === HEMA);

/** 血液 (split evenly where a cell names several subspecialties). */
function hemaMeasure(t: PlanTally, p: Minimum): Measure[] {
  return [{ field: HEMA, actual: sumWeeks(t.subWeeks, HEMA), required: p.min, cells: cellsOf(t, t.slotsBySub.get(HEMA)) }];
}

export const HEMATOLOGY_RULES: readonly Rule[] = [
  defineRule({
    id: "hema-4w",
    severity: "error",
    group: "hematology",
    source: `${SEED}: 最短でも 4週間は血液内科を選択`,
    description: { ja: "血液内科 4週以上", en: "At least 4 weeks of hematology" },
    params: { min: 4 },
    paramSpecs: { min: minWeeks("血液内科の最低週数", "Least weeks of hematology") },
    measure: hemaMeasure,
    check: (t, p) => (fallsShort(sumWeeks(t.subWeeks, HEMA), p.min) ? shortfalls(hemaMeasure(t, p), (m) => M.shortfall(m.field, m.actual, m.required)) : []),
  }),
  defineRule({
    id: "hema-im-sub",
    severity: "warning",
    group: "hematology",
    source: `${SEED} §2: 腫瘍・消化器・循環器・呼吸器・脳神経・免疫・リウマチ内科を各 4週以上`,
    description: { ja: "腫瘍・消化器・循環器・呼吸器・脳神経・免疫・リウマチ内科 各4週以上", en: "Oncology, GI, cardiology, pulmonology, neurology, rheumatology: 4 weeks each" },
    params: { min: 4 },
    paramSpecs: { min: minWeeks("各内科の最低週数", "Least weeks of each subspecialty") },
    check(t, p) {
      const measures = RECOMMENDED_SUBS.filter((key) => fallsShort(sumWeeks(t.subWeeks, key), p.min)).map((key) => ({ field: key, actual: sumWeeks(t.subWeeks, key), required: p.min, cells: cellsOf(t, t.slotsBySub.get(key)) }));
      return shortfalls(measures, (m) => M.shortfall(m.field, m.actual, m.required));
    },
  }),
  defineRule({
    id: "hema-surg-gi",
    severity: "warning",
    group: "hematology",
    source: `${SEED} §2: 外科は消化器外科`,
    description: { ja: "外科は消化器外科で", en: "Surgery as gastrointestinal surgery" },
    params: { min: 4 },
    paramSpecs: { min: minWeeks("消化器外科の最低週数", "Least weeks of GI surgery") },
    check(t, p) {
      const key = subKey("外科", "消化器");
      if (!fallsShort(sumWeeks(t.subWeeks, key), p.min)) return [];
      return shortfalls([{ field: key, actual: sumWeeks(t.subWeeks, key), required: p.min, cells: cellsOf(t, t.slotsByField.get("外科")) }], (m) => M.hemaSurgeryGi(m.actual, m.required));
    },
  }),
  defineRule({
    id: "hema-icu",
    severity: "warning",
    group: "hematology",
    source: `${SEED} §2: 救急は ICU を 4週以上`,
    description: { ja: "救急は ICU 4週以上", en: "At least 4 weeks of ICU in emergency medicine" },
    params: { min: 4 },
    paramSpecs: { min: minWeeks("ICU の最低週数", "Least weeks of ICU") },
    check(t, p) {
      const key = subKey("救急", "ICU");
      if (!fallsShort(sumWeeks(t.subWeeks, key), p.min)) return [];
      return shortfalls([{ field: key, actual: sumWeeks(t.subWeeks, key), required: p.min, cells: cellsOf(t, t.slotsByField.get("救急")) }], (m) => M.hemaIcu(m.actual, m.required));
    },
  }),
  defineRule({
    id: "course-y1-hema",
    severity: "warning",
    group: "hematology",
    source: `${SEED} §3: 1年次は 4～8週 (A, B, C)`,
    description: { ja: "1年次の血液内科 4〜8週", en: "4–8 weeks of hematology in the first year" },
    params: { min: 4, max: 8 },
    paramSpecs: { min: minWeeks("1年次の血液内科の最低週数", "Least weeks of hematology in year 1", 52), max: maxWeeks("1年次の血液内科の最大週数", "Most weeks of hematology in year 1", 52) },
    check(t, p) {
      const c = course(t);
      if (!c || !hasHemaRange(c, 1)) return [];
      const weeks = sumWeeks(t.yearSubWeeks[0], HEMA);
      if (weeks + EPS >= p.min && weeks <= upper(t, p.max)) return [];
      const slots = (t.slotsBySub.get(HEMA) ?? []).filter((s) => s.year === 1);
      return [{ cells: cellsOf(t, slots), message: M.courseHemaRange(1, c, weeks, p.min, p.max), facts: { field: HEMA, actual: weeks, required: p.min, max: p.max, unit: "weeks", year: 1, course: c } }];
    },
  }),
  defineRule({
    id: "course-y2-hema",
    severity: "warning",
    group: "hematology",
    source: `${SEED} §3: 2年次は 8～44週 (A), 8～36週 (B)`,
    description: { ja: "2年次の血液内科 8〜44週 (A) / 8〜36週 (B)", en: "Hematology in the second year: 8–44 weeks (A) or 8–36 weeks (B)" },
    params: { min: 8, maxA: 44, maxB: 36 },
    paramSpecs: {
      min: minWeeks("2年次の血液内科の最低週数", "Least weeks of hematology in year 2", 52),
      maxA: maxWeeks("A コース 2年次の血液内科の最大週数", "Most weeks of hematology in year 2, course A", 52),
      maxB: maxWeeks("B コース 2年次の血液内科の最大週数", "Most weeks of hematology in year 2, course B", 52),
    },
    check(t, p) {
      const c = course(t);
      if (!c || !hasHemaRange(c, 2)) return [];
      const max = c === "A" ? p.maxA : p.maxB;
      const weeks = sumWeeks(t.yearSubWeeks[1], HEMA);
      if (weeks + EPS >= p.min && weeks <= upper(t, max)) return [];
      const slots = (t.slotsBySub.get(HEMA) ?? []).filter((s) => s.year === 2);
      return [{ cells: cellsOf(t, slots), message: M.courseHemaRange(2, c, weeks, p.min, max), facts: { field: HEMA, actual: weeks, required: p.min, max, unit: "weeks", year: 2, course: c } }];
    },
  }),
  defineRule({
    id: "course-b-y1-em",
    severity: "warning",
    group: "hematology",
    source: `${SEED} §1: B コースは 1年目に救急を選択できる病院`,
    description: { ja: "B コースは 1年次に救急", en: "Course B: emergency medicine in the first year" },
    params: {},
    paramSpecs: {},
    check(t) {
      const c = course(t);
      if (!c || !required(c, 1).includes("救急") || sumWeeks(t.yearWeeks[0], "救急") > EPS) return [];
      return [{ cells: [t.plan.nameCell], message: M.courseBYear1Emergency(), facts: { field: "救急", actual: 0, unit: "weeks", year: 1, course: c } }];
    },
  }),
  defineRule({
    id: "course-b-y2",
    severity: "warning",
    group: "hematology",
    source: `${SEED} §3 B: 2年次は地域医療と精神科、脳神経内科、免疫・リウマチ内科を経験後`,
    description: { ja: "B コースの2年次に 地域医療・精神科・脳神経内科・免疫・リウマチ内科", en: "Course B's second year: community medicine, psychiatry, neurology, rheumatology" },
    params: {},
    paramSpecs: {},
    check(t) {
      const c = course(t);
      if (!c) return [];
      const missing = required(c, 2).filter((key) => (key.includes("/") ? sumWeeks(t.yearSubWeeks[1], key) : sumWeeks(t.yearWeeks[1], key)) <= EPS);
      if (missing.length === 0) return [];
      // Every missing field points at the same cells: the whole second year.
      const cells = cellsOf(t, t.plan.slots.filter((s) => s.year === 2));
      return missing.map((key) => ({
        cells,
        message: M.courseBYear2(key),
        facts: { field: key, actual: 0, unit: "weeks" as const, year: 2 as const, course: c },
      }));
    },
  }),
  defineRule({
    id: "course-site",
    severity: "warning",
    group: "hematology",
    source: `${SEED} §3: A 1年次 大学病院・2年次 協力型; B その逆; C 両年 大学病院 (短期研修を除く)`,
    description: { ja: "コースの研修施設 (年次ごと)", en: "Each year at the course's kind of site" },
    params: {},
    paramSpecs: {},
    check(t) {
      const c = course(t);
      return c ? courseSiteHits(t, HEMATOLOGY_COURSES[c]) : [];
    },
  }),
];

/**
 * A course column that names no course of the seed: said, so that a typo (`Ｄ`, `A'`) does not
 * silently turn the course rules off. Runs on every plan.
 */
export const COURSE_MARK_RULE: Rule = {
  id: "course-unknown",
  severity: "warning",
  group: "hematology",
  source: `${SEED} §3: the courses are A, B and C`,
  description: { ja: "コース欄が A, B, C 以外", en: "A course column that names none of A, B, C" },
  params: {},
  paramSpecs: {},
  check(t) {
    const mark = t.plan.unknownCourse;
    return mark && !t.plan.course ? [{ cells: [mark.cell], message: M.unknownCourse(mark.text), facts: { text: mark.text } }] : [];
  },
};
