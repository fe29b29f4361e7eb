/**
 * The WorkbookPort contract (src/taskpane/workbook/port.ts), as one suite that every port must
 * pass: the office.js port (through office-addin-mock, test/taskpane/fake-excel.ts) and the
 * tests' in-memory workbook (test/taskpane/memory/workbook.ts). Whatever the pane's tests prove on
 * the in-memory workbook holds in Excel as far as this suite says the two agree.
 */
import { findGrids, type SheetData } from "../../src/engine";
import { checkSnapshot } from "../../src/taskpane/check/run-check";
import { planHighlights } from "../../src/taskpane/highlight/plan";
import { planRowInsertion } from "../../src/taskpane/insert/cohort-row";
import { newSheetWrite } from "../../src/taskpane/insert/new-sheet";
import { renderTemplate } from "../../src/taskpane/insert/templates";
import type { SheetSnapshot, WorkbookPort } from "../../src/taskpane/workbook/port";
import { addCapacitySheet, cohortWorkbook, sheetsOf } from "../fixtures";
import { COHORT, LAYOUT, SHEET } from "./seeds";

/** A port under test, and how a test plays the user's part on its workbook. */
export interface PortSubject {
  readonly port: WorkbookPort;
  userEdit(sheet: string, cell: string, value: string): Promise<void>;
  setNote(sheet: string, cell: string, text: string): void;
  note(sheet: string, cell: string): string | undefined;
  setProtected(sheet: string, on: boolean): void;
}

const check = (snapshot: SheetSnapshot) => checkSnapshot(snapshot, { kind: "sheet" });
const plan = (snapshot: SheetSnapshot) => {
  const r = check(snapshot);
  return planHighlights(r.sheet, r.report.findings, r.merges, "ja");
};
const values = (snapshot: SheetSnapshot) => snapshot.sheet.rows.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v)));

export function describePortContract(name: string, make: (sheets: readonly SheetData[]) => Promise<PortSubject>): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    let sheets: SheetData[];
    beforeAll(async () => {
      const workbook = cohortWorkbook(COHORT);
      addCapacitySheet(workbook, [{ field: "救急", capacity: 1 }]);
      sheets = await sheetsOf(workbook);
    });

    it("reads the active sheet as the engine reads the file: the same grids, the capacity sheet beside it", async () => {
      const { port } = await make(sheets);
      const snapshot = await port.read();
      expect(snapshot.sheet.name).toBe(SHEET);
      expect(findGrids(snapshot.sheet)).toEqual(findGrids(sheets[0]!));
      expect(snapshot.related.map((s) => s.name)).toEqual(["定員"]);
      expect(snapshot.protected).toBe(false);
      expect(snapshot.highlighted).toBe(false);
      expect((await port.read({ sheet: SHEET })).sheetId).toBe(snapshot.sheetId);
    });

    it("rejects a sheet that is not there", async () => {
      const { port } = await make(sheets);
      await expect(port.read({ sheet: "無い" })).rejects.toBeDefined();
    });

    it("highlights with notes below the user's, and clears back to exactly the user's notes and values", async () => {
      const subject = await make(sheets);
      const { port } = subject;
      const cell = LAYOUT.trainees[1]!.rotations.find((r) => r.text === "救急")!.cells[0]!;
      subject.setNote(SHEET, cell, "ユーザーのメモ");
      const before = await port.read();
      const outcome = await port.applyHighlights(plan(before));
      expect(outcome).toMatchObject({ ok: true });
      expect(subject.note(SHEET, cell)).toMatch(/^ユーザーのメモ\n【Rota】エラー em-12w: /);
      expect((await port.read()).highlighted).toBe(true);
      expect(await port.clearHighlights()).toMatchObject({ cleared: [SHEET], skipped: [] });
      const after = await port.read();
      expect(after.highlighted).toBe(false);
      expect(subject.note(SHEET, cell)).toBe("ユーザーのメモ");
      expect(values(after)).toEqual(values(before));
    });

    it("changes nothing on a protected sheet and says so", async () => {
      const subject = await make(sheets);
      const before = await subject.port.read();
      subject.setProtected(SHEET, true);
      expect((await subject.port.read()).protected).toBe(true);
      expect(await subject.port.applyHighlights(plan(before))).toMatchObject({ ok: false, reason: "protected" });
      const planned = planRowInsertion(before.sheet, findGrids(before.sheet), LAYOUT.trainees[0]!.row - 1, "A", "");
      if (!planned.ok) throw new Error(planned.reason);
      expect(await subject.port.write(planned.plan.write)).toMatchObject({ ok: false, reason: "protected" });
      expect(values(await subject.port.read())).toEqual(values(before));
    });

    it("writes a row only while its cells are as read, and the row then reads back as planned", async () => {
      const subject = await make(sheets);
      const snapshot = await subject.port.read();
      const row = LAYOUT.trainees[0]!.row - 1;
      const planned = planRowInsertion(snapshot.sheet, findGrids(snapshot.sheet), row, "C", "研修 改");
      if (!planned.ok) throw new Error(planned.reason);
      await subject.userEdit(SHEET, LAYOUT.trainees[0]!.nameCell, "誰か");
      expect(await subject.port.write(planned.plan.write)).toMatchObject({ ok: false, reason: "changed" });
      const again = await subject.port.read();
      const replanned = planRowInsertion(again.sheet, findGrids(again.sheet), row, "C", "研修 改");
      if (!replanned.ok) throw new Error(replanned.reason);
      expect(await subject.port.write(replanned.plan.write)).toMatchObject({ ok: true, sheet: SHEET });
      const written = findGrids((await subject.port.read()).sheet)[0]!.plans[0]!;
      expect(written.trainee).toBe("研修 改");
      expect(written.slots.every((s) => s.parsed.kind === "rotation")).toBe(true);
    });

    it("writes a template on a new sheet, under a name of its own when the name is taken", async () => {
      const { port } = await make(sheets);
      const write = newSheetWrite(renderTemplate({ choice: "B", name: "" }), SHEET);
      const outcome = await port.write(write);
      expect(outcome).toMatchObject({ ok: true });
      if (!outcome.ok) return;
      expect(outcome.sheet).not.toBe(SHEET);
      const grids = findGrids((await port.read({ sheet: outcome.sheet })).sheet);
      expect(grids[0]!.layout).toBe("course-sheet");
    });

    it("hears the user's edits until unsubscribed", async () => {
      const subject = await make(sheets);
      const heard: string[] = [];
      const off = await subject.port.onChange((change) => heard.push(change.address ?? "?"));
      await subject.userEdit(SHEET, "C3", "外科");
      await off();
      await subject.userEdit(SHEET, "C4", "外科");
      expect(heard).toEqual(["C3"]);
    });

    it("selects ranges on a sheet", async () => {
      const { port } = await make(sheets);
      await expect(port.select(SHEET, ["C3:D3", "F5"])).resolves.toBeUndefined();
    });
  });
}
