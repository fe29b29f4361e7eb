import type { Severity } from "../model/finding";
import type { RuleOverride } from "../options";
import { ruleById } from "../rules/registry";
import { applied } from "../rules/rule";

/** A rule as the planner models it: its numbers and severity once a program's override is applied. */
export interface RuleSetting {
  readonly params: Readonly<Record<string, number>>;
  readonly severity: Severity;
}

/**
 * The numbers and severity of a rule of the registry the validator runs, with the program's
 * override (the same `applied` the runner uses); undefined when the rule is off (or unknown). The
 * planner reads every number here, so a profile that asks 8 weeks of 外科 is planned for 8.
 */
export function ruleSetting(id: string, overrides: Readonly<Record<string, RuleOverride>> = {}): RuleSetting | undefined {
  const rule = ruleById(id);
  return rule ? applied(rule, overrides[id]) : undefined;
}

/** A rule's number (the registry declares every one the planner reads). */
export function param(setting: RuleSetting, name: string): number {
  const value = setting.params[name];
  if (value === undefined) throw new Error(`rule parameter ${name} is missing`);
  return value;
}
