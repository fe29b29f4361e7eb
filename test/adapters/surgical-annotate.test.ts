import * as ExcelJS from "exceljs";
import { strToU8, unzipSync } from "fflate";
import * as XLSX from "@e965/xlsx";
import { annotatePackage } from "../../src/adapters/workbook/annotate";
import { excelWorkbook, loadWorkbook, workbookBuffer } from "../../src/adapters/xlsx";
import { rewriteZip } from "../../src/adapters/xlsx/zip";
import { validateWorkbook, type Finding } from "../../src/engine";
import { isRotaFormula } from "../../src/engine/present";
import { CLEAN_PLAN, cohortLayout, cohortWorkbook, SHORT_EM_PLAN } from "../fixtures";

/**
 * `--annotate` edits the user's own package: Rota's conditional formats and notes go in, every other
 * part comes out byte for byte, and a second, independent reader (SheetJS, with fflate to unzip)
 * sees the same workbook with Rota's marks on it.
 */

const SHEET = "2026年度";
const SHEET_PART = "xl/worksheets/sheet1.xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex");

const options = {
  header: "blocks" as const,
  yearRow: true,
  trainees: [
    { name: "研修医 一郎", course: "A", rotations: CLEAN_PLAN },
    { name: "研修医 二郎", course: "A", rotations: SHORT_EM_PLAN },
  ],
};
const layout = cohortLayout(options);
const emCell = layout.trainees[1]!.rotations.find((r) => r.text === "救急")!.cells[0]!;
const nameCell = layout.trainees[1]!.nameCell;

/** What real coordinators' files hold besides the grid, the user's own marks on the offending cell among them. */
async function userWorkbook(): Promise<Buffer> {
  const wb = cohortWorkbook(options);
  const ws = wb.getWorksheet(SHEET)!;
  ws.getCell(emCell).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B0F0" } }; // the user's own blue
  ws.getCell(emCell).note = "要相談 (ユーザーのメモ)";
  ws.getCell("A1").note = "ユーザーの別のメモ";
  ws.getCell(nameCell).dataValidation = { type: "textLength", operator: "lessThan", formulae: [30], allowBlank: true };
  wb.definedNames.add(`'${SHEET}'!$A$1:$A$3`, "名簿");
  ws.addConditionalFormatting({ ref: "B4:B5", rules: [{ type: "expression", priority: 1, formulae: ["LEN(B4)>10"], style: { font: { bold: true } } }] });
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(image, "AD2:AE4");
  const bytes = await workbookBuffer(wb);
  // Parts exceljs does not write: a chart, a threaded comment, a pivot table, hung on the sheet.
  const files = unzipSync(bytes);
  const relsName = "xl/worksheets/_rels/sheet1.xml.rels";
  const rels = Buffer.from(files[relsName]!).toString("utf8");
  const extra = `<Relationship Id="rIdChart" Type="${REL}/chart" Target="../charts/chart1.xml"/><Relationship Id="rIdThread" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/><Relationship Id="rIdPivot" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`;
  return rewriteZip(
    bytes,
    new Map<string, Buffer | null>([
      [relsName, Buffer.from(rels.replace("</Relationships>", `${extra}</Relationships>`))],
      ["xl/charts/chart1.xml", Buffer.from('<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>')],
      ["xl/threadedComments/threadedComment1.xml", Buffer.from('<?xml version="1.0"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="AC1" id="{1}"><text>スレッドのコメント</text></threadedComment></ThreadedComments>')],
      ["xl/pivotTables/pivotTable1.xml", Buffer.from('<?xml version="1.0"?><pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="P"/>')],
    ]),
  )!;
}

const partsOf = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);
const textOf = (parts: Record<string, Uint8Array>, name: string): string => Buffer.from(parts[name]!).toString("utf8");
const noteText = (note: string | ExcelJS.Comment | undefined): string => (typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join(""));

