import { EPS } from "../model/units";
import type { Slot } from "../model/plan";
import { TWO_YEAR_MESSAGES as M } from "../messages/two-year";
import { countedAnesthesia } from "./anesthesia";
import { CELL_LENGTH_RULE } from "./cell-length";
import { maxWeeks, minWeeks, type Minimum } from "./params";
import { defineRule, type Measure, type RuleDefinition, type RuleHit } from "./rule";
import type { PlanTally } from "./tally";

/**
 * The national rules of the two-year 臨床研修 (MHLW, 2020 revision; DOMAIN.md §1, CONTRACT §1),
 * on for every two-year plan. Each is data (id, severity, source, numbers) plus a small check.
 */
type Rule = RuleDefinition<PlanTally, Readonly<Record<string, number>>>;

const MHLW = "MHLW 臨床研修の到達目標・方略及び評価 (2020年度から)";

/** The cells that show a field's shortfall: its own, or the trainee's name when there are none. */
export function cellsOf(tally: PlanTally, slots: readonly Slot[] | undefined): string[] {
  return slots && slots.length > 0 ? slots.map((s) => s.cell) : [tally.plan.nameCell];
}

/** An upper limit as it compares on this grid (a month grid reads N weeks as N/4 months). */
export const upper = (tally: PlanTally, weeks: number) => weeks * tally.plan.upperLimitScale + EPS;

const minimum = (id: string, field: string, min: number, title: string, titleEn: string): Rule => {
  const actual = (t: PlanTally) => t.weeks.get(field) ?? 0;
  const measure = (t: PlanTally, p: Minimum): Measure[] => [{ field, actual: actual(t), required: p.min, cells: cellsOf(t, t.slotsByField.get(field)) }];
  return defineRule({
  id,
  severity: "error",
  group: "national",
  source: `${MHLW}: 必修分野 ${field} ${min}週以上`,
  description: { ja: `${title} ${min}週以上`, en: `${titleEn}: at least ${min} weeks` },
  params: { min },
  paramSpecs: { min: minWeeks(`${title}の最低週数`, `Least weeks of ${titleEn.toLowerCase()}`) },
  measure,
  check: (t, p) => (fallsShort(actual(t), p.min) ? shortfalls(measure(t, p), (m) => M.shortfall(m.field, m.actual, m.required)) : []),
  });
};

/**
 * Whether weeks fall short of a requirement. A check asks it before it measures (cells and all):
 * most plans meet most minimums, and the measure would be made for nothing.
 */
export const fallsShort = (actual: number, required: number): boolean => actual + EPS < required;

/** The hits of the measures that fall short of their requirement, each with its facts. */
export function shortfalls(measures: readonly Measure[], say: (m: Measure) => RuleHit["message"]): RuleHit[] {
  return measures
    .filter((m) => fallsShort(m.actual, m.required))
    .map((m) => ({
      cells: m.cells,
      message: say(m),
      // Two literals, not a conditional spread (one per shortfall, thousands per cohort).
      facts: m.year ? { field: m.field, actual: m.actual, required: m.required, unit: "weeks", year: m.year } : { field: m.field, actual: m.actual, required: m.required, unit: "weeks" },
    }));
}

/** 救急 with the 麻酔科 that counts toward it (at most `anesthesiaMax`). */
const emergencyMeasure = (t: PlanTally, p: Minimum & { readonly anesthesiaMax: number }): Measure[] => {
  const em = t.weeks.get("救急") ?? 0;
  const counted = countedAnesthesia(t.weeks.get("麻酔科") ?? 0, p.anesthesiaMax, t.plan.upperLimitScale);
  const slots = [...(t.slotsByField.get("救急") ?? []), ...(t.slotsByField.get("麻酔科") ?? [])].sort((a, b) => a.index - b.index);
  return [{ field: "救急", actual: em + counted, required: p.min, cells: cellsOf(t, slots) }];
};

/** 一般外来, in cells or in a parallel row. */
const goMeasure = (t: PlanTally, p: Minimum): Measure[] => [{ field: "一般外来", actual: t.generalOutpatientWeeks, required: p.min, cells: cellsOf(t, t.generalOutpatientSlots) }];

const FIVE = [
  ["surg-4w", "外科", "Surgery"],
  ["ped-4w", "小児科", "Pediatrics"],
  ["obgyn-4w", "産婦人科", "Obstetrics and gynecology"],
  ["psy-4w", "精神科", "Psychiatry"],
  ["comm-4w", "地域医療", "Community medicine"],
] as const;

