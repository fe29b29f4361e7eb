import type { Message } from "../messages/message";
import { PLAN_MESSAGES as M } from "../messages/plan";
import { countsToward } from "../rules/capacity";
import { at, must } from "../model/invariant";
import type { Slot } from "../model/plan";
import type { GridModel, SlackInfo } from "./build-model";

/** What the solver chose for one block: a choice's index, or -1 to keep the cell as it is. */
export interface Decision {
  readonly plan: number;
  readonly slot: number;
  readonly option: number;
}

/** Why no plan exists: a rule that had to give, said so a coordinator can act on it. */
export interface Reason {
  readonly rule: string;
  readonly sheet: string;
  /** The resident, or "" for a capacity reason. */
  readonly trainee: string;
  readonly cells: readonly string[];
  readonly message: Message;
}

/** The option chosen for each block the solver decided (the largest value, 1 for a binary). */
export function readDecisions(gm: GridModel, values: ReadonlyMap<string, number>): Decision[] {
  return gm.cells.map((cell) => {
    let best: (typeof cell.options)[number] | undefined;
    let bestValue = -Infinity;
    for (const o of cell.options) {
      const v = valueOf(gm, values, o.variable);
      if (v > bestValue) [best, bestValue] = [o, v];
    }
    return { plan: cell.plan, slot: cell.slot, option: must(best, "a block the solver decides has an option").option };
  });
}

/** A variable's value in the solution (0 when the solver left it out). */
function valueOf(gm: GridModel, values: ReadonlyMap<string, number>, variable: number): number {
  return values.get(at(gm.model.vars, variable, "a variable index is one of the model's").name) ?? 0;
}

/** Hard slacks above zero: the error rules that could not all hold. */
export function brokenRules(gm: GridModel, values: ReadonlyMap<string, number>): Array<{ slack: SlackInfo; value: number }> {
  const out: Array<{ slack: SlackInfo; value: number }> = [];
  for (const slack of gm.slacks) {
    if (!slack.hard) continue;
    const value = valueOf(gm, values, slack.variable);
    if (value > 1e-4) out.push({ slack, value });
  }
  return out;
}

/**
 * The reasons, one per broken rule and resident, and one per field and run of blocks for capacity
 * (`小児科 第5–8ブロック: 定員 2 に対し必要 11 名`: the residents who hold the field over blocks where it
 * is full or over).
 */
export function explain(gm: GridModel, values: ReadonlyMap<string, number>, decisions: readonly Decision[]): Reason[] {
  const reasons: Reason[] = [];
  const broken = brokenRules(gm, values);
  const sheet = gm.grid.sheet;
  const decisionIndex = new Map(decisions.map((d) => [`${d.plan}:${d.slot}`, d]));
  const parsedAt = (p: number, slot: Slot) => {
    const d = decisionIndex.get(`${p}:${slot.index}`);
    if (d === undefined || d.option === -1) return slot.parsed;
    return at(gm.choices, d.option, "an option is a choice's index").parsed;
  };

  const byEntry = new Map<number, number[]>();
  for (const { slack } of broken) {
    if (slack.rule === "capacity" && slack.entry !== undefined && slack.block !== undefined) {
      byEntry.set(slack.entry, [...(byEntry.get(slack.entry) ?? []), slack.block]);
      continue;
    }
    if (slack.plan === undefined) continue;
    const plan = at(gm.grid.plans, slack.plan, "a slack's plan is one of the grid's");
    const reached = slack.kind === "min" ? slack.bound - valueOf(gm, values, slack.variable) : slack.bound + valueOf(gm, values, slack.variable);
    const message =
      slack.rule === "core-52w" ? M.core(Math.max(0, reached), slack.bound) : slack.kind === "min" ? M.shortfall(slack.key ?? slack.rule, slack.year, Math.max(0, reached), slack.bound, !slack.movable) : M.excess(slack.key ?? slack.rule, slack.year, reached, slack.bound);
    reasons.push({ rule: slack.rule, sheet, trainee: plan.trainee, cells: [plan.nameCell], message });
  }

  for (const [e, overBlocks] of byEntry) {
    const entry = at(gm.capacity, e, "a capacity slack's entry is one of the model's");
    const blocks = Math.max(0, ...gm.grid.plans.map((p) => p.slots.length));
    const holders = (i: number): Array<{ p: number; slot: Slot }> =>
      gm.grid.plans.flatMap((plan, p) => {
        const slot = plan.slots[i];
        return slot && countsToward(entry, parsedAt(p, slot), slot.site?.text) ? [{ p, slot }] : [];
      });
    const full = Array.from({ length: blocks }, (_, i) => holders(i).length >= entry.capacity);
    // The blocks where the field is full or over, as runs around each block that is over: the
    // residents who hold it there needed more places than those blocks have.
    const over = [...new Set(overBlocks)].sort((a, b) => a - b);
    const inRun = new Set<number>();
    for (const start of over) {
      if (inRun.has(start)) continue;
      let from = start;
      let to = start;
      while (from > 0 && full[from - 1]) from--;
      while (to + 1 < blocks && full[to + 1]) to++;
      for (let i = from; i <= to; i++) inRun.add(i);
    }
    const runs: Array<[number, number]> = [];
    for (const i of [...inRun].sort((a, b) => a - b)) {
      const last = runs[runs.length - 1];
      if (last && last[1] + 1 === i) last[1] = i;
      else runs.push([i, i]);
    }
    const residents = new Set<number>();
    const cells: string[] = [];
    for (const i of inRun) {
      for (const { p, slot } of holders(i)) {
        residents.add(p);
        cells.push(slot.cell);
      }
    }
    reasons.push({ rule: "capacity", sheet, trainee: "", cells, message: M.capacity(entry.label, entry.site, runs.map(([a, b]): [number, number] => [a + 1, b + 1]), entry.capacity, residents.size) });
  }
  return reasons;
}
