import { EPS } from "../detect/header-runs";
import type { RuleOverride } from "../options";
import { countedAnesthesia } from "./anesthesia";
import { NATIONAL_RULES } from "./national";

/** One required field's weeks against the minimum its rule sets (for bars and summaries). */
export interface FieldProgress {
  readonly field: string;
  readonly weeks: number;
  readonly min: number;
  readonly met: boolean;
  /** The rule that sets the minimum. */
  readonly rule: string;
}

/** The fields with a minimum of their own (CONTRACT §1), in the order coordinators list them. */
const FIELD_MINIMUMS: ReadonlyArray<readonly [field: string, rule: string]> = [
  ["内科", "im-24w"],
  ["救急", "em-12w"],
  ["外科", "surg-4w"],
  ["小児科", "ped-4w"],
  ["産婦人科", "obgyn-4w"],
  ["精神科", "psy-4w"],
  ["地域医療", "comm-4w"],
  ["一般外来", "go-4w"],
];

/**
 * Each required field's weeks against its rule's minimum, from a trainee's weeks per field (as
 * TraineeSummary.weeks gives them), with a program's overrides applied as the rules apply them.
 *
 * @example fieldProgress({ 内科: 28, 救急: 8, 麻酔科: 8 })[1] // → { field: "救急", weeks: 12, min: 12, met: true, rule: "em-12w" }
 */
export function fieldProgress(
  weeks: Readonly<Record<string, number>>,
  options: { readonly scale?: number; readonly rules?: Readonly<Record<string, RuleOverride>> } = {},
): FieldProgress[] {
  return FIELD_MINIMUMS.map(([field, rule]) => {
    const definition = NATIONAL_RULES.find((r) => r.id === rule)!;
    const params = { ...definition.params, ...options.rules?.[rule]?.params };
    let w = weeks[field] ?? 0;
    if (field === "救急") w += countedAnesthesia(weeks["麻酔科"] ?? 0, params.anesthesiaMax!, options.scale);
    const min = params.min!;
    return { field, weeks: w, min, met: w + EPS >= min, rule };
  });
}
