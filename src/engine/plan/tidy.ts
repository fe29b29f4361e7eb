import { EPS } from "../model/units";
import type { Slot } from "../model/plan";
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
  const chosen = new Map<string, (typeof out)[number]>();
  for (const d of out) chosen.set(`${d.plan}:${d.slot}`, d);
  const parsedAt = (p: number, i: number): ParsedCell => {
    const d = chosen.get(`${p}:${i}`);
    return d && d.option >= 0 ? gm.choices[d.option]!.parsed : plans[p]!.slots[i]!.parsed;
  };

  // Residents per capacity entry per block, as the solver left them.
  const blocks = Math.max(0, ...plans.map((p) => p.slots.length));
  const count = gm.capacity.map((entry) =>
    Array.from({ length: blocks }, (_, i) => plans.reduce((n, plan, p) => (plan.slots[i] && countsToward(entry, parsedAt(p, i), plan.slots[i]!.site?.text) ? n + 1 : n), 0)),
  );
  const movable = (slot: Slot, p: number) => {
    const d = chosen.get(`${p}:${slot.index}`);
    return d !== undefined && d.option >= 0 && slot.parsed.kind === "empty" && !pinned.has(`${p}:${slot.index}`);
  };
  const starts = (p: number): number => {
    let n = 0;
    const slots = plans[p]!.slots;
    for (let i = 0; i < slots.length; i++) {
      const here = parsedAt(p, i);
      if (here.kind !== "rotation") continue;
      const prev = i > 0 ? parsedAt(p, i - 1) : undefined;
      if (!prev || prev.kind !== "rotation" || !sameRotation(prev, here)) n++;
    }
    return n;
  };
  const capacityAllows = (p: number, i: number, j: number): boolean => {
    const slots = plans[p]!.slots;
    const a = parsedAt(p, i);
    const b = parsedAt(p, j);
    return gm.capacity.every((entry, e) => {
      const ai = countsToward(entry, a, slots[i]!.site?.text) ? 1 : 0;
      const bi = countsToward(entry, b, slots[i]!.site?.text) ? 1 : 0;
      const aj = countsToward(entry, a, slots[j]!.site?.text) ? 1 : 0;
      const bj = countsToward(entry, b, slots[j]!.site?.text) ? 1 : 0;
      const atI = count[e]![i]! - ai + bi;
      const atJ = count[e]![j]! - bj + aj;
      return (atI <= entry.capacity || atI <= count[e]![i]!) && (atJ <= entry.capacity || atJ <= count[e]![j]!);
    });
  };
  const swap = (p: number, i: number, j: number) => {
    const slots = plans[p]!.slots;
    const di = chosen.get(`${p}:${i}`)!;
    const dj = chosen.get(`${p}:${j}`)!;
    gm.capacity.forEach((entry, e) => {
      const a = parsedAt(p, i);
      const b = parsedAt(p, j);
      count[e]![i]! += (countsToward(entry, b, slots[i]!.site?.text) ? 1 : 0) - (countsToward(entry, a, slots[i]!.site?.text) ? 1 : 0);
      count[e]![j]! += (countsToward(entry, a, slots[j]!.site?.text) ? 1 : 0) - (countsToward(entry, b, slots[j]!.site?.text) ? 1 : 0);
    });
    [di.option, dj.option] = [dj.option, di.option];
  };

  plans.forEach((plan, p) => {
    const free = plan.slots.filter((s) => movable(s, p));
    if (free.length < 3) return;
    let best = starts(p);
    for (let pass = 0; pass < 6; pass++) {
      let improved = false;
      for (let x = 0; x < free.length; x++) {
        for (let y = x + 1; y < free.length; y++) {
          const si = free[x]!;
          const sj = free[y]!;
          if (si.year !== sj.year || Math.abs(si.weeks - sj.weeks) > EPS || (si.site?.text ?? "") !== (sj.site?.text ?? "")) continue;
          if (chosen.get(`${p}:${si.index}`)!.option === chosen.get(`${p}:${sj.index}`)!.option) continue;
          if (!capacityAllows(p, si.index, sj.index)) continue;
          swap(p, si.index, sj.index);
          const now = starts(p);
          if (now < best) {
            best = now;
            improved = true;
          } else swap(p, si.index, sj.index);
        }
      }
      if (!improved) break;
    }
  });
  return out;
}
