import { CAPACITY_RULE } from "./capacity";
import { HEMATOLOGY_RULES } from "./hematology";
import { NATIONAL_RULES } from "./national";
import type { RuleDefinition } from "./rule";

/** Every rule of the two-year plans, for listings and documentation (CONTRACT §1). */
export const RULES: ReadonlyArray<RuleDefinition<never, Readonly<Record<string, number>>>> = [
  ...NATIONAL_RULES,
  CAPACITY_RULE,
  ...HEMATOLOGY_RULES,
] as ReadonlyArray<RuleDefinition<never, Readonly<Record<string, number>>>>;
