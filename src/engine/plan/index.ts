/**
 * The planner: builds a cohort's rotations (fills empty blocks) and repairs broken plans with the
 * fewest changes, as a MIP model built from the same rules the validator runs. Pure: the solver is
 * handed in (src/adapters/solver), and every plan is checked by the validator before it is returned.
 */
export { planWorkbook } from "./plan-workbook";
export type { PlanWorkbookOptions, PlanOutcome, PlannedChange } from "./plan-workbook";
export { buildGridModel, sameRotation } from "./build-model";
export type { GridModel, GridModelOptions, PlanMode, CellDecision, SlackInfo } from "./build-model";
export { toLpFormat } from "./lp-format";
export { choicesFor } from "./choices";
export type { Choice } from "./choices";
export { editsFor, applyEdits } from "./edits";
export type { Change, SheetEdits } from "./edits";
export { readPreferences } from "./preferences";
export type { Preference } from "./preferences";
export type { Reason, Decision } from "./read-solution";
export type { LpSolver, LpSolution, LpSolveOptions, LpStatus } from "./solver";
