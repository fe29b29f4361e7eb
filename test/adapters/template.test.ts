import type * as ExcelJS from "exceljs";
import { excelWorkbook, LIST_SHEET, loadWorkbook, templateWorkbook, workbookBuffer } from "../../src/adapters/xlsx";
import type { CellRole, TemplateSheet } from "../../src/engine/templates/template-sheet";
import { renderCourseTemplate } from "../../src/engine";

const LONG_LIST = Array.from({ length: 40 }, (_, i) => `選択 診療科その${i + 1}`);

/** A small template by hand: every role, a merge, a date, multi-line text, a short and a long list. */
function handTemplate(name = "A コース"): TemplateSheet {
  const roles = new Map<string, CellRole>([
    ["0,0", "title"],
    ["1,0", "label"],
    ["1,1", "value"],
    ["2,0", "year"],
    ["3,0", "header"],
    ["3,1", "header"],
    ["3,2", "header"],
    ["4,0", "rotation"],
    ["4,1", "rotation"],
    ["4,2", "rotation"],
    ["5,0", "note"],
  ]);
  return {
    sheet: {
      name,
      rows: [
        ["A コース"],
        ["研修開始日", new Date(Date.UTC(2026, 3, 1))],
        ["1 年次 大学病院"],
        ["4 週", "8 週", "12 週"],
        ["必修\n内科\n（血液）", null, "必修\n救急"],
        ["既定値です"],
      ],
      merges: [{ top: 4, left: 0, bottom: 4, right: 1 }],
    },
    roles,
    columnWidths: [12, 10, 10],
    lists: [
      { top: 4, left: 0, bottom: 4, right: 2, values: ["必修\n内科", "救急", "外科"] },
      { top: 6, left: 0, bottom: 6, right: 1, values: LONG_LIST },
    ],
  };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return excelWorkbook(await loadWorkbook(await workbookBuffer(wb)));
}

describe("templateWorkbook", () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    wb = await roundTrip(templateWorkbook([{ template: handTemplate() }, { template: handTemplate(), name: "A コース" }, { template: handTemplate("bad/name:[x]") }]));
    ws = wb.getWorksheet("A コース")!;
  });

  it("names the sheets from the templates, made unique and valid, the list sheet last and hidden", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["A コース", "A コース (2)", "bad_name__x_", LIST_SHEET]);
    expect(wb.getWorksheet(LIST_SHEET)!.state).toBe("hidden");
  });

  it("writes the values, a date as a date shown yyyy-mm-dd", () => {
    expect(ws.getCell("A1").value).toBe("A コース");
    expect(ws.getCell("B2").value).toEqual(new Date(Date.UTC(2026, 3, 1)));
    expect(ws.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("A5").value).toBe("必修\n内科\n（血液）");
    expect(ws.getCell("C5").value).toBe("必修\n救急");
  });

  it("writes the merges", () => {
    expect(ws.model.merges).toEqual(["A5:B5"]);
  });

  it("styles by role", () => {
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A3").font).toMatchObject({ bold: true });
    expect(ws.getCell("B4").alignment).toMatchObject({ horizontal: "center" });
    expect((ws.getCell("B4").fill as ExcelJS.FillPattern).pattern).toBe("solid");
    expect(ws.getCell("C5").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("C5").border.left).toMatchObject({ style: "thin" });
    // The merged cell's hidden part carries the border too, so the box is drawn all round.
    expect(ws.getCell("B5").border.right).toMatchObject({ style: "thin" });
    expect(ws.getCell("A6").font).toMatchObject({ italic: true });
  });

  it("sets column widths and a row height for multi-line cells", () => {
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([12, 10, 10]);
    expect(ws.getRow(5).height).toBeGreaterThanOrEqual(48);
    expect(ws.getRow(4).height).toBeUndefined();
  });

  it("writes a short list inline and a long one from the hidden list sheet", () => {
    expect(ws.getCell("A5").dataValidation).toMatchObject({ type: "list", formulae: ['"必修\n内科,救急,外科"'] });
    expect(ws.getCell("C5").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("A7").dataValidation).toMatchObject({ type: "list", formulae: [`'${LIST_SHEET}'!$A$1:$A$40`] });
    expect(ws.getCell("B7").dataValidation.formulae).toEqual([`'${LIST_SHEET}'!$A$1:$A$40`]);
    expect(ws.getCell("C7").dataValidation).toBeUndefined();
    const lists = wb.getWorksheet(LIST_SHEET)!;
    expect(lists.getCell("A1").value).toBe(LONG_LIST[0]);
    expect(lists.getCell("A40").value).toBe(LONG_LIST[39]);
    // the three sheets share the one column
    expect(lists.getCell("B1").value).toBeNull();
  });
});

describe("templateWorkbook on the engine's course template", () => {
  it("writes course A as the engine laid it out, merges and all", async () => {
    const template = renderCourseTemplate("A", { name: "研修 太郎", start: new Date(Date.UTC(2026, 3, 1)) });
    const wb = await roundTrip(templateWorkbook([{ template }]));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe(template.sheet.name);
    const merges = (template.sheet.merges ?? []).length;
    expect(ws.model.merges).toHaveLength(merges);
    const { sheets } = await loadWorkbook(await workbookBuffer(wb));
    // Reading the written sheet back gives the template's own values, cell for cell.
    template.sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        expect([r, c, sheets[0]!.rows[r]?.[c] ?? null]).toEqual([r, c, value]);
      }),
    );
  });
});
