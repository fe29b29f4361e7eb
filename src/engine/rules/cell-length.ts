import { EPS } from "../model/units";
import type { Slot } from "../model/plan";
import { TWO_YEAR_MESSAGES as M } from "../messages/two-year";
import type { RuleDefinition, RuleHit } from "./rule";
import type { PlanTally } from "./tally";

/**
 * `cell-length` (issue 8): a cell that states its own length (`内科6ヵ月`, `外科(8週)`) and spans
 * columns of another length. The columns decide what is counted; the disagreement is reported so
 * that the coordinator fixes whichever is wrong.
 *
 * The cell agrees with its columns when they differ by at most half a column (a month written over
 * 4-week blocks, `6ヵ月` over six blocks, is how many programmes write it) and by at most `tolerance`
 * weeks more.
 */
export const CELL_LENGTH_RULE: RuleDefinition<PlanTally, Readonly<Record<string, number>>> = {
  id: "cell-length",
  severity: "warning",
  group: "national",
  source: "issue 8: a length written in a cell (内科6ヵ月, 外科(8週)) is checked against the columns the cell spans",
  description: { ja: "セルに書かれた期間と、セルがまたがる列の期間が一致する", en: "A length written in a cell matches the columns it spans" },
  params: { tolerance: 0 },
  paramSpecs: { tolerance: { unit: "weeks", lo: 0, hi: 52, stricter: "lower", description: { ja: "列の期間との差として認める週数", en: "Weeks the cell and its columns may differ by" } } },
  check(t, p) {
    const hits: RuleHit[] = [];
    for (const run of statedRuns(t.plan.slots)) {
      const stated = run[0]!.parsed.stated!;
      const weeks = run.reduce((sum, s) => sum + s.weeks, 0);
      const column = Math.max(...run.map((s) => s.weeks));
      if (Math.abs(weeks - stated.weeks) <= column / 2 + (p.tolerance ?? 0) + EPS) continue;
      hits.push({ cells: run.map((s) => s.cell), message: M.cellLength(run[0]!.parsed.text, stated.text, stated.weeks, weeks) });
    }
    return hits;
  },
};

/** Runs of consecutive slots that read the same cell (merged, repeated or ditto) with a stated length. */
function statedRuns(slots: readonly Slot[]): Slot[][] {
  const runs: Slot[][] = [];
  let run: Slot[] = [];
  for (const slot of slots) {
    const last = run[run.length - 1];
    if (last && (!slot.parsed.stated || last.parsed !== slot.parsed || last.index + 1 !== slot.index)) {
      runs.push(run);
      run = [];
    }
    if (slot.parsed.stated) run.push(slot);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
