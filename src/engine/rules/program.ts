import { EPS } from "../model/units";
import type { Severity } from "../model/finding";
import { TWO_YEAR_MESSAGES as M } from "../messages/two-year";
import { cellsOf, upper } from "./national";
import { COURSE_RANGE_RULE, COURSE_REQUIRED_RULE } from "./course-rules";
import type { Measure, RuleDefinition, RuleHit, SomeRule } from "./rule";
import { ofYear, type PlanTally } from "./tally";
import { splitKey, subKey } from "../model/field-key";

/**
 * A program's own requirement on one field (CONTRACT §7 `fields`): at least `min` weeks, at most
 * `max`, over both years or in one year. 麻酔科 as 必修 4–8週 is `{ field: "麻酔科", min: 4, max: 8 }`.
 */
export interface FieldRequirement {
  /** A field id (麻酔科) or `field/sub` (内科/血液), as ROTA.FIELD names it. */
  readonly field: string;
  readonly min?: number;
  readonly max?: number;
  /** Count only this year's weeks. */
  readonly year?: 1 | 2;
  /** error by default; info reads as a recommendation (…週以上が望ましい). */
  readonly severity: Severity;
  /** Where the requirement was written: `規則!A3`, `fields[0]`. */
  readonly source: string;
}

const SOURCE = "the program's profile (CONTRACT §7 fields; a 規則 sheet, --rules FILE)";

/** Weeks of a requirement's field (in its year when it has one), and the cells that hold them. */
function measured(t: PlanTally, r: FieldRequirement): { weeks: number; cells: string[] } {
  const { field, sub } = splitKey(r.field);
  if (field === "一般外来" && r.year === undefined) return { weeks: t.generalOutpatientWeeks, cells: cellsOf(t, t.generalOutpatientSlots) };
  const key = sub === undefined ? field : subKey(field, sub);
  const all = (sub === undefined ? t.slotsByField.get(key) : t.slotsBySub.get(key)) ?? [];
  const slots = r.year === undefined ? all : all.filter((s) => s.year === r.year);
  const source = r.year === undefined ? (sub === undefined ? t.weeks : t.subWeeks) : ofYear(sub === undefined ? t.yearWeeks : t.yearSubWeeks, r.year);
  return { weeks: source.get(key) ?? 0, cells: cellsOf(t, slots) };
}

const facts = (r: FieldRequirement, weeks: number) => ({
  field: r.field,
  actual: weeks,
  ...(r.min !== undefined ? { required: r.min } : {}),
  ...(r.max !== undefined ? { max: r.max } : {}),
  unit: "weeks" as const,
  ...(r.year ? { year: r.year } : {}),
});

/**
 * `program-min`: each of the program's fields under its minimum. Built for a profile's field
 * list; the registry's instance has none (it is there to be listed and switched off).
 */
export function programMinRule(requirements: readonly FieldRequirement[]): RuleDefinition<PlanTally, Record<string, never>> {
  const withMin = requirements.filter((r): r is FieldRequirement & { readonly min: number } => r.min !== undefined && r.min > 0);
  const measureOne = (t: PlanTally, r: FieldRequirement & { readonly min: number }): Measure => {
    const m = measured(t, r);
    return { field: r.field, actual: m.weeks, required: r.min, cells: m.cells, ...(r.year ? { year: r.year } : {}) };
  };
  return {
    id: "program-min",
    severity: "error",
    group: "program",
    source: SOURCE,
    description: { ja: "プログラムが定める分野の最低週数", en: "A field's least weeks, as the program sets it" },
    params: {},
    paramSpecs: {},
    measure: (t) => withMin.filter((r) => r.severity !== "info").map((r) => measureOne(t, r)),
    check(t) {
      const hits: RuleHit[] = [];
      withMin.forEach((r) => {
        const m = measured(t, r);
        if (m.weeks + EPS >= r.min) return;
        const message = r.severity === "info" ? M.recommended(r.field, m.weeks, r.min) : M.programMin(r.field, m.weeks, r.min, r.year);
        hits.push({ cells: m.cells, message, facts: facts(r, m.weeks), severity: r.severity });
      });
      return hits;
    },
  };
}

/** `program-max`: each of the program's fields over its maximum. */
export function programMaxRule(requirements: readonly FieldRequirement[]): RuleDefinition<PlanTally, Record<string, never>> {
  const withMax = requirements.filter((r): r is FieldRequirement & { readonly max: number } => r.max !== undefined);
  return {
    id: "program-max",
    severity: "error",
    group: "program",
    source: SOURCE,
    description: { ja: "プログラムが定める分野の最大週数", en: "A field's most weeks, as the program sets it" },
    params: {},
    paramSpecs: {},
    check(t) {
      const hits: RuleHit[] = [];
      for (const r of withMax) {
        const m = measured(t, r);
        if (m.weeks <= upper(t, r.max)) continue;
        hits.push({ cells: m.cells, message: M.programMax(r.field, m.weeks, r.max, r.year), facts: facts(r, m.weeks), severity: r.severity });
      }
      return hits;
    },
  };
}

/** The registry's instances: no fields, no courses (a profile brings them). */
export const PROGRAM_RULES: ReadonlyArray<SomeRule<never>> = [programMinRule([]), programMaxRule([]), COURSE_RANGE_RULE, COURSE_REQUIRED_RULE];
