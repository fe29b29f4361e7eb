import {
  planCohortRow,
  type CohortRowConflict,
  type CohortRowPlan,
  type CourseId,
  type Grid,
  type SheetData,
} from "../../engine";
import { planWrite } from "../plan/plan-write";
import type { BlockWrite } from "../workbook/port";

/**
 * The pane's side of inserting a course template into a resident's row: the engine plans the row
 * (engine/templates/cohort-row.ts: which cells, the course column, the sheet's continuation), and
 * this turns the plan into the port's guarded write, centred and wrapped like the seed's cells.
 */
export type Conflict = CohortRowConflict;

export interface RowInsertionPlan extends Omit<
  CohortRowPlan,
  "edits" | "region" | "before" | "blocks"
> {
  readonly write: BlockWrite;
}

export type RowPlanOutcome =
  | { readonly ok: true; readonly plan: RowInsertionPlan }
  | Extract<ReturnType<typeof planCohortRow>, { ok: false }>;

/**
 * @param sheet     the sheet as read (values at their origin, merges)
 * @param grids     the grids the engine found on it
 * @param row       0-based row of the selection
 */
export function planRowInsertion(
  sheet: SheetData,
  grids: readonly Grid[],
  row: number,
  course: CourseId,
  name: string
): RowPlanOutcome {
  const planned = planCohortRow(sheet, grids, row, course, name);
  if (!planned.ok) return planned;
  const { edits, region, before, blocks, ...rest } = planned.plan;
  const write: BlockWrite = {
    ...planWrite(sheet, edits),
    // What must read as before: the row's part the edits touch, the name cell always included.
    target: {
      kind: "existing",
      sheet: sheet.name,
      expect: { area: region, values: [[...before]] },
    },
    formats: edits.merge.map((area) => ({
      area,
      format: { horizontal: "Center", vertical: "Center", wrap: true },
    })),
    select: blocks,
  };
  return { ok: true, plan: { ...rest, write } };
}
