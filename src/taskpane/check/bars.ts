import type { FieldProgress, TraineeSummary } from "../../engine";

/**
 * A resident's weeks in each required field against its minimum, for the small bars on the
 * resident's card: exactly what the rules in force measured (TraineeSummary.progress), so a
 * program's numbers, its own fields (麻酔科 …) and a rule switched off show here as the findings
 * say them. Nothing here knows a minimum.
 */
export type WeekBar = FieldProgress;

/**
 * The bars of one resident of a two-year plan, in the rules' order.
 *
 * @example weekBars(trainee) // → [{ field: "内科", weeks: 28, min: 24, met: true, rule: "im-24w" }, …]
 */
export function weekBars(trainee: TraineeSummary): WeekBar[] {
  if (trainee.course === "cs") return [];
  return [...(trainee.progress ?? [])];
}