export const NATIONAL_RULES: readonly Rule[] = [
  defineRule({
    id: "total-104w",
    severity: "error",
    group: "national",
    source: `${MHLW}: 研修期間 2年 (104週); 休止 90日以内は欠けとしない (CONTRACT §5)`,
    description: { ja: "研修期間 104週 (空欄や欠けたブロックがない)", en: "The plan covers 104 weeks (no empty or missing blocks)" },
    params: { weeks: 104 },
    paramSpecs: { weeks: minWeeks("研修期間 (週)", "Weeks the plan covers", 208) },
    check(t, p) {
      const gapWeeks = t.gapSlots.reduce((sum, s) => sum + s.weeks, 0);
      const covered = t.plan.gridWeeks - gapWeeks;
      if (covered + EPS >= p.weeks && t.gapSlots.length === 0) return [];
      return [{ cells: cellsOf(t, t.gapSlots), message: M.total(covered, p.weeks, t.gapSlots.length, t.plan.gridWeeks), facts: { actual: covered, required: p.weeks, unit: "weeks" } }];
    },
  }),
  minimum("im-24w", "内科", 24, "内科", "Internal medicine"),
  defineRule({
    id: "em-12w",
    severity: "error",
    group: "national",
    source: `${MHLW}: 救急 12週以上 (麻酔科での研修は 4週まで算入可)`,
    description: { ja: "救急 12週以上 (麻酔科は4週まで算入)", en: "Emergency medicine: at least 12 weeks (anesthesiology counts for at most 4)" },
    params: { min: 12, anesthesiaMax: 4 },
    paramSpecs: {
      min: minWeeks("救急の最低週数", "Least weeks of emergency medicine"),
      anesthesiaMax: maxWeeks("救急に算入できる麻酔科の週数", "Weeks of anesthesiology that may count toward emergency medicine"),
    },
    measure: emergencyMeasure,
    check(t, p) {
      const em = t.weeks.get("救急") ?? 0;
      const anesthesia = t.weeks.get("麻酔科") ?? 0;
      const counted = countedAnesthesia(anesthesia, p.anesthesiaMax, t.plan.upperLimitScale);
      if (!fallsShort(em + counted, p.min)) return [];
      return shortfalls(emergencyMeasure(t, p), () => M.emergency(em, anesthesia, counted, p.min, p.anesthesiaMax));
    },
  }),
  ...FIVE.map(([id, field, en]) => minimum(id, field, 4, field, en)),
  defineRule({
    id: "rec-8w",
    severity: "info",
    group: "national",
    source: `${MHLW}: 外科・小児科・産婦人科・精神科・地域医療は 8週以上が望ましい`,
    description: { ja: "外科・小児科・産婦人科・精神科・地域医療 各8週以上が望ましい", en: "Surgery, pediatrics, OB/GYN, psychiatry, community medicine: 8 weeks or more recommended" },
    params: { min: 8 },
    paramSpecs: { min: minWeeks("望ましい週数", "Recommended weeks") },
    check(t, p) {
      const measures = FIVE.filter(([, field]) => fallsShort(t.weeks.get(field) ?? 0, p.min)).map(([, field]) => ({ field, actual: t.weeks.get(field) ?? 0, required: p.min, cells: cellsOf(t, t.slotsByField.get(field)) }));
      return shortfalls(measures, (m) => M.recommended(m.field, m.actual, m.required));
    },
  }),
  defineRule({
    id: "go-4w",
    severity: "warning",
    group: "national",
    source: `${MHLW}: 一般外来 4週以上 (並行研修可; 専門外来・救急外来は含まない)`,
    description: { ja: "一般外来 4週以上の記録", en: "At least 4 weeks of general outpatient recorded" },
    params: { min: 4 },
    paramSpecs: { min: minWeeks("一般外来の最低週数", "Least weeks of general outpatient") },
    measure: goMeasure,
    check: (t, p) => (fallsShort(t.generalOutpatientWeeks, p.min) ? shortfalls(goMeasure(t, p), (m) => M.generalOutpatient(m.actual, m.required)) : []),
  }),
  defineRule({
    id: "comm-year2",
    severity: "warning",
    group: "national",
    source: `${MHLW}: 地域医療は原則として2年次に行う`,
    description: { ja: "地域医療は原則 2年次", en: "Community medicine in the second year, in principle" },
    params: {},
    paramSpecs: {},
    check(t) {
      const slots = (t.slotsByField.get("地域医療") ?? []).filter((s) => s.year === 1);
      if (slots.length === 0) return [];
      const weeks = slots.reduce((sum, s) => sum + s.weeks, 0);
      return [{ cells: slots.map((s) => s.cell), message: M.communityYear1(weeks), facts: { field: "地域医療", actual: weeks, unit: "weeks", year: 1 } }];
    },
  }),
  defineRule({
    id: "block-4w",
    severity: "warning",
    group: "national",
    source: `${MHLW}: 内科・救急・地域医療は原則として 4週以上のブロック研修`,
    description: { ja: "内科・救急・地域医療は 4週以上のブロック研修", en: "Internal medicine, emergency and community medicine in blocks of 4 weeks or more" },
    params: { min: 4 },
    paramSpecs: { min: minWeeks("連続して研修する最低週数", "Least consecutive weeks of a block", 52) },
    check(t, p) {
      return t.stints
        .filter((s) => BLOCK_FIELDS.has(s.field) && s.weeks + EPS < p.min)
        .map((s) => ({ cells: s.slots.map((x) => x.cell), message: M.block(s.field, s.weeks, p.min), facts: { field: s.field, actual: s.weeks, required: p.min, unit: "weeks" } }));
    },
  }),
  defineRule({
    id: "core-52w",
    severity: "error",
    group: "national",
    source: `${MHLW}: 基幹型臨床研修病院で 52週以上 (地域医療は 12週まで算入)`,
    description: { ja: "基幹型臨床研修病院で 52週以上 (施設が分かる場合のみ)", en: "At least 52 weeks at the core hospital (only when sites are known)" },
    params: { min: 52, communityMax: 12 },
    paramSpecs: {
      min: minWeeks("基幹型臨床研修病院での最低週数", "Least weeks at the core hospital"),
      communityMax: maxWeeks("他施設の地域医療を算入できる週数", "Weeks of community medicine elsewhere that may count"),
    },
    check(t, p) {
      if (!t.sitesKnown) return [];
      const core = t.siteWeeks.get("core") ?? 0;
      const communityElsewhere = (t.slotsByField.get("地域医療") ?? []).filter((s) => s.site?.kind !== "core").reduce((sum, s) => sum + s.weeks, 0);
      const weeks = core + Math.min(communityElsewhere, p.communityMax * t.plan.upperLimitScale);
      if (weeks + EPS >= p.min) return [];
      const elsewhere = t.plan.slots.filter((s) => s.site && s.site.kind !== "core");
      return [{ cells: cellsOf(t, elsewhere), message: M.core(weeks, p.min), facts: { actual: weeks, required: p.min, unit: "weeks", site: "core" } }];
    },
  }),
  defineRule({
    id: "coop-12w",
    severity: "error",
    group: "national",
    source: `${MHLW}: 研修協力施設での研修は合計 12週以内`,
    description: { ja: "研修協力施設での研修は 12週以内 (施設が分かる場合のみ)", en: "At most 12 weeks at cooperating facilities (only when sites are known)" },
    params: { max: 12 },
    paramSpecs: { max: maxWeeks("研修協力施設での最大週数", "Most weeks at cooperating facilities") },
    check(t, p) {
      const slots = t.plan.slots.filter((s) => s.site?.kind === "coop-facility" && s.parsed.kind === "rotation");
      const weeks = slots.reduce((sum, s) => sum + s.weeks, 0);
      return weeks > upper(t, p.max)
        ? [{ cells: slots.map((s) => s.cell), message: M.coopFacility(weeks, p.max), facts: { actual: weeks, max: p.max, unit: "weeks", site: "coop-facility" } }]
        : [];
    },
  }),
  defineRule({
    id: "leave-90d",
    severity: "error",
    group: "national",
    source: `${MHLW}: 研修期間を通じた休止は 90日以内 (超えた分は補う)`,
    description: { ja: "休止は 90日以内", en: "Leave of at most 90 days" },
    params: { maxDays: 90 },
    paramSpecs: { maxDays: { unit: "days", lo: 0, hi: 730, stricter: "lower", description: { ja: "休止の最大日数", en: "Most days of leave" } } },
    check(t, p) {
      const days = t.leaveWeeks * 7;
      return days > upper(t, p.maxDays)
        ? [{ cells: t.leaveSlots.map((s) => s.cell), message: M.leave(days, p.maxDays), facts: { actual: Math.round(days), max: p.maxDays, unit: "days" } }]
        : [];
    },
  }),
  defineRule({
    id: "unknown-rotation",
    severity: "warning",
    group: "national",
    source: "CONTRACT §1, §5: a filled cell that names no known field is reported, not counted as a gap",
    description: { ja: "研修分野として認識できないセル", en: "A cell that names no known field" },
    params: {},
    paramSpecs: {},
    check(t) {
      // One finding per run of the same text (a merged or repeated rotation is one problem).
      const hits: RuleHit[] = [];
      let run: Slot[] = [];
      const flush = () => {
        const [first] = run;
        if (!first) return;
        const p = first.parsed;
        hits.push({ cells: run.map((s) => s.cell), message: M.unknown(p.text, p.reason, p.suggestion), facts: { text: p.text, ...(p.suggestion ? { suggestion: p.suggestion } : {}) } });
        run = [];
      };
      for (const slot of t.unknownSlots) {
        const last = run[run.length - 1];
        if (last && (last.parsed.key !== slot.parsed.key || last.index + 1 !== slot.index)) flush();
        run.push(slot);
      }
      flush();
      return hits;
    },
  }),
  // issue 8: a length written in a cell against the columns it spans (cell-length.ts).
  CELL_LENGTH_RULE,
];

const BLOCK_FIELDS: ReadonlySet<string> = new Set(["内科", "救急", "地域医療"]);
