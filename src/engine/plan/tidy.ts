import { EPS } from "../model/units";
import type { Plan, Slot } from "../model/plan";
import { at } from "../model/invariant";
import { countsToward } from "../rules/capacity";
import type { ParsedCell } from "../vocabulary/parsed-cell";
import { sameRotation, type GridModel } from "./build-model";
import type { Decision } from "./read-solution";

/**
 * Groups each resident's new rotations into stretches, as coordinators plan them, after the solver
 * has chosen them: two blocks the solver filled swap their rotations when that makes fewer
 * rotations start, and only where the swap changes nothing any rule counts (same year, same
 * length, same site; capacity kept in both blocks). The solver's model stays small (no variable per
 * start), and the plan reads like one a person made.
 *
 * `pinned` blocks (a wish for one block) are not moved.
 */
export function tidyDecisions(gm: GridModel, decisions: readonly Decision[], pinned: ReadonlySet<string> = new Set()): Decision[] {
  const out = decisions.map((d) => ({ ...d }));
  const plans = gm.grid.plans;
  type Chosen = (typeof out)[number];
  const chosen = new Map<string, Chosen>();
  for (const d of out) chosen.set(`${d.plan}:${d.slot}`, d);
  /** What block `slot` of plan `p` says now: the solver's choice, else the cell as it is. */
  const parsedAt = (p: number, slot: Slot): ParsedCell => {
    const d = chosen.get(`${p}:${slot.index}`);
    return d && d.option >= 0 ? at(gm.choices, d.option, "an option is a choice's index").parsed : slot.parsed;
  };

  // Residents per capacity entry per block, as the solver left them.
  const blocks = Math.max(0, ...plans.map((p) => p.slots.length));
  const count = gm.capacity.map((entry) =>
    Array.from({ length: blocks }, (_, i) =>
      plans.reduce((n, plan, p) => {
        const slot = plan.slots[i];
        return slot && countsToward(entry, parsedAt(p, slot), slot.site?.text) ? n + 1 : n;
      }, 0),
    ),
  );
  /** Residents of entry `e` in block `i` (every entry counts every block). */
  const countAt = (e: number, i: number): number => count[e]?.[i] ?? 0;
  const addCount = (e: number, i: number, delta: number): void => {
    const row = count[e];
    if (row) row[i] = (row[i] ?? 0) + delta;
  };
  const movable = (slot: Slot, p: number) => {
    const d = chosen.get(`${p}:${slot.index}`);
    return d !== undefined && d.option >= 0 && slot.parsed.kind === "empty" && !pinned.has(`${p}:${slot.index}`);
  };
  const starts = (p: number, plan: Plan): number => {
    let n = 0;
    let prev: ParsedCell | undefined;
    for (const slot of plan.slots) {
      const here = parsedAt(p, slot);
      if (here.kind === "rotation" && (!prev || prev.kind !== "rotation" || !sameRotation(prev, here))) n++;
      prev = here;
    }
    return n;
  };
  const capacityAllows = (p: number, si: Slot, sj: Slot): boolean => {
    const [i, j] = [si.index, sj.index];
    const a = parsedAt(p, si);
    const b = parsedAt(p, sj);
    return gm.capacity.every((entry, e) => {
      const ai = countsToward(entry, a, si.site?.text) ? 1 : 0;
      const bi = countsToward(entry, b, si.site?.text) ? 1 : 0;
      const aj = countsToward(entry, a, sj.site?.text) ? 1 : 0;
      const bj = countsToward(entry, b, sj.site?.text) ? 1 : 0;
      const atI = countAt(e, i) - ai + bi;
      const atJ = countAt(e, j) - bj + aj;
      return (atI <= entry.capacity || atI <= countAt(e, i)) && (atJ <= entry.capacity || atJ <= countAt(e, j));
    });
  };
  const swap = (p: number, si: Slot, sj: Slot, di: Chosen, dj: Chosen) => {
    gm.capacity.forEach((entry, e) => {
      const a = parsedAt(p, si);
      const b = parsedAt(p, sj);
      addCount(e, si.index, (countsToward(entry, b, si.site?.text) ? 1 : 0) - (countsToward(entry, a, si.site?.text) ? 1 : 0));
      addCount(e, sj.index, (countsToward(entry, a, sj.site?.text) ? 1 : 0) - (countsToward(entry, b, sj.site?.text) ? 1 : 0));
    });
    [di.option, dj.option] = [dj.option, di.option];
  };

  plans.forEach((plan, p) => {
    const free = plan.slots.filter((s) => movable(s, p));
    if (free.length < 3) return;
    let best = starts(p, plan);
    for (let pass = 0; pass < 6; pass++) {
      let improved = false;
      for (const [x, si] of free.entries()) {
        for (const sj of free.slice(x + 1)) {
          if (si.year !== sj.year || Math.abs(si.weeks - sj.weeks) > EPS || (si.site?.text ?? "") !== (sj.site?.text ?? "")) continue;
          const di = chosen.get(`${p}:${si.index}`);
          const dj = chosen.get(`${p}:${sj.index}`);
          if (!di || !dj || di.option === dj.option) continue;
          if (!capacityAllows(p, si, sj)) continue;
          swap(p, si, sj, di, dj);
          const now = starts(p, plan);
          if (now < best) {
            best = now;
            improved = true;
          } else swap(p, si, sj, di, dj);
        }
      }
      if (!improved) break;
    }
  });
  return out;
}
