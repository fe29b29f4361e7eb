import { CAPACITY_RULE } from "./capacity";
import { COURSE_MARK_RULE, HEMATOLOGY_RULES } from "./hematology";
import { NATIONAL_RULES } from "./national";
import type { RuleDefinition } from "./rule";

/** Every rule of the two-year plans, for listings and documentation (CONTRACT §1). */
export const RULES: ReadonlyArray<RuleDefinition<never, Readonly<Record<string, number>>>> = [
  ...NATIONAL_RULES,
  CAPACITY_RULE,
  ...HEMATOLOGY_RULES,
  COURSE_MARK_RULE,
] as ReadonlyArray<RuleDefinition<never, Readonly<Record<string, number>>>>;
