/**
 * The task pane's office.js adapter (src/taskpane/workbook/office.ts) against a workbook mocked
 * with office-addin-mock (./fake-excel.ts), on sheets made by the fixture library: what it reads,
 * what checking, highlighting, clearing and inserting templates do to the workbook, and how many
 * round trips each costs.
 */
import { findGrids } from "../../src/engine";
import { checkSnapshot } from "../../src/taskpane/check/run-check";
import { chooseScope } from "../../src/taskpane/check/scope";
import { planHighlights } from "../../src/taskpane/highlight/plan";
import { RECORD_KEY, parseRecord } from "../../src/taskpane/highlight/record";
import { planRowInsertion } from "../../src/taskpane/insert/cohort-row";
import { newSheetWrite } from "../../src/taskpane/insert/new-sheet";
import { renderTemplate, templateSheetName } from "../../src/taskpane/insert/templates";
import { MemoryWorkbook } from "./memory/workbook";
import { OfficeWorkbook } from "../../src/taskpane/workbook/office";
import type { SheetSnapshot } from "../../src/taskpane/workbook/port";
import { CLEAN_PLAN, CLEAN_PLAN_MONTHS, SHORT_EM_PLAN, addCapacitySheet, cohortWorkbook, courseSheetWorkbook, courseSpec, sheetsOf, type CohortOptions, type Continuation, type HeaderKind } from "../fixtures";
import { FakeExcel } from "./fake-excel";
import { COHORT, LAYOUT, SHEET, USER } from "./seeds";

async function cohortExcel(options: CohortOptions = COHORT): Promise<FakeExcel> {
  const excel = new FakeExcel(await sheetsOf(cohortWorkbook(options)));
  // The user's own formatting, which Rota must leave as it is.
  const sheet = excel.sheet(options.sheetName ?? SHEET);
  sheet.formats.set("1,0", { fill: USER.fill.format.fill, "font.bold": true });
  sheet.notes.set(USER.note.cell, USER.note.text);
  sheet.cfs.push({ id: "{user-cf}", type: "Custom", ranges: [...USER.conditionalFormat.ranges], formula: USER.conditionalFormat.formula, fill: USER.conditionalFormat.fill });
  sheet.cfs.push({ id: "{user-scale}", type: "ColorScale", ranges: ["A3:A7"] });
  return excel;
}

/** {@link CLEAN_PLAN_MONTHS} with a month of 救急 given to 内科（血液）: em-12w. */
const SHORT_EM_MONTHS = CLEAN_PLAN_MONTHS.map(([text, n]): [string, number] => [text, text === "救急" ? n - 1 : text === "内科（血液）" ? n + 1 : n]);

const check = (snapshot: SheetSnapshot) => checkSnapshot(snapshot, chooseScope(snapshot));

const emCells = LAYOUT.trainees[1]!.rotations.find((r) => r.text === "救急")!.cells;
const EM_RANGE = `${emCells[0]}:${emCells[emCells.length - 1]}`;

