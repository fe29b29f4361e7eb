import { findGrids } from "../../src/engine";
import { planWorkbook } from "../../src/engine/plan";
import { planWrite } from "../../src/taskpane/plan/plan-write";
import { MemoryWorkbook } from "./memory/workbook";
import { cohortWorkbook, sheetsOf } from "../fixtures";
import { solver } from "../plan/helpers";

const SHEET = "2026年度";

async function proposal() {
  const wb = MemoryWorkbook.fromSheets(await sheetsOf(cohortWorkbook({ header: "blocks", continuation: "merge", trainees: [{ name: "研修 一郎", rotations: [["内科", 2], ["", 24]] }] })));
  const snapshot = await wb.read({ sheet: SHEET });
  const outcome = await planWorkbook([snapshot.sheet, ...snapshot.related], { mode: "plan", sheet: SHEET, timeLimit: 20 }, solver);
  return { wb, snapshot, outcome };
}

describe("planWrite (the pane's guarded write of a proposal)", () => {
  it("writes the proposal into the sheet as the validator saw it, merges included", async () => {
    const { wb, snapshot, outcome } = await proposal();
    expect(outcome.ok).toBe(true);
    const write = planWrite(snapshot.sheet, outcome.edits[0]!);
    expect(write.target.kind).toBe("existing");
    const result = await wb.write(write);
    expect(result.ok).toBe(true);
    const after = (await wb.read({ sheet: SHEET })).sheet;
    const plan = findGrids(after)[0]!.plans[0]!;
    expect(plan.slots.filter((s) => s.parsed.kind === "empty")).toEqual([]);
    expect(after.merges).toEqual(expect.arrayContaining(outcome.edits[0]!.merge.map((m) => expect.objectContaining(m))));
  });

  it("writes nothing when a cell it covers was changed since the proposal was made", async () => {
    const { wb, snapshot, outcome } = await proposal();
    const write = planWrite(snapshot.sheet, outcome.edits[0]!);
    const cell = outcome.edits[0]!.writes.find((w) => w.value !== null)!.cell;
    wb.userEdit(SHEET, cell, "皮膚科");
    const before = wb.toJSON();
    const result = await wb.write(write);
    expect(result).toMatchObject({ ok: false, reason: "changed" });
    expect(wb.toJSON()).toEqual(before);
  });
});
