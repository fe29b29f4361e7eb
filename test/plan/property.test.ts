import fc from "fast-check";
import { findGrids } from "../../src/engine";
import { planWorkbook } from "../../src/engine/plan";
import { readCapacity } from "../../src/engine/rules/capacity";
import { addCapacitySheet, cohortWorkbook, sheetsOf, type FixtureRotation } from "../fixtures";
import { blockTexts, filledBlocks, solver } from "./helpers";

/** Fields a coordinator fixes in advance (a resident's few locked blocks). */
const LOCKABLE = ["内科", "救急", "外科", "小児科", "産婦人科", "精神科", "地域医療", "整形外科", "麻酔科", "内科（血液）"];
const CAPPED = ["救急", "小児科", "外科", "産婦人科"];

/** One resident: 26 blocks, a few locked (a field or leave), the rest empty. */
const resident = fc
  .record({
    course: fc.constantFrom(undefined, "A", "B", "C"),
    locks: fc.array(fc.record({ block: fc.integer({ min: 0, max: 25 }), text: fc.constantFrom(...LOCKABLE) }), { maxLength: 5 }),
    leave: fc.array(fc.integer({ min: 0, max: 25 }), { maxLength: 2 }),
  })
  .map(({ course, locks, leave }) => {
    const blocks: string[] = Array.from({ length: 26 }, () => "");
    for (const l of locks) blocks[l.block] = l.text;
    for (const b of leave) blocks[b] = "休止";
    return { course, blocks };
  });

const cohort = fc.record({
  header: fc.constantFrom("blocks" as const, "weeks" as const),
  continuation: fc.constantFrom("merge" as const, "repeat" as const, "ditto" as const),
  residents: fc.array(resident, { minLength: 1, maxLength: 3 }),
  capped: fc.subarray(CAPPED, { maxLength: 2 }),
});

const rotations = (blocks: readonly string[]): FixtureRotation[] => {
  const out: FixtureRotation[] = [];
  for (const text of blocks) {
    const last = out[out.length - 1];
    if (last && last[0] === text && text === "") out[out.length - 1] = [text, last[1] + 1];
    else out.push([text, 1]);
  }
  return out;
};

describe("planWorkbook on random small cohorts (property)", () => {
  it("returns a plan with no error that keeps every locked cell and every capacity", async () => {
    await fc.assert(
      fc.asyncProperty(cohort, async ({ header, continuation, residents, capped }) => {
        const wb = cohortWorkbook({
          header,
          continuation,
          trainees: residents.map((r, i) => ({ name: `研修医 ${i + 1}`, ...(r.course ? { course: r.course } : {}), rotations: rotations(r.blocks) })),
        });
        // Capacities that leave room: at least what the locked cells already put in any one block.
        const capacity = capped.map((field) => ({
          field,
          capacity: Math.max(1, ...Array.from({ length: 26 }, (_, b) => residents.filter((r) => r.blocks[b] === field).length)),
        }));
        if (capacity.length > 0) addCapacitySheet(wb, capacity);
        const sheets = await sheetsOf(wb);
        const outcome = await planWorkbook(sheets, { mode: "plan", timeLimit: 20 }, solver);

        expect(outcome.reasons).toEqual([]);
        expect(outcome.ok).toBe(true);
        expect(outcome.after.findings.filter((f) => f.severity === "error")).toEqual([]);
        const after = blockTexts(outcome.sheets);
        for (const [cell, text] of filledBlocks(sheets)) expect(after.get(cell)).toBe(text);
        expect([...after.values()].filter((t) => t === "")).toEqual([]);
        const grid = findGrids(outcome.sheets[0]!)[0]!;
        for (const entry of readCapacity(sheets)) {
          for (let b = 0; b < 26; b++) {
            expect(grid.plans.filter((p) => p.slots[b]!.parsed.field === entry.field).length).toBeLessThanOrEqual(entry.capacity);
          }
        }
      }),
      { numRuns: Number(process.env["PROP_RUNS"] ?? 8), seed: Number(process.env["PROP_SEED"] ?? 20261126) },
    );
  }, 180_000);
});
