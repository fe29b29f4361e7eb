import type { Facts, Finding, Severity } from "../model/finding";
import type { Message } from "../messages/message";
import type { RuleOverride } from "../options";
import type { ParamSpecs } from "./params";

export type { Facts } from "../model/finding";

/**
 * Which document a rule comes from: the national (MHLW) rules, the hematology department's plan
 * (seed 000: its courses), the Specialty Board's clinician-scientist course (seed 001), a program's
 * own profile, or the readers (what a grid could not say exactly).
 */
export type RuleGroup = "national" | "hematology" | "clinician-scientist" | "program" | "reader";

/** What one rule found in one subject: the cells that show it, what to say, and the facts it measured. */
export interface RuleHit {
  readonly cells: readonly string[];
  readonly message: Message;
  /** What the rule measured (field, actual, required …): what bars, notes and reports draw from. */
  readonly facts?: Facts;
  /** A rule whose rows each set a severity (a profile's program-min row): that row's. */
  readonly severity?: Severity;
}

/**
 * One field's weeks against a requirement, met or not: what a rule measured before deciding.
 * The task pane's week bars are these, so nothing outside the rules recomputes a minimum.
 */
export interface Measure {
  /** A field id (内科) or `field/sub` (内科/血液). */
  readonly field: string;
  /** Weeks that count (救急 with the 麻酔科 that counts). */
  readonly actual: number;
  readonly required: number;
  /** An upper limit, when the rule has one. */
  readonly max?: number;
  readonly year?: 1 | 2;
  readonly cells: readonly string[];
}

/**
 * A rule as data plus one small pure function. A program that wants 8 weeks of 外科 instead of 4
 * changes `params` (through {@link RuleOverride} or a profile), not code.
 *
 * `S` is what the rule looks at (a two-year plan's tallies, a clinician-scientist plan); `P` its
 * numbers, each declared in `paramSpecs` with its unit and bounds.
 */
export interface RuleDefinition<S = unknown, P extends Readonly<Record<string, number>> = Readonly<Record<string, number>>> {
  readonly id: string;
  readonly severity: Severity;
  readonly group: RuleGroup;
  /** Where the rule comes from: the seed's section or line, or the MHLW text. */
  readonly source: string;
  /** What the rule asks, for listings and docs. */
  readonly description: Message;
  /** The numbers' defaults (the national or seed values). */
  readonly params: P;
  /** Every number's unit and bounds (see params.ts). */
  readonly paramSpecs: ParamSpecs<P>;
  /**
   * Set when an adapter, not the engine's runner, emits the rule's findings (ROTA.VALIDATE's
   * `merged-cells-unknown`): listed and switchable like any rule, never run here.
   */
  readonly emittedBy?: "custom-functions" | "reader";
  /** A minimum the week bars show: the fields measured, met or not. */
  measure?(subject: S, params: P): readonly Measure[];
  check(subject: S, params: P): readonly RuleHit[];
}

/**
 * A rule typed by its own numbers where it is written (`p.min` is a number in its `check`), listed
 * beside rules of other numbers: a rule's parameters are exactly the keys of its `params`.
 */
export function defineRule<S, P extends Readonly<Record<string, number>>>(rule: RuleDefinition<S, P>): RuleDefinition<S, Readonly<Record<string, number>>> {
  return rule;
}

/** Who a finding is about. */
export interface FindingTarget {
  readonly sheet: string;
  readonly trainee: string;
}

/** A rule's numbers and severity once a program's override is applied; undefined when it is off. */
export function applied<P extends Readonly<Record<string, number>>>(
  rule: RuleDefinition<never, P>,
  override: RuleOverride | undefined,
): { params: P; severity: Severity } | undefined {
  if (override?.enabled === false) return undefined;
  const params = override?.params ? { ...rule.params, ...override.params } : rule.params;
  return { params, severity: override?.severity ?? rule.severity };
}

