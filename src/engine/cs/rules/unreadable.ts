import type { RuleDefinition } from "../../rules/rule";
import type { CsSubject } from "../subject";

/**
 * `cs-unreadable` (ours): a filled cell the reader could not read (an effort of "half", a year of
 * "abc", an error value such as #N/A, a field that is none of the 19), saying what it expected.
 * The rules then treat the cell as empty.
 */
export const csUnreadable: RuleDefinition<CsSubject> = {
  id: "cs-unreadable",
  severity: "warning",
  group: "clinician-scientist",
  source: "CONTRACT §4 (the plan sheet's layout)",
  description: { ja: "読めないセル", en: "a cell that cannot be read" },
  params: {},
  paramSpecs: {},
  check({ plan }) {
    return plan.unreadable.map((u) => ({ cells: [u.cell], message: u.message }));
  },
};