describe("OfficeWorkbook.read", () => {
  it("reads the active sheet's values, merged areas, selection and protection in one round trip", async () => {
    const excel = await cohortExcel();
    excel.selection = { sheetId: excel.sheet(SHEET).id, address: "B3:D5" };
    const snapshot = await new OfficeWorkbook({ run: excel.run, notes: true }).read();
    expect(excel.syncs).toHaveBeenCalledTimes(1);
    expect(snapshot.sheet.name).toBe(SHEET);
    expect(snapshot.range).toBe(LAYOUT.range.replace(/^A\d+/, "A1"));
    expect(snapshot.selection).toEqual(["B3:D5"]);
    expect(snapshot.protected).toBe(false);
    expect(snapshot.sheet.merges).toContainEqual({ top: 2, left: 2, bottom: 2, right: 3 }); // 研修 一郎's 内科（消化器）, C3:D3
    expect(snapshot.sheet.rows[1]![0]).toBe("氏名");
    expect(snapshot.sheet.rows[2]![3]).toBeNull(); // the hidden half of a merged cell
  });

  it("reads the sheet without the selection when a chart is selected (no range to give)", async () => {
    const excel = await cohortExcel();
    const workbook = excel.context.workbook as unknown as { getSelectedRanges: () => unknown };
    workbook.getSelectedRanges = () => {
      throw Object.assign(new Error("The current selection is invalid for this operation."), { code: "InvalidSelection" });
    };
    const snapshot = await new OfficeWorkbook({ run: excel.run, notes: true }).read();
    expect(snapshot.selection).toEqual([]);
    expect(check(snapshot).report.grids).toHaveLength(1);
  });

  it("says so when the sheet asked for is not there", async () => {
    const excel = await cohortExcel();
    await expect(new OfficeWorkbook({ run: excel.run, notes: true }).read({ sheet: "無い" })).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("reads the capacity sheet too, in one more round trip, so that capacity is checked", async () => {
    const workbook = cohortWorkbook(COHORT);
    addCapacitySheet(workbook, [{ field: "救急", capacity: 1 }]);
    const excel = new FakeExcel(await sheetsOf(workbook));
    const snapshot = await new OfficeWorkbook({ run: excel.run, notes: true }).read();
    expect(excel.syncs).toHaveBeenCalledTimes(2);
    expect(snapshot.related.map((s) => s.name)).toEqual(["定員"]);
    expect(check(snapshot).report.findings.some((f) => f.rule === "capacity")).toBe(true);
  });

  it.each(["定 員", "ＣＡＰＡＣＩＴＹ"])("reads a capacity sheet named %s, as the engine and the CLI do", async (sheetName) => {
    // Issue 11: the ports matched the capacity sheet's name with regexes of their own (no NFKC).
    const workbook = cohortWorkbook(COHORT);
    addCapacitySheet(workbook, [{ field: "救急", capacity: 1 }], { sheetName });
    const sheets = await sheetsOf(workbook);
    const office = await new OfficeWorkbook({ run: new FakeExcel(sheets).run, notes: true }).read();
    const memory = await MemoryWorkbook.fromSheets(sheets).read();
    for (const snapshot of [office, memory]) {
      expect(snapshot.related.map((s) => s.name)).toEqual([sheetName]);
      expect(check(snapshot).report.findings.some((f) => f.rule === "capacity")).toBe(true);
    }
  });

  const layouts: Array<[HeaderKind, Continuation]> = (["blocks", "weeks", "months", "dates", "serial-dates"] as const).flatMap((h) =>
    (["merge", "repeat", "ditto"] as const).map((c): [HeaderKind, Continuation] => [h, c]),
  );
  it.each(layouts)("finds what the in-memory workbook finds on a cohort with a %s header and %s continuation", async (header, continuation) => {
    const plans = header === "months" ? [CLEAN_PLAN_MONTHS, SHORT_EM_MONTHS] : [CLEAN_PLAN, SHORT_EM_PLAN];
    const options: CohortOptions = { header, continuation, yearRow: true, trainees: [{ name: "研修 一郎", course: "B", rotations: plans[0]! }, { name: "研修 二郎", rotations: plans[1]! }] };
    const sheets = await sheetsOf(cohortWorkbook(options));
    const office = check(await new OfficeWorkbook({ run: new FakeExcel(sheets).run, notes: true }).read());
    const memory = check(await MemoryWorkbook.fromSheets(sheets).read());
    expect(office.report.findings).toEqual(memory.report.findings);
    expect(office.report.grids[0]?.trainees.length).toBe(2);
  });

  it("finds the seed's course sheets, merged rotations over lines of text", async () => {
    const sheets = await sheetsOf(courseSheetWorkbook({ courses: [courseSpec("A"), courseSpec("B")] }));
    const result = check(await new OfficeWorkbook({ run: new FakeExcel(sheets).run, notes: true }).read());
    expect(result.report.grids.map((g) => g.layout)).toEqual(["course-sheet", "course-sheet"]);
    expect(result.report.summary.errors).toBe(0);
  });
});

describe("OfficeWorkbook highlights", () => {
  async function highlighted(excel: FakeExcel, notes = true) {
    const port = new OfficeWorkbook({ run: excel.run, notes });
    const result = check(await port.read());
    const outcome = await port.applyHighlights(planHighlights(result.sheet, result.report.findings, result.merges, "ja"));
    return { port, result, outcome };
  }

  it("adds conditional formats above the user's, notes below the user's text, and a record, in two round trips", async () => {
    const excel = await cohortExcel();
    const before = excel.snapshot(SHEET) as { cfs: unknown[] };
    const port = new OfficeWorkbook({ run: excel.run, notes: true });
    const result = check(await port.read());
    excel.syncs.mockClear();
    const outcome = await port.applyHighlights(planHighlights(result.sheet, result.report.findings, result.merges, "ja"));
    expect(excel.syncs).toHaveBeenCalledTimes(2);
    expect(outcome).toMatchObject({ ok: true, notesSupported: true });

    const sheet = excel.sheet(SHEET);
    const ours = sheet.cfs.filter((cf) => cf.formula?.includes("Rota highlight"));
    expect(ours.map((cf) => [cf.type, cf.formula, cf.fill, cf.font])).toEqual([
      ["Custom", '=ISTEXT("Rota highlight: warning")', "#FFEB9C", "#9C5700"],
      ["Custom", '=ISTEXT("Rota highlight: error")', "#FFC7CE", "#9C0006"],
    ]);
    expect(ours.find((cf) => cf.fill === "#FFC7CE")!.ranges).toContain(EM_RANGE);
    expect(sheet.cfs.slice(2)).toEqual(before.cfs);
    expect(sheet.notes.get(USER.note.cell)).toBe(`${USER.note.text}\n【Rota】エラー em-12w: 救急 8週 (必要 12週以上)`);
    expect(sheet.formats.get("1,0")).toEqual({ fill: USER.fill.format.fill, "font.bold": true });
    const record = parseRecord(excel.settings.get(RECORD_KEY));
    expect(record.sheets.map((s) => [s.id, s.name])).toEqual([[sheet.id, SHEET]]);
    expect(record.sheets[0]!.notes.find((n) => n.cell === USER.note.cell)?.original).toBe(USER.note.text);
  });

  it("clears exactly Rota's highlights, in three round trips: every fill, note and conditional format of the user's back", async () => {
    const excel = await cohortExcel();
    const before = excel.snapshot(SHEET);
    await highlighted(excel);
    excel.syncs.mockClear();
    const outcome = await new OfficeWorkbook({ run: excel.run, notes: true }).clearHighlights();
    expect(excel.syncs).toHaveBeenCalledTimes(3);
    expect(outcome).toEqual({ cleared: [SHEET], skipped: [] });
    expect(excel.snapshot(SHEET)).toEqual(before);
    expect(excel.settings.has(RECORD_KEY)).toBe(false);
  });

  it("clears them in a later session, the sheet renamed meanwhile, from what the workbook itself records", async () => {
    const excel = await cohortExcel();
    const before = excel.snapshot(SHEET);
    await highlighted(excel);
    excel.sheet(SHEET).name = "2026年度 (確定)";
    const later = new OfficeWorkbook({ run: excel.run, notes: true }); // nothing in memory from the first
    expect((await later.read({ sheet: "2026年度 (確定)" })).highlighted).toBe(true);
    expect(await later.clearHighlights()).toEqual({ cleared: ["2026年度 (確定)"], skipped: [] });
    excel.sheet("2026年度 (確定)").name = SHEET;
    expect(excel.snapshot(SHEET)).toEqual(before);
  });

  it("keeps a note the user edited after Rota wrote on it, taking off Rota's lines only", async () => {
    const excel = await cohortExcel();
    await highlighted(excel);
    const sheet = excel.sheet(SHEET);
    sheet.notes.set(USER.note.cell, `${sheet.notes.get(USER.note.cell)}\n追記: 5月に変更`);
    await new OfficeWorkbook({ run: excel.run, notes: true }).clearHighlights();
    expect(sheet.notes.get(USER.note.cell)).toBe(`${USER.note.text}\n追記: 5月に変更`);
  });

  it("replaces the old highlights with the new when checked again", async () => {
    const excel = await cohortExcel();
    const { port } = await highlighted(excel);
    // 研修 二郎 gets 救急 in place of 整形外科: no more em-12w.
    excel.setValue(SHEET, LAYOUT.trainees[1]!.rotations.find((r) => r.text === "整形外科")!.cells[0]!, "救急");
    const result = check(await port.read());
    expect(result.report.findings.some((f) => f.rule === "em-12w")).toBe(false);
    await port.applyHighlights(planHighlights(result.sheet, result.report.findings, result.merges, "ja"));
    const sheet = excel.sheet(SHEET);
    expect(sheet.cfs.filter((cf) => cf.formula?.includes("Rota highlight")).flatMap((cf) => cf.ranges)).not.toContain(EM_RANGE);
    expect(sheet.notes.get(USER.note.cell)).toBe(USER.note.text);
    expect(sheet.cfs.filter((cf) => cf.formula?.includes("Rota highlight")).length).toBe(1); // warnings only
  });

  it("adds no notes where Excel has none (before ExcelApi 1.18), and says so", async () => {
    const excel = await cohortExcel();
    const { outcome } = await highlighted(excel, false);
    expect(outcome).toMatchObject({ ok: true, notes: 0, notesSupported: false });
    expect([...excel.sheet(SHEET).notes]).toEqual([[USER.note.cell, USER.note.text]]);
    expect(excel.sheet(SHEET).cfs.some((cf) => cf.formula?.includes("Rota highlight"))).toBe(true);
  });

  it("changes nothing on a protected sheet and says why; clearing keeps its highlights and says so", async () => {
    const excel = await cohortExcel();
    await highlighted(excel);
    const sheet = excel.sheet(SHEET);
    sheet.protected = true;
    const before = excel.snapshot(SHEET);
    const { outcome } = await highlighted(excel);
    expect(outcome).toEqual({ ok: false, reason: "protected" });
    expect(await new OfficeWorkbook({ run: excel.run, notes: true }).clearHighlights()).toEqual({ cleared: [], skipped: [{ sheet: SHEET, reason: "protected" }] });
    expect(excel.snapshot(SHEET)).toEqual(before);
    expect(parseRecord(excel.settings.get(RECORD_KEY)).sheets).toHaveLength(1);
  });

  it("costs 3 round trips to check and highlight, and 3 to clear, on 10 residents and on 1,000 alike", async () => {
    const counts = [];
    for (const n of [10, 1_000]) {
      const trainees = Array.from({ length: n }, (_, i) => ({ name: `研修医 ${i + 1}`, ...(i % 3 === 0 ? { course: "A" } : {}), rotations: i % 7 === 3 ? SHORT_EM_PLAN : CLEAN_PLAN }));
      // Rotations repeated, not merged: exceljs makes merges in quadratic time, and the fixture goes through it.
      const excel = await cohortExcel({ ...COHORT, continuation: "repeat", trainees });
      const port = new OfficeWorkbook({ run: excel.run, notes: true });
      const result = check(await port.read());
      const outcome = await port.applyHighlights(planHighlights(result.sheet, result.report.findings, result.merges, "ja"));
      expect(outcome.ok).toBe(true);
      const checkAndHighlight = excel.syncs.mock.calls.length;
      excel.syncs.mockClear();
      await port.clearHighlights();
      const clear = excel.syncs.mock.calls.length;
      expect(result.report.grids[0]!.trainees).toHaveLength(n);
      counts.push({ n, checkAndHighlight, clear, notes: excel.sheet(SHEET).notes.size });
    }
    expect(counts.map(({ n, checkAndHighlight, clear }) => ({ n, checkAndHighlight, clear }))).toEqual([
      { n: 10, checkAndHighlight: 3, clear: 3 },
      { n: 1_000, checkAndHighlight: 3, clear: 3 },
    ]);
  }, 60_000);
});

describe("OfficeWorkbook template insertion", () => {
  it("writes a course as a new sheet: values, merges, dates as dates, role formats, widths, in two round trips", async () => {
    const excel = await cohortExcel();
    const request = { choice: "A" as const, name: "研修 五郎", startYear: 2027 };
    const outcome = await new OfficeWorkbook({ run: excel.run, notes: true }).write(newSheetWrite(renderTemplate(request), templateSheetName(request)));
    expect(excel.syncs).toHaveBeenCalledTimes(2);
    expect(outcome).toEqual({ ok: true, sheet: "Aコース 研修 五郎", range: "A1:N13" });
    const sheet = excel.sheet("Aコース 研修 五郎");
    expect(excel.value(sheet.name, "A1")).toBe("A コース");
    expect(excel.value(sheet.name, "B2")).toBe("研修 五郎");
    expect(excel.value(sheet.name, "H2")).toBe(46478); // 2027-04-01
    expect(sheet.formats.get("1,7")).toMatchObject({ numberFormat: "yyyy/m/d" });
    expect(excel.value(sheet.name, "B6")).toBe("必修\n内科\n（血液）");
    expect(sheet.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`)).toContain("5,1,5,2");
    expect(sheet.columnWidths.get(0)).toBe(60);
    expect(excel.active).toBe(sheet.id);
    // Read back, it is the course as the engine knows it.
    const result = check(await new OfficeWorkbook({ run: excel.run, notes: true }).read({ sheet: sheet.name }));
    expect(result.report.grids.map((g) => g.layout)).toEqual(["course-sheet"]);
    expect(result.report.summary.errors).toBe(0);
  });

  it("gives the new sheet a name of its own when the name is taken", async () => {
    const excel = await cohortExcel();
    const port = new OfficeWorkbook({ run: excel.run, notes: true });
    const request = { choice: "cs" as const, name: "", startYear: 2026 };
    await port.write(newSheetWrite(renderTemplate(request), templateSheetName(request)));
    const second = await port.write(newSheetWrite(renderTemplate(request), templateSheetName(request)));
    expect(second).toMatchObject({ ok: true, sheet: "臨床研究医コース (2)" });
    expect(excel.sheet("臨床研究医コース (2)").validation.length).toBeGreaterThan(0);
  });

  it("writes a course into a resident's row of a cohort in that sheet's style, only as confirmed", async () => {
    const excel = await cohortExcel();
    const port = new OfficeWorkbook({ run: excel.run, notes: true });
    const target = LAYOUT.trainees[3]!;
    const snapshot = await port.read();
    const planned = planRowInsertion(snapshot.sheet, findGrids(snapshot.sheet), target.row - 1, "A", "");
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.plan.conflicts.length).toBeGreaterThan(0);
    excel.syncs.mockClear();
    expect(await port.write(planned.plan.write)).toMatchObject({ ok: true, sheet: SHEET });
    expect(excel.syncs).toHaveBeenCalledTimes(2);
    expect(excel.value(SHEET, target.blockCells[0]!)).toBe("必修 内科（血液）");
    expect(excel.value(SHEET, target.blockCells[1]!)).toBeUndefined(); // the hidden half of the new merge
    expect(excel.value(SHEET, target.nameCell)).toBe("研修 四郎");
    expect(excel.value(SHEET, `B${target.row}`)).toBe("A");
    const merges = excel.sheet(SHEET).merges.filter((m) => m.top === target.row - 1);
    expect(merges.map((m) => m.right - m.left + 1)).toEqual([2, 2, 11]); // 血液 8, 救急（ICU） 8, 選択 内科 44 weeks
    expect(excel.selection.address).toBe(`${target.blockCells[0]}:${target.blockCells[target.blockCells.length - 1]}`);
    const row = checkSnapshot(await port.read(), { kind: "sheet" }).report.grids[0]!.trainees.find((t) => t.row === target.row)!;
    expect(row.course).toBe("A");
    expect(row.weeks).toMatchObject({ 内科: 72, 救急: 12 });
  });

  it("writes nothing when the row changed after the user confirmed", async () => {
    const excel = await cohortExcel();
    const port = new OfficeWorkbook({ run: excel.run, notes: true });
    const target = LAYOUT.trainees[3]!;
    const snapshot = await port.read();
    const planned = planRowInsertion(snapshot.sheet, findGrids(snapshot.sheet), target.row - 1, "B", "");
    if (!planned.ok) throw new Error(planned.reason);
    excel.setValue(SHEET, target.blockCells[0]!, "麻酔科");
    const before = excel.snapshot(SHEET);
    expect(await port.write(planned.plan.write)).toEqual({ ok: false, reason: "changed" });
    expect(excel.snapshot(SHEET)).toEqual(before);
  });

  it("says a protected sheet is protected, and writes nothing", async () => {
    const excel = await cohortExcel();
    const port = new OfficeWorkbook({ run: excel.run, notes: true });
    const snapshot = await port.read();
    const planned = planRowInsertion(snapshot.sheet, findGrids(snapshot.sheet), LAYOUT.trainees[0]!.row - 1, "C", "");
    if (!planned.ok) throw new Error(planned.reason);
    excel.sheet(SHEET).protected = true;
    const before = excel.snapshot(SHEET);
    expect(await port.write(planned.plan.write)).toEqual({ ok: false, reason: "protected" });
    expect(excel.snapshot(SHEET)).toEqual(before);
  });
});

describe("OfficeWorkbook selection and changes", () => {
  it("activates the sheet and selects a finding's ranges in one round trip (ExcelApi 1.18)", async () => {
    const excel = await cohortExcel();
    await new OfficeWorkbook({ run: excel.run, notes: true, selectAreas: true }).select(SHEET, [EM_RANGE, "A4"]);
    expect(excel.syncs).toHaveBeenCalledTimes(1);
    expect(excel.selection).toEqual({ sheetId: excel.sheet(SHEET).id, address: `${EM_RANGE},A4` });
  });

  it("selects the first area where the host has no RangeAreas.select (ExcelApi 1.18 missing)", async () => {
    const excel = await cohortExcel();
    excel.rangeAreasSelect = false;
    await new OfficeWorkbook({ run: excel.run, notes: false, selectAreas: false }).select(SHEET, [EM_RANGE, "A4"]);
    expect(excel.syncs).toHaveBeenCalledTimes(1);
    expect(excel.selection).toEqual({ sheetId: excel.sheet(SHEET).id, address: EM_RANGE });
  });

  it("falls back to the first area when a host that claims 1.18 refuses several, and stays with it", async () => {
    const excel = await cohortExcel();
    excel.rangeAreasSelect = false;
    const port = new OfficeWorkbook({ run: excel.run, notes: true, selectAreas: true });
    await port.select(SHEET, [EM_RANGE, "A4"]);
    expect(excel.selection).toEqual({ sheetId: excel.sheet(SHEET).id, address: EM_RANGE });
    expect(excel.syncs).toHaveBeenCalledTimes(2);
    await port.select(SHEET, ["A4", EM_RANGE]);
    expect(excel.selection.address).toBe("A4");
    expect(excel.syncs).toHaveBeenCalledTimes(3); // no second try of the missing API
  });

  it("selects a single range with Range.select on any host", async () => {
    const excel = await cohortExcel();
    excel.rangeAreasSelect = false;
    await new OfficeWorkbook({ run: excel.run, notes: true, selectAreas: true }).select(SHEET, ["A4"]);
    expect(excel.selection).toEqual({ sheetId: excel.sheet(SHEET).id, address: "A4" });
  });

  it("asks Office for ExcelApi 1.18 before selecting several areas", () => {
    const isSetSupported = jest.fn((_set: string, version: string) => version !== "1.18");
    (globalThis as Record<string, unknown>)["Office"] = { context: { requirements: { isSetSupported } } };
    try {
      const port = new OfficeWorkbook({ run: new FakeExcel().run });
      expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.18");
      expect(port.capabilities.notes).toBe(false);
    } finally {
      delete (globalThis as Record<string, unknown>)["Office"];
    }
  });

  it("hears the user's changes, not Rota's own writes, and stops when asked", async () => {
    const excel = await cohortExcel();
    const heard: string[] = [];
    const off = await new OfficeWorkbook({ run: excel.run, notes: true }).onChange((change) => heard.push(change.address ?? ""));
    await excel.userEdit(SHEET, "C3", "外科");
    await excel.userEdit(SHEET, "C4", "外科", "ThisLocalAddin");
    await off();
    await excel.userEdit(SHEET, "C5", "外科");
    expect(heard).toEqual(["C3"]);
  });
});
