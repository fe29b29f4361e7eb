import { useMemo } from "react";
import { explainGrid, type GridExplain } from "../../engine";
import type { CheckResult } from "../check/run-check";

/**
 * 読み取り: how each grid of the last check was read (issue 8), from the grids the check already
 * found: no second read of the sheet, no second detection.
 */
export function useExplain(result: CheckResult | null | undefined): readonly GridExplain[] {
  return useMemo(() => (result ? result.grids.map((g) => explainGrid(g)) : []), [result]);
}
