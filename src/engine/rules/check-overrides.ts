import type { Severity } from "../model/finding";
import { SEVERITY_ORDER } from "../model/finding";
import type { RuleOverride } from "../options";
import { checkParamValue, type ParamProblem } from "./params";
import { ruleById } from "./registry";

/**
 * What is wrong with a program's change to a rule, as data (zod's idea: a code and a path; the
 * words are PROFILE_MESSAGES'). `path` names where it was written: a JSON key path
 * (`rules.surg-4w.min`) or a sheet's cell (`規則!C5`), given by the caller.
 */
export type RuleProblem =
  | { readonly code: "unknown-rule"; readonly rule: string }
  | { readonly code: "unknown-param"; readonly rule: string; readonly param: string; readonly known: readonly string[] }
  | { readonly code: "bad-value"; readonly rule: string; readonly param: string; readonly value: unknown; readonly problem: ParamProblem }
  | { readonly code: "national-off"; readonly rule: string }
  | { readonly code: "national-severity"; readonly rule: string; readonly severity: Severity; readonly national: Severity };

export interface CheckOverridesOptions {
  /**
   * "floor" (a program's profile): a national rule may be made stricter, never weaker — its numbers
   * move only the stricter way, an error rule stays on and an error. "free" (a caller's own
   * options, ROTA.VALIDATE's `off=`): bounds only.
   */
  readonly national: "floor" | "free";
}

/**
 * Checks a program's changes against the registry: every id a rule, every parameter one the rule
 * declares, every value inside its bounds (and, for a profile, no national minimum lowered).
 * Returns the problems, none when all is well.
 *
 * @example checkOverrides({ "surg-4w": { params: { min: 2 } } }, { national: "floor" })
 *   // → [{ code: "bad-value", rule: "surg-4w", param: "min", value: 2, problem: { kind: "weaker-than-national", national: 4, … } }]
 */
export function checkOverrides(overrides: Readonly<Record<string, RuleOverride>>, options: CheckOverridesOptions): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const [id, override] of Object.entries(overrides)) {
    const rule = ruleById(id);
    if (!rule) {
      problems.push({ code: "unknown-rule", rule: id });
      continue;
    }
    const floor = options.national === "floor" && rule.group === "national";
    if (floor && override.enabled === false && rule.severity === "error") problems.push({ code: "national-off", rule: id });
    if (floor && override.severity !== undefined && SEVERITY_ORDER[override.severity] > SEVERITY_ORDER[rule.severity]) {
      problems.push({ code: "national-severity", rule: id, severity: override.severity, national: rule.severity });
    }
    const specs = rule.paramSpecs;
    for (const [param, value] of Object.entries(override.params ?? {})) {
      const spec = specs[param];
      if (!spec) {
        problems.push({ code: "unknown-param", rule: id, param, known: Object.keys(specs) });
        continue;
      }
      const problem = checkParamValue(spec, value, floor ? rule.params[param] : undefined);
      if (problem) problems.push({ code: "bad-value", rule: id, param, value, problem });
    }
  }
  return problems;
}
