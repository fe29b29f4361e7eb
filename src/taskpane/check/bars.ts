import {
  fieldProgress,
  RULES,
  weeksOf,
  type FieldProgress,
  type Plan,
  type TraineeSummary,
} from "../../engine";

/**
 * A resident's weeks in each required field against its minimum, for the small bars on the
 * resident's card. The fields, minimums and counting are the engine's (fieldProgress), so a
 * program that changes a rule's numbers sees them here too.
 */
export type WeekBar = FieldProgress;

const EPS = 1e-6;

/**
 * The bars of one resident of a two-year plan. 救急 counts 麻酔科 up to the rule's limit, as
 * `em-12w` does (read as a month on a month grid when the plan is given). A plan of course A, B
 * or C also gets 血液 against `hema-4w`.
 *
 * @example weekBars(trainee, plan) // → [{ field: "内科", weeks: 28, min: 24, met: true, rule: "im-24w" }, …]
 */
export function weekBars(trainee: TraineeSummary, plan?: Plan): WeekBar[] {
  if (trainee.course === "cs") return [];
  const bars = fieldProgress(trainee.weeks, plan ? { scale: plan.upperLimitScale } : {});
  if (trainee.course !== null && plan) {
    const w = weeksOf(plan, "血液内科") ?? 0;
    const min = RULES.find((r) => r.id === "hema-4w")?.params["min"] ?? 4;
    bars.push({ field: "血液", weeks: w, min, met: w + EPS >= min, rule: "hema-4w" });
  }
  return bars;
}
