/**
 * The in-memory workbook behind the pane's browser tests and the bench: it must behave as the
 * office.js adapter does, or what the browser tests prove would not hold in Excel.
 */
import { findGrids } from "../../src/engine";
import { checkSnapshot } from "../../src/taskpane/check/run-check";
import { planHighlights } from "../../src/taskpane/highlight/plan";
import { RECORD_KEY } from "../../src/taskpane/highlight/record";
import { planRowInsertion } from "../../src/taskpane/insert/cohort-row";
import { MemoryWorkbook } from "./memory/workbook";
import { LAYOUT, SHEET, USER, cohortMemory } from "./seeds";

async function highlight(wb: MemoryWorkbook) {
  const result = checkSnapshot(await wb.read(), { kind: "sheet" });
  return wb.applyHighlights(planHighlights(result.sheet, result.report.findings, result.merges, "ja"));
}

describe("MemoryWorkbook", () => {
  it("saves and reopens to the same workbook: values, dates, merges, formats, notes, formats, settings", async () => {
    const wb = await cohortMemory();
    await highlight(wb);
    wb.userEdit(SHEET, "A20", new Date(Date.UTC(2026, 3, 1)) as unknown as string);
    const reopened = MemoryWorkbook.fromJSON(JSON.parse(JSON.stringify(wb.toJSON())));
    expect(reopened.toJSON()).toEqual(wb.toJSON());
    expect(reopened.value(SHEET, "A20")).toEqual(new Date(Date.UTC(2026, 3, 1)));
  });

  it("highlights above the user's conditional format and clears back to exactly the user's workbook", async () => {
    const wb = await cohortMemory();
    const before = wb.toJSON();
    expect(await highlight(wb)).toMatchObject({ ok: true, notesSupported: true });
    expect(wb.conditionalFormats(SHEET)[0]!.formula).toContain("Rota highlight");
    expect(wb.conditionalFormats(SHEET).at(-1)).toMatchObject(USER.conditionalFormat);
    expect(wb.note(SHEET, USER.note.cell)).toMatch(/^指導医: 山田 \(救急は4月から\)\n【Rota】エラー em-12w/);
    expect(wb.cellView(SHEET, 3, 8).fill).toBe("#FFC7CE");
    expect(wb.setting(RECORD_KEY)).toBeDefined();
    expect(await wb.clearHighlights()).toEqual({ cleared: [SHEET], skipped: [] });
    expect(wb.toJSON()).toEqual(before);
  });

  it("refuses a protected sheet, and a write over cells that changed since they were read", async () => {
    const wb = await cohortMemory();
    const snapshot = await wb.read();
    const planned = planRowInsertion(snapshot.sheet, findGrids(snapshot.sheet), LAYOUT.trainees[0]!.row - 1, "A", "");
    if (!planned.ok) throw new Error(planned.reason);
    wb.setProtected(SHEET, true);
    expect(await highlight(wb)).toEqual({ ok: false, reason: "protected" });
    expect(await wb.write(planned.plan.write)).toEqual({ ok: false, reason: "protected" });
    wb.setProtected(SHEET, false);
    wb.userEdit(SHEET, LAYOUT.trainees[0]!.nameCell, "改名");
    expect(await wb.write(planned.plan.write)).toEqual({ ok: false, reason: "changed" });
  });

  it("keeps a merged area's top-left value only, as Excel does, and tells listeners of the user's edits", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "S", rows: [] }]);
    const heard: string[] = [];
    const off = await wb.onChange((c) => heard.push(c.address ?? ""));
    await wb.write({ target: { kind: "existing", sheet: "S", expect: { area: { top: 0, left: 0, bottom: 0, right: 1 }, values: [[null, null]] } }, unmerge: [], blocks: [{ top: 0, left: 0, values: [["a", "b"]] }], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], formats: [], columnWidths: [], lists: [] });
    expect(wb.value("S", "A1")).toBe("a");
    expect(wb.value("S", "B1")).toBeNull();
    expect(heard).toEqual([]); // Rota's own write
    wb.userEdit("S", "C1", "x");
    await off();
    wb.userEdit("S", "C2", "y");
    expect(heard).toEqual(["C1"]);
  });
});
