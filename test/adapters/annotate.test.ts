import * as ExcelJS from "exceljs";
import { annotateWorkbook, excelWorkbook, loadWorkbook, SEVERITY_FILL, workbookBuffer } from "../../src/adapters/xlsx";
import { noteLine } from "../../src/engine/present";
import type { Finding } from "../../src/engine/model/finding";

const SHEET = "2026年度";

/** A user's workbook with the things annotation must keep: values, merges, fills, fonts, notes, widths, validation, conditional formats. */
function usersWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "氏名";
  ws.getCell("B1").value = 1;
  ws.getCell("C1").value = 2;
  ws.getCell("D1").value = 3;
  ws.getCell("E1").value = 4;
  ws.getCell("A2").value = "研修医 太郎";
  ws.getCell("B2").value = "内科";
  ws.getCell("C2").value = "内科";
  // B2 and C2 share one style (bold, grey fill): filling B2 must not fill C2.
  for (const a of ["B2", "C2"]) {
    ws.getCell(a).font = { bold: true, color: { argb: "FF1F4E79" } };
    ws.getCell(a).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
  }
  ws.getCell("D2").value = "救急";
  ws.mergeCells("D2:E2");
  ws.getCell("D2").note = "ユーザーのメモ";
  ws.getCell("A3").value = "研修医 花子";
  ws.getCell("A3").note = { texts: [{ text: "指導医:", font: { bold: true } }, { text: "\n要確認" }] };
  ws.getCell("B3").value = { formula: "B2", result: "内科" };
  ws.getCell("C3").value = new Date(Date.UTC(2026, 3, 1));
  ws.getCell("C3").numFmt = "yyyy-mm-dd";
  ws.getCell("D3").value = "外科";
  ws.getCell("D3").note = "別のメモ";
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 11;
  ws.getCell("B4").dataValidation = { type: "list", allowBlank: true, formulae: ['"内科,救急,外科"'] };
  ws.addConditionalFormatting({
    ref: "B2:E3",
    rules: [{ type: "containsText", operator: "containsText", text: "休", priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFCCCCFF" } } } }],
  });
  const other = wb.addWorksheet("定員");
  other.getCell("A1").value = "診療科";
  other.getCell("B1").value = "定員";
  return wb;
}

function finding(over: Partial<Finding>): Finding {
  return { rule: "em-12w", severity: "error", sheet: SHEET, trainee: "研修医 太郎", cells: [], message: "救急 8週 (必要 12週以上)", message_en: "Emergency 8 weeks (12 required)", ...over };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return excelWorkbook(await loadWorkbook(await workbookBuffer(wb)));
}

const noteText = (note: ExcelJS.Cell["note"] | undefined): string =>
  note === undefined ? "" : typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");

const fillArgb = (cell: ExcelJS.Cell): string | undefined => {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
};

describe("annotateWorkbook", () => {
  let original: ExcelJS.Workbook;
  let annotated: ExcelJS.Workbook;
  let summary: ReturnType<typeof annotateWorkbook>;
  const findings: Finding[] = [
    finding({ rule: "block-4w", severity: "warning", cells: ["B2"], message: "内科 4週未満", message_en: "内科 under 4 weeks" }),
    finding({ cells: ["E2"] }), // inside D2:E2 → marked at D2
    finding({ rule: "block-4w", severity: "warning", cells: ["D2", "E2"], message: "救急 ブロック", message_en: "救急 block" }),
    finding({ rule: "rec-8w", severity: "info", trainee: "研修医 花子", cells: ["D3"], message: "外科 4週 (8週以上が望ましい)", message_en: "Surgery 4 weeks (8 recommended)" }),
    finding({ rule: "go-4w", severity: "warning", trainee: "研修医 花子", cells: ["A3"], message: "一般外来なし", message_en: "no general outpatient" }),
    finding({ rule: "em-12w", sheet: "ない", cells: ["A1"] }),
    finding({ rule: "total-104w", cells: [] }),
  ];

  beforeAll(async () => {
    original = await roundTrip(usersWorkbook());
    const target = await roundTrip(usersWorkbook());
    summary = annotateWorkbook(target, findings);
    annotated = await roundTrip(target);
  });

  it("reports what it marked and what it could not place", () => {
    expect(summary.cells).toBe(4); // B2, D2, D3, A3
    expect(summary.filled).toBe(3); // D3 is info only
    expect(summary.unplaced.map((f) => f.rule)).toEqual(["em-12w", "total-104w"]);
  });

  it("fills each offending cell by its most severe finding, a merge at its top-left cell", () => {
    const ws = annotated.getWorksheet(SHEET)!;
    expect(fillArgb(ws.getCell("D2"))).toBe(SEVERITY_FILL.error);
    expect(fillArgb(ws.getCell("B2"))).toBe(SEVERITY_FILL.warning);
    expect(fillArgb(ws.getCell("A3"))).toBe(SEVERITY_FILL.warning);
    expect(fillArgb(ws.getCell("D3"))).toBeUndefined();
  });

  it("keeps the font of a filled cell", () => {
    expect(annotated.getWorksheet(SHEET)!.getCell("B2").font).toEqual(original.getWorksheet(SHEET)!.getCell("B2").font);
  });

  it("does not fill a cell that shared its style with an offending one", () => {
    expect(fillArgb(annotated.getWorksheet(SHEET)!.getCell("C2"))).toBe("FFD9D9D9");
  });

  it("notes every finding on a cell, errors first, one per line", () => {
    const ws = annotated.getWorksheet(SHEET)!;
    expect(noteText(ws.getCell("D2").note)).toBe(
      ["ユーザーのメモ", "【Rota】エラー em-12w: 救急 8週 (必要 12週以上)", "【Rota】警告 block-4w: 救急 ブロック"].join("\n"),
    );
    expect(noteText(ws.getCell("B2").note)).toBe("【Rota】警告 block-4w: 内科 4週未満");
    expect(noteText(ws.getCell("D3").note)).toBe("別のメモ\n【Rota】情報 rec-8w: 外科 4週 (8週以上が望ましい)");
  });

  it("keeps a rich-text note's runs and formatting, ours below", () => {
    const note = annotated.getWorksheet(SHEET)!.getCell("A3").note;
    expect(typeof note).toBe("object");
    const texts = (note as ExcelJS.Comment).texts!;
    expect(texts[0]).toMatchObject({ text: "指導医:", font: { bold: true } });
    expect(noteText(note)).toBe("指導医:\n要確認\n【Rota】警告 go-4w: 一般外来なし");
  });

  it("changes nothing else: every value, merge, width, validation, conditional format and other sheet", () => {
    for (const name of [SHEET, "定員"]) {
      const before = original.getWorksheet(name)!;
      const after = annotated.getWorksheet(name)!;
      expect(after.model.merges).toEqual(before.model.merges);
      // (exceljs may drop a row that holds nothing at all, such as row 4 with only a validation.)
      const rows = Math.max(before.rowCount, after.rowCount);
      const cols = Math.max(before.columnCount, after.columnCount);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const a = before.getCell(r, c);
          const b = after.getCell(r, c);
          expect([b.address, b.value]).toEqual([a.address, a.value]);
          expect([b.address, b.numFmt, b.alignment]).toEqual([a.address, a.numFmt, a.alignment]);
          const marked = name === SHEET && ["B2", "D2", "A3", "D3"].includes(a.address);
          // A marked cell that had no font of its own is written with exceljs's default one.
          if (!marked || a.font !== undefined) expect([b.address, b.font]).toEqual([a.address, a.font]);
          if (!marked || a.border !== undefined) expect([b.address, b.border]).toEqual([a.address, a.border]);
          if (!marked) {
            expect([b.address, b.fill]).toEqual([a.address, a.fill]);
            expect([b.address, noteText(b.note)]).toEqual([a.address, noteText(a.note)]);
          }
        }
        expect(after.getRow(r).height).toBe(before.getRow(r).height);
      }
      for (let c = 1; c <= 6; c++) expect(after.getColumn(c).width).toBe(before.getColumn(c).width);
    }
    const ws = annotated.getWorksheet(SHEET)!;
    expect(ws.getCell("B4").dataValidation).toEqual(original.getWorksheet(SHEET)!.getCell("B4").dataValidation);
    expect(ws.getCell("B4").dataValidation.formulae).toEqual(['"内科,救急,外科"']);
    type WithCf = { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }> };
    const cf = (ws as unknown as WithCf).conditionalFormattings;
    expect(cf).toEqual((original.getWorksheet(SHEET) as unknown as WithCf).conditionalFormattings);
    expect(cf.map((c) => [c.ref, c.rules[0]?.formulae?.[0]])).toEqual([["B2:E3", 'NOT(ISERROR(SEARCH("休",B2)))']]);
  });

  it("replaces its own marks when run on an annotated copy, never repeating them", async () => {
    const again = await roundTrip(annotated);
    annotateWorkbook(again, findings.slice(0, 3));
    const ws = (await roundTrip(again)).getWorksheet(SHEET)!;
    expect(noteText(ws.getCell("D2").note)).toBe(
      ["ユーザーのメモ", "【Rota】エラー em-12w: 救急 8週 (必要 12週以上)", "【Rota】警告 block-4w: 救急 ブロック"].join("\n"),
    );
    expect(fillArgb(ws.getCell("D2"))).toBe(SEVERITY_FILL.error);
    // A3 and D3 have no finding this time: the user's notes are back as they were, our fill is gone.
    expect(noteText(ws.getCell("A3").note)).toBe("指導医:\n要確認");
    expect(fillArgb(ws.getCell("A3"))).toBeUndefined();
    expect(noteText(ws.getCell("D3").note)).toBe("別のメモ");
  });

  it("removes a note that only Rota wrote when the finding is gone", async () => {
    const again = await roundTrip(annotated);
    annotateWorkbook(again, []);
    const ws = (await roundTrip(again)).getWorksheet(SHEET)!;
    expect(ws.getCell("B2").note).toBeUndefined();
    expect(fillArgb(ws.getCell("B2"))).toBeUndefined();
    expect(ws.getCell("B2").font).toEqual(original.getWorksheet(SHEET)!.getCell("B2").font);
  });

  it("keeps a note on an empty cell (a gap), even one with no fill", async () => {
    const wb = await roundTrip(usersWorkbook());
    annotateWorkbook(wb, [
      finding({ rule: "total-104w", cells: ["F2"], message: "空き", message_en: "gap" }),
      finding({ rule: "rec-8w", severity: "info", cells: ["G2"], message: "推奨", message_en: "recommended" }),
    ]);
    const ws = (await roundTrip(wb)).getWorksheet(SHEET)!;
    expect(ws.getCell("F2").value).toBeNull();
    expect(noteText(ws.getCell("F2").note)).toBe("【Rota】エラー total-104w: 空き");
    expect(fillArgb(ws.getCell("F2"))).toBe(SEVERITY_FILL.error);
    expect(ws.getCell("G2").value).toBeNull();
    expect(noteText(ws.getCell("G2").note)).toBe("【Rota】情報 rec-8w: 推奨");
    expect(fillArgb(ws.getCell("G2"))).toBeUndefined();
  });

  it("marks a cell under a very large merge at the merge's top-left cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    ws.getCell("A10").value = "休職";
    ws.mergeCells("A10:B6000"); // 11,982 cells: checked directly, not indexed
    ws.getCell("C5").value = "内科";
    ws.mergeCells("C5:E5");
    const summary = annotateWorkbook(wb, [finding({ cells: ["B100"] }), finding({ rule: "block-4w", severity: "warning", cells: ["E5"] })]);
    expect(summary.cells).toBe(2);
    const back = (await roundTrip(wb)).getWorksheet(SHEET)!;
    expect(fillArgb(back.getCell("A10"))).toBe(SEVERITY_FILL.error);
    expect(noteText(back.getCell("A10").note)).toContain("em-12w");
    expect(noteText(back.getCell("C5").note)).toContain("block-4w");
  });

  it("writes English notes with lang en", async () => {
    const wb = await roundTrip(usersWorkbook());
    annotateWorkbook(wb, [findings[1]!], { lang: "en" });
    expect(noteText((await roundTrip(wb)).getWorksheet(SHEET)!.getCell("D2").note)).toBe("ユーザーのメモ\n[Rota] error em-12w: Emergency 8 weeks (12 required)");
  });
});

describe("noteLine", () => {
  it("reads severity, rule and message", () => {
    expect(noteLine(finding({}))).toBe("【Rota】エラー em-12w: 救急 8週 (必要 12週以上)");
    expect(noteLine(finding({ severity: "info", rule: "rec-8w", message_en: "x" }), "en")).toBe("[Rota] info rec-8w: x");
  });
});
