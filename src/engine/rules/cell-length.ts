import { EPS } from "../model/units";
import type { Slot } from "../model/plan";
import { lastOf } from "../model/invariant";
import type { StatedLength } from "../vocabulary/parsed-cell";
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
export const CELL_LENGTH_RULE: RuleDefinition<PlanTally, { readonly tolerance: number }> = {
  id: "cell-length",
  severity: "warning",
  group: "national",
  source: "issue 8: a length written in a cell (内科6ヵ月, 外科(8週)) is checked against the columns the cell spans",
  description: { ja: "セルに書かれた期間と、セルがまたがる列の期間が一致する", en: "A length written in a cell matches the columns it spans" },
  params: { tolerance: 0 },
  paramSpecs: { tolerance: { unit: "weeks", lo: 0, hi: 52, stricter: "lower", description: { ja: "列の期間との差として認める週数", en: "Weeks the cell and its columns may differ by" } } },
  check(t, p) {
    const hits: RuleHit[] = [];
    for (const { slots: run, stated, text } of statedRuns(t.plan.slots)) {
      const weeks = run.reduce((sum, s) => sum + s.weeks, 0);
      const column = Math.max(...run.map((s) => s.weeks));
      if (Math.abs(weeks - stated.weeks) <= column / 2 + p.tolerance + EPS) continue;
      hits.push({ cells: run.map((s) => s.cell), message: M.cellLength(text, stated.text, stated.weeks, weeks) });
    }
    return hits;
  },
};

/** A run of slots that read one cell, the length the cell states and its text. */
interface StatedRun {
  readonly slots: [Slot, ...Slot[]];
  readonly stated: StatedLength;
  readonly text: string;
}

/** Runs of consecutive slots that read the same cell (merged, repeated or ditto) with a stated length. */
function statedRuns(slots: readonly Slot[]): StatedRun[] {
  const runs: StatedRun[] = [];
  let run: StatedRun | undefined;
  for (const slot of slots) {
    const last = run && lastOf(run.slots);
    if (run && last && (!slot.parsed.stated || last.parsed !== slot.parsed || last.index + 1 !== slot.index)) {
      runs.push(run);
      run = undefined;
    }
    const stated = slot.parsed.stated;
    if (stated) {
      if (run) run.slots.push(slot);
      else run = { slots: [slot], stated, text: slot.parsed.text };
    }
  }
  if (run) runs.push(run);
  return runs;
}
