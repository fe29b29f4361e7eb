import { RULES, weeksOf, type Plan, type TraineeSummary } from "../../engine";

/**
 * A resident's weeks in each required field against its minimum, for the small bars on the
 * resident's card. The minimums are the rules' own numbers (src/engine/rules), so a program that
 * changes a rule's numbers sees them here too.
 */
export interface WeekBar {
  /** The canonical field ("内科"); 血液 for the hematology department's own minimum. */
  readonly field: string;
  readonly weeks: number;
  readonly min: number;
  readonly met: boolean;
  /** The rule that sets the minimum. */
  readonly rule: string;
}

/** The required fields (CONTRACT §1), in the order coordinators list them. */
const REQUIRED: ReadonlyArray<readonly [field: string, rule: string]> = [
  ["内科", "im-24w"],
  ["救急", "em-12w"],
  ["外科", "surg-4w"],
  ["小児科", "ped-4w"],
  ["産婦人科", "obgyn-4w"],
  ["精神科", "psy-4w"],
  ["地域医療", "comm-4w"],
  ["一般外来", "go-4w"],
];

const EPS = 1e-6;

function param(rule: string, name: string, fallback: number): number {
  return RULES.find((r) => r.id === rule)?.params[name] ?? fallback;
}

/**
 * The bars of one resident of a two-year plan. 救急 counts 麻酔科 up to the rule's limit (4 weeks),
 * as `em-12w` does. A plan of course A, B or C also gets 血液 against `hema-4w`.
 *
 * @example weekBars(trainee, plan) // → [{ field: "内科", weeks: 28, min: 24, met: true, rule: "im-24w" }, …]
 */
export function weekBars(trainee: TraineeSummary, plan?: Plan): WeekBar[] {
  if (trainee.course === "cs") return [];
  const weeks = trainee.weeks;
  const bars = REQUIRED.map(([field, rule]): WeekBar => {
    let w = weeks[field] ?? 0;
    if (field === "救急") w += Math.min(weeks["麻酔科"] ?? 0, param(rule, "anesthesiaMax", 4));
    const min = param(rule, "min", 4);
    return { field, weeks: w, min, met: w + EPS >= min, rule };
  });
  if (trainee.course !== null && plan) {
    const w = weeksOf(plan, "血液内科") ?? 0;
    const min = param("hema-4w", "min", 4);
    bars.push({ field: "血液", weeks: w, min, met: w + EPS >= min, rule: "hema-4w" });
  }
  return bars;
}
