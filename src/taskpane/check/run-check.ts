import {
  areaFromA1,
  checkWorkbook,
  type Area,
  type Grid,
  type ValidationReport,
} from "../../engine";
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { residentViews, type ResidentView } from "./residents";
import { clipSheet, type CheckScope } from "./scope";

/** What one check found, ready for the pane to show and to highlight. */
export interface CheckResult {
  readonly sheet: string;
  readonly sheetId: string;
  readonly scope: CheckScope;
  /** The range looked at (the used range, or the selection within it). */
  readonly range: string;
  readonly report: ValidationReport;
  readonly residents: readonly ResidentView[];
  /** The sheet's merged areas (for highlighting a merged rotation as one cell). */
  readonly merges: readonly Area[];
  readonly grids: readonly Grid[];
  readonly protected: boolean;
  /** Rota's highlights are on the sheet: a new check replaces them. */
  readonly highlighted: boolean;
}

/**
 * Checks a sheet as read: the engine finds the grids by itself (every layout, merged cells
 * included), checks two-year plans and clinician-scientist plans, and the findings are grouped by
 * resident. A capacity sheet read alongside is taken into account. Pure.
 */
export function checkSnapshot(snapshot: SheetSnapshot, scope: CheckScope): CheckResult {
  const area = scope.kind === "range" ? areaFromA1(scope.range) : undefined;
  const sheet = area ? clipSheet(snapshot.sheet, area) : snapshot.sheet;
  const { report, grids } = checkWorkbook(
    [sheet, ...snapshot.related.filter((s) => s.name !== sheet.name)],
    { sheet: sheet.name }
  );
  return {
    sheet: sheet.name,
    sheetId: snapshot.sheetId,
    scope,
    range: scope.kind === "range" ? scope.range : snapshot.range,
    report,
    residents: residentViews(report),
    merges: snapshot.sheet.merges ?? [],
    grids,
    protected: snapshot.protected,
    highlighted: snapshot.highlighted,
  };
}

export type CheckStage = "read" | "check" | "done";

/**
 * Reads the sheet through the port and checks it; `onStage` hears of each stage, and the pane gets
 * to paint between them (the read is a round trip to Excel; the check runs here).
 */
export async function runCheck(
  port: WorkbookPort,
  choose: (snapshot: SheetSnapshot) => CheckScope,
  onStage: (stage: CheckStage) => void = () => undefined,
  sheet?: string
): Promise<CheckResult> {
  onStage("read");
  const snapshot = await port.read(sheet !== undefined ? { sheet } : {});
  onStage("check");
  await nextTask();
  const result = checkSnapshot(snapshot, choose(snapshot));
  onStage("done");
  return result;
}

/** Lets the browser paint (and handle input) before a long synchronous step. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