/** A rule with a program's override applied (its numbers and severity): worked out once per check, not per plan. */
export interface AppliedRule<S> {
  readonly id: string;
  readonly severity: Severity;
  /** The override's severity, which wins over a hit's own (a profile's program-min row). */
  readonly forced: Severity | undefined;
  /** The rule's check with the program's numbers. */
  check(subject: S): readonly RuleHit[];
  /** The rule's measure with the program's numbers, when it has one. */
  readonly measure: ((subject: S) => readonly Measure[]) | undefined;
}

/** The rules a program leaves on, each with its override applied. The overrides are assumed checked ({@link checkOverrides}). */
export function applyOverrides<S>(rules: ReadonlyArray<SomeRule<S>>, overrides: Readonly<Record<string, RuleOverride>> = {}): AppliedRule<S>[] {
  const out: AppliedRule<S>[] = [];
  for (const rule of rules) {
    const override = overrides[rule.id];
    const a = applied(rule, override);
    if (!a) continue;
    out.push({
      id: rule.id,
      severity: a.severity,
      forced: override?.severity,
      check: (subject) => rule.check(subject, a.params),
      measure: rule.measure ? (subject) => rule.measure?.(subject, a.params) ?? [] : undefined,
    });
  }
  return out;
}

/** Runs rules in force on one subject and adds their hits, as findings, to `findings`. */
export function collectFindings<S>(rules: ReadonlyArray<AppliedRule<S>>, subject: S, target: FindingTarget, findings: Finding[]): void {
  for (const rule of rules) {
    for (const hit of rule.check(subject)) {
      const severity = rule.forced ?? hit.severity ?? rule.severity;
      // Two literals, not a conditional spread (a runtime copy per finding, tens of thousands per cohort).
      findings.push(
        hit.facts
          ? { rule: rule.id, severity, sheet: target.sheet, trainee: target.trainee, cells: hit.cells, message: hit.message.ja, message_en: hit.message.en, facts: hit.facts }
          : { rule: rule.id, severity, sheet: target.sheet, trainee: target.trainee, cells: hit.cells, message: hit.message.ja, message_en: hit.message.en },
      );
    }
  }
}

/**
 * Runs rules on one subject, applying a program's overrides (off, severity, numbers), and turns
 * their hits into findings. The overrides are assumed checked ({@link checkOverrides}).
 */
export function runRules<S>(
  rules: ReadonlyArray<SomeRule<S>>,
  subject: S,
  target: FindingTarget,
  overrides: Readonly<Record<string, RuleOverride>> = {},
): Finding[] {
  const findings: Finding[] = [];
  collectFindings(applyOverrides(rules, overrides), subject, target, findings);
  return findings;
}

/** One requirement's progress, as the week bars show it. */
export interface FieldProgress {
  readonly field: string;
  readonly weeks: number;
  readonly min: number;
  readonly met: boolean;
  /** The rule that sets the minimum. */
  readonly rule: string;
}

const EPS = 1e-6;

/**
 * What the rules in force measured of one subject, met or not: the week bars. A rule switched off
 * measures nothing, and a program's numbers are the ones shown.
 */
export function measureRules<S>(rules: ReadonlyArray<AppliedRule<S>>, subject: S): FieldProgress[] {
  const out: FieldProgress[] = [];
  for (const rule of rules) {
    if (!rule.measure) continue;
    for (const m of rule.measure(subject)) {
      // A subspecialty's bar is labelled by the subspecialty (内科/血液 → 血液), as the cards show it.
      out.push({ field: m.field.split("/").at(-1) ?? m.field, weeks: m.actual, min: m.required, met: m.actual + EPS >= m.required, rule: rule.id });
    }
  }
  return out;
}

/**
 * A rule of whatever numbers, for lists of rules: a rule's `check` takes its own parameters, so
 * rules of different parameters have no common type but this.
 */
// eslint-disable-next-line ts/no-explicit-any -- a list holds rules of different parameters
export type SomeRule<S> = RuleDefinition<S, any>;
