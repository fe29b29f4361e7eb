import { CS_RULES } from "../cs/rules/registry";
import { CAPACITY_RULE, CAPACITY_UNREADABLE_RULE } from "./capacity";
import { COURSE_MARK_RULE, HEMATOLOGY_RULES } from "./hematology";
import { NATIONAL_RULES } from "./national";
import { PROGRAM_RULES } from "./program";
import { READER_RULES } from "./reader";
import { HEADER_READING_RULE } from "./header-reading";
import type { RuleDefinition } from "./rule";

/**
 * The one registry of rules: what the runner executes (validate.ts runs these lists and no
 * other), what `rota rules` lists, what a profile or `off=` may name.
 *
 * - {@link PLAN_RULES} run on every two-year plan;
 * - {@link COURSE_RULES} on a plan marked as a course of the department's plan (A, B, C);
 * - {@link GRID_RULES} once per grid (capacity needs every resident of a block);
 * - CS_RULES on a clinician-scientist plan (cs/validate.ts);
 * - READER_RULES are emitted by an adapter (ROTA.VALIDATE), listed here so they can be named.
 * - `program-min` / `program-max` run with a profile's fields (see program.ts); the instances
 *   here have none.
 */
export const PLAN_RULES = [...NATIONAL_RULES, COURSE_MARK_RULE] as const;
export const COURSE_RULES = HEMATOLOGY_RULES;
export const GRID_RULES = [CAPACITY_RULE] as const;
export { CS_RULES, PROGRAM_RULES, READER_RULES };

type AnyRule = RuleDefinition<never, Readonly<Record<string, number>>>;

/** Every rule, in the order listings show them (CONTRACT §1, then ours). */
export const RULES: readonly AnyRule[] = [
  ...NATIONAL_RULES,
  CAPACITY_RULE,
  CAPACITY_UNREADABLE_RULE,
  HEADER_READING_RULE,
  ...HEMATOLOGY_RULES,
  COURSE_MARK_RULE,
  ...PROGRAM_RULES,
  ...CS_RULES,
  ...READER_RULES,
];

const BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.id, r]));

/** A rule by its id; undefined when no rule has it. */
export function ruleById(id: string): AnyRule | undefined {
  return BY_ID.get(id);
}

/** Every rule id (for `off=` and a profile's `rules`). */
export const RULE_IDS: ReadonlySet<string> = new Set(BY_ID.keys());