describe("the annotated copy as a surgical edit", () => {
  let input: Buffer;
  let findings: readonly Finding[];
  let copy: ReturnType<typeof annotatePackage>;
  beforeAll(async () => {
    input = await userWorkbook();
    const { sheets } = await loadWorkbook(input, "in.xlsx");
    findings = validateWorkbook(sheets).findings;
    copy = annotatePackage(input, sheets, findings);
  });

  it("marks the findings' cells", () => {
    expect(findings.some((f) => f.rule === "em-12w")).toBe(true);
    expect(copy.cells).toBeGreaterThan(0);
    expect(copy.unplaced).toEqual([]);
  });

  it("copies every part it did not need to touch byte for byte, and loses none", () => {
    const before = partsOf(input);
    const after = partsOf(copy.bytes);
    const touched = new Set([SHEET_PART, "xl/worksheets/_rels/sheet1.xml.rels", "xl/styles.xml", "[Content_Types].xml", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]);
    for (const name of Object.keys(before)) {
      expect(after[name]).toBeDefined();
      if (!touched.has(name)) expect({ name, same: Buffer.compare(Buffer.from(after[name]!), Buffer.from(before[name]!)) === 0 }).toEqual({ name, same: true });
    }
    expect(Object.keys(before).filter((n) => n.startsWith("xl/charts/") || n.startsWith("xl/threadedComments/") || n.startsWith("xl/pivotTables/") || (n.startsWith("xl/media/") && !n.endsWith("/")))).toHaveLength(4);
  });

  it("only adds to the sheet: without Rota's conditional formats the sheet's XML is the user's", () => {
    const before = textOf(partsOf(input), SHEET_PART);
    const after = textOf(partsOf(copy.bytes), SHEET_PART);
    const stripped = after.replace(/<conditionalFormatting [^>]*><cfRule [^>]*><formula>ISTEXT\(&quot;Rota highlight: \w+&quot;\)<\/formula><\/cfRule><\/conditionalFormatting>/g, "");
    // The user's own rule moved after Rota's in priority, nothing else.
    expect(stripped.replace(/priority="\d+"/g, "")).toBe(before.replace(/priority="\d+"/g, ""));
    const rels = textOf(partsOf(copy.bytes), "xl/worksheets/_rels/sheet1.xml.rels");
    for (const id of ["rIdChart", "rIdThread", "rIdPivot"]) expect(rels).toContain(`Id="${id}"`);
  });

  it("reads in a second, independent reader (SheetJS) with the same values and Rota's notes beside the user's", () => {
    const theirs = XLSX.read(copy.bytes, { type: "buffer", cellStyles: true });
    const original = XLSX.read(input, { type: "buffer" });
    const ws = theirs.Sheets[SHEET]!;
    for (const [address, cell] of Object.entries(original.Sheets[SHEET]!)) {
      if (address.startsWith("!")) continue;
      expect({ address, v: (ws[address] as XLSX.CellObject | undefined)?.v }).toEqual({ address, v: (cell as XLSX.CellObject).v });
    }
    const comments = (ws[emCell] as XLSX.CellObject).c!.map((c) => c.t).join("\n");
    expect(comments).toContain("要相談 (ユーザーのメモ)");
    expect(comments).toMatch(/【Rota】エラー em-12w/);
    expect(((ws["A1"] as XLSX.CellObject).c ?? []).map((c) => c.t)).toEqual(["ユーザーの別のメモ"]);
    expect(theirs.Workbook?.Names?.map((n) => n.Name)).toContain("名簿");
  });

  it("keeps the user's fill in the cell and highlights with a conditional format over it (removing it shows the fill again)", async () => {
    const wb = await excelWorkbook({ bytes: copy.bytes, label: "copy.xlsx" });
    const ws = wb.getWorksheet(SHEET)!;
    expect((ws.getCell(emCell).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF00B0F0");
    const formats = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[]; style?: { fill?: ExcelJS.FillPattern } }> }> }).conditionalFormattings;
    const ours = formats.filter((cf) => cf.rules.some((r) => isRotaFormula(r.formulae?.[0])));
    expect(ours.map((cf) => cf.ref).join(" ")).toContain(emCell);
    expect(ours.flatMap((cf) => cf.rules.map((r) => r.style?.fill?.bgColor?.argb))).toContain("FFFFC7CE");
    expect(formats.some((cf) => cf.rules.some((r) => r.formulae?.[0] === "LEN(B4)>10"))).toBe(true);
    expect(ws.getCell(nameCell).dataValidation).toMatchObject({ type: "textLength" });
    expect(noteText(ws.getCell(emCell).note)).toMatch(/^要相談 \(ユーザーのメモ\)\n【Rota】エラー em-12w/);
  });

  describe("when the copy is annotated again", () => {
    it("replaces Rota's marks and keeps the user's", async () => {
      const { sheets } = await loadWorkbook(copy.bytes, "copy.xlsx");
      const em = findings.filter((f) => f.rule === "em-12w");
      const again = annotatePackage(copy.bytes, sheets, em);
      const parts = partsOf(again.bytes);
      const comments = textOf(parts, "xl/comments1.xml");
      expect(comments.match(/【Rota】/g)).toHaveLength(1);
      expect(comments).toContain("要相談 (ユーザーのメモ)");
      expect(comments).toContain("ユーザーの別のメモ");
      expect(textOf(parts, SHEET_PART).match(/Rota highlight/g)).toHaveLength(1);
      // The two dxfs are reused, not added again.
      expect(textOf(parts, "xl/styles.xml")).toBe(textOf(partsOf(copy.bytes), "xl/styles.xml"));
    });

    it("with nothing left to mark, takes every Rota mark off and leaves the user's notes and rules", async () => {
      const { sheets } = await loadWorkbook(copy.bytes, "copy.xlsx");
      const clean = partsOf(annotatePackage(copy.bytes, sheets, []).bytes);
      expect(textOf(clean, SHEET_PART)).not.toContain("Rota highlight");
      expect(textOf(clean, SHEET_PART)).toContain("LEN(B4)&gt;10");
      const comments = textOf(clean, "xl/comments1.xml");
      expect(comments).not.toMatch(/Rota】/);
      expect(comments).toContain("要相談 (ユーザーのメモ)");
    });
  });

  it("adds notes and their parts to a sheet that had none", async () => {
    const wb = cohortWorkbook(options);
    const bytes = await workbookBuffer(wb);
    const { sheets } = await loadWorkbook(bytes, "plain.xlsx");
    const out = annotatePackage(bytes, sheets, validateWorkbook(sheets).findings);
    const parts = partsOf(out.bytes);
    const comments = Object.keys(parts).filter((n) => /^xl\/comments\d+\.xml$/.test(n));
    expect(comments).toHaveLength(1);
    expect(textOf(parts, "[Content_Types].xml")).toContain(`PartName="/${comments[0]}"`);
    expect(textOf(parts, "[Content_Types].xml")).toMatch(/Extension="vml"/);
    expect(textOf(parts, SHEET_PART)).toMatch(/<legacyDrawing r:id="rIdRota\d+"\/>/);
    const ws = XLSX.read(out.bytes, { type: "buffer" }).Sheets[SHEET]!;
    expect(((ws[emCell] as XLSX.CellObject).c ?? []).map((c) => c.t).join("")).toMatch(/^【Rota】エラー em-12w/);
    void strToU8;
  });
});
