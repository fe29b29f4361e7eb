import { findGrids, validatePlans, type Grid, type SheetData } from "../../src/engine";
import { choicesFor, planWorkbook, type Choice } from "../../src/engine/plan";
import { readCapacity, type CapacityEntry } from "../../src/engine/rules/capacity";
import { addCapacitySheet, CLEAN_PLAN, cohortWorkbook, sheetsOf, SHORT_EM_PLAN, type FixtureRotation } from "../fixtures";
import { blockTexts, solver } from "./helpers";

/** CLEAN_PLAN with one rotation's text replaced (its blocks keep their count). */
const replace = (plan: readonly FixtureRotation[], from: string, to: string): FixtureRotation[] => plan.map(([t, n]) => [t === from ? to : t, n]);

async function fix(sheets: SheetData[]) {
  return planWorkbook(sheets, { mode: "fix", timeLimit: 20 }, solver);
}

/**
 * The fewest block changes that leave no error, by trying every set of k changes (k = 0, 1, … up
 * to `upTo`) over the same blocks and rotations the planner may use; undefined when none up to it.
 */
function exhaustiveMinimum(grid: Grid, capacity: readonly CapacityEntry[], upTo: number): number | undefined {
  const choices: Choice[] = choicesFor(grid, capacity);
  const cells = grid.plans.flatMap((plan, p) => plan.slots.filter((s) => s.parsed.kind === "rotation" || s.parsed.kind === "empty").map((s) => ({ p, i: s.index })));
  const errorsWith = (changes: ReadonlyArray<{ p: number; i: number; c: number }>): number => {
    const plans = grid.plans.map((plan, p) => {
      const mine = changes.filter((x) => x.p === p);
      if (mine.length === 0) return plan;
      return { ...plan, slots: plan.slots.map((s) => { const x = mine.find((m) => m.i === s.index); return x ? { ...s, parsed: choices[x.c]!.parsed } : s; }) };
    });
    return validatePlans([{ ...grid, plans }], {}, capacity).summary.errors;
  };
  const search = (k: number, from: number, chosen: Array<{ p: number; i: number; c: number }>): boolean => {
    if (chosen.length === k) return errorsWith(chosen) === 0;
    for (let x = from; x < cells.length; x++) {
      const cell = cells[x]!;
      const current = grid.plans[cell.p]!.slots[cell.i]!.parsed;
      for (let c = 0; c < choices.length; c++) {
        if (current.kind === "rotation" && choices[c]!.parsed.field === current.field && choices[c]!.label === choices.find((y) => y.parsed.key === current.key)?.label) continue;
        if (search(k, x + 1, [...chosen, { ...cell, c }])) return true;
      }
    }
    return false;
  };
  for (let k = 0; k <= upTo; k++) if (search(k, 0, [])) return k;
  return undefined;
}

describe("planWorkbook (mode fix)", () => {
  it("names, for each change, the error of the field it adds (two minimums short on one resident)", async () => {
    const wb = cohortWorkbook({ header: "blocks", continuation: "repeat", trainees: [{ name: "研修医 1", rotations: replace(replace(CLEAN_PLAN, "小児科", "整形外科"), "外科", "皮膚科") }] });
    const outcome = await fix(await sheetsOf(wb));
    expect(outcome.ok).toBe(true);
    const resolved = outcome.changes.map((c) => [c.after, c.resolves?.rule]).sort();
    expect(resolved).toEqual([["外科", "surg-4w"], ["小児科", "ped-4w"]]);
  });


  const cases: Array<{ name: string; trainees: FixtureRotation[][]; capacity?: Array<{ field: string; capacity: number }>; changes: number }> = [
    { name: "小児科 missing (ped-4w)", trainees: [replace(CLEAN_PLAN, "小児科", "整形外科")], changes: 1 },
    { name: "救急 8 weeks (em-12w)", trainees: [[...SHORT_EM_PLAN]], changes: 1 },
    { name: "外科 and 小児科 missing", trainees: [replace(replace(CLEAN_PLAN, "小児科", "整形外科"), "外科", "皮膚科")], changes: 2 },
    {
      name: "two residents over 救急's capacity in the same blocks",
      trainees: [[...CLEAN_PLAN], [...CLEAN_PLAN]],
      capacity: [{ field: "救急", capacity: 1 }],
      changes: 6,
    },
  ];

  for (const c of cases) {
    it(`clears every error with the fewest changes: ${c.name}`, async () => {
      const wb = cohortWorkbook({ header: "blocks", continuation: "repeat", trainees: c.trainees.map((rotations, i) => ({ name: `研修医 ${i + 1}`, rotations })) });
      if (c.capacity) addCapacitySheet(wb, c.capacity);
      const sheets = await sheetsOf(wb);
      const outcome = await fix(sheets);
      expect(outcome.before.summary.errors).toBeGreaterThan(0);
      expect(outcome.ok).toBe(true);
      expect(outcome.after.summary.errors).toBe(0);
      expect(outcome.changes).toHaveLength(c.changes);
      // Each change lists before → after and the error it clears.
      for (const change of outcome.changes) {
        expect(change.kind).toBe("change");
        expect(change.before).not.toBe(change.after);
        expect(change.resolves?.rule).toBeDefined();
      }
      // Only the listed cells differ.
      const [was, now] = [blockTexts(sheets), blockTexts(outcome.sheets)];
      const differ = [...now].filter(([cell, text]) => was.get(cell) !== text).map(([cell]) => cell.split("!")[1]);
      expect(differ.sort()).toEqual(outcome.changes.map((x) => x.cell).sort());
      // No set of fewer changes does it (exhaustive search, where it is small enough to run).
      if (c.changes <= 3) {
        const grid = findGrids(sheets[0]!)[0]!;
        expect(exhaustiveMinimum(grid, readCapacity(sheets), c.changes)).toBe(c.changes);
      }
    });
  }

  it("never changes leave, and says so when only leave could clear an error", async () => {
    const wb = cohortWorkbook({ header: "blocks", continuation: "repeat", trainees: [{ name: "研修医 1", rotations: [["休止", 4], ...CLEAN_PLAN.filter(([t]) => t !== "整形外科").map(([t, n]): FixtureRotation => [t, t === "内科（血液）" ? 3 : n])] }] });
    const sheets = await sheetsOf(wb);
    const outcome = await fix(sheets);
    expect(outcome.ok).toBe(false);
    expect(outcome.reasons.map((r) => r.rule)).toContain("leave-90d");
  });

  it("splits a merged rotation when one of its blocks changes, keeping the others as they read", async () => {
    const wb = cohortWorkbook({ header: "blocks", continuation: "merge", trainees: [{ name: "研修医 1", rotations: replace(CLEAN_PLAN, "小児科", "整形外科") }] });
    const sheets = await sheetsOf(wb);
    const outcome = await fix(sheets);
    expect(outcome.ok).toBe(true);
    expect(outcome.changes).toHaveLength(1);
    const [was, now] = [blockTexts(sheets), blockTexts(outcome.sheets)];
    const differ = [...now].filter(([cell, text]) => was.get(cell) !== text);
    expect(differ).toHaveLength(1);
  });

  it("does nothing to a plan with no error", async () => {
    const wb = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 1", rotations: CLEAN_PLAN }] });
    const outcome = await fix(await sheetsOf(wb));
    expect(outcome.ok).toBe(true);
    expect(outcome.changes).toEqual([]);
  });
});
