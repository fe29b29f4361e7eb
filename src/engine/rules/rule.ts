import type { Finding, Severity } from "../model/finding";
import type { Message } from "../messages/message";
import type { RuleOverride } from "../options";

/** Which document a rule comes from. */
export type RuleGroup = "national" | "hematology" | "clinician-scientist";

/** What one rule found in one subject: the cells that show it and what to say. */
export interface RuleHit {
  readonly cells: readonly string[];
  readonly message: Message;
}

/**
 * A rule as data plus one small pure function. A program that wants 8 weeks of 外科 instead of 4
 * changes `params` (through {@link RuleOverride}), not code.
 *
 * `S` is what the rule looks at (a two-year plan's tallies, a clinician-scientist plan).
 */
export interface RuleDefinition<S = unknown, P extends Readonly<Record<string, number>> = Readonly<Record<string, number>>> {
  readonly id: string;
  readonly severity: Severity;
  readonly group: RuleGroup;
  /** Where the rule comes from: the seed's section or line, or the MHLW text. */
  readonly source: string;
  /** What the rule asks, for listings and docs. */
  readonly description: Message;
  readonly params: P;
  check(subject: S, params: P): readonly RuleHit[];
}

/** Who a finding is about. */
export interface FindingTarget {
  readonly sheet: string;
  readonly trainee: string;
}

/**
 * Runs rules on one subject, applying a program's overrides (off, severity, numbers), and turns
 * their hits into findings.
 */
export function runRules<S>(
  rules: ReadonlyArray<RuleDefinition<S, any>>,
  subject: S,
  target: FindingTarget,
  overrides: Readonly<Record<string, RuleOverride>> = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const override = overrides[rule.id];
    if (override?.enabled === false) continue;
    const params = override?.params ? { ...rule.params, ...override.params } : rule.params;
    const severity = override?.severity ?? rule.severity;
    for (const hit of rule.check(subject, params)) {
      findings.push({
        rule: rule.id,
        severity,
        sheet: target.sheet,
        trainee: target.trainee,
        cells: hit.cells,
        message: hit.message.ja,
        message_en: hit.message.en,
      });
    }
  }
  return findings;
}
