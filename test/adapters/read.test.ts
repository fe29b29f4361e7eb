import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { cellValue, loadWorkbook, readWorkbook, WorkbookReadError } from "../../src/adapters/xlsx";
import type { WorkbookReadFailure } from "../../src/adapters/xlsx";
import type { SheetData } from "../../src/engine/model/sheet";
import { tempDir, workbookBytes, writeFixture } from "../fixtures";

/** The value at an A1 address of a sheet as read (null past the ragged end). */
function at(sheet: SheetData, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return sheet.rows[Number(m[2]) - 1]?.[col - 1] ?? null;
}

function everyKindWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("値");
  ws.getCell("A1").value = 42.5;
  ws.getCell("B1").value = "必修\n内科\n（血液）";
  ws.getCell("C1").value = true;
  ws.getCell("D1").value = new Date(Date.UTC(2026, 3, 1));
  ws.getCell("D1").numFmt = "yyyy-mm-dd";
  ws.getCell("E1").value = { error: "#N/A" };
  ws.getCell("F1").value = "";
  ws.getCell("A2").value = { formula: "A1*2", result: 85 };
  ws.getCell("B2").value = { formula: "DATE(2026,5,1)", result: new Date(Date.UTC(2026, 4, 1)) };
  ws.getCell("B2").numFmt = "yyyy-mm-dd";
  ws.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("D2").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
  ws.getCell("E2").value = { formula: 'A3&"科"', result: "救急科" };
  ws.getCell("A4").value = { formula: "A1+1", result: 43.5, shareType: "shared", ref: "A4:A5" } as ExcelJS.CellValue;
  ws.getCell("A5").value = { sharedFormula: "A4", result: 44.5 } as ExcelJS.CellValue;
  ws.getCell("A3").value = { richText: [{ text: "救急", font: { bold: true } }, { text: "（ICU）" }] };
  ws.getCell("B3").value = { text: "UMIN", hyperlink: "https://www.umin.ac.jp/" };
  ws.getCell("C3").value = { text: { richText: [{ text: "リンク" }, { text: "先" }] }, hyperlink: "https://example.org/" } as unknown as ExcelJS.CellValue;
  ws.getCell("B6").value = "内科";
  ws.mergeCells("B6:D6");
  ws.getCell("F6").value = "救急";
  ws.mergeCells("F6:F8");
  ws.getCell("H10").value = "far";
  wb.addWorksheet("空");
  return wb;
}

describe("readWorkbook", () => {
  let sheets: SheetData[];

  beforeAll(async () => {
    const file = await writeFixture(everyKindWorkbook(), "kinds.xlsx");
    sheets = (await readWorkbook(file)).sheets;
  });

  it("reads every worksheet in order, with origin A1", () => {
    expect(sheets.map((s) => s.name)).toEqual(["値", "空"]);
    expect(sheets[0]!.origin).toEqual({ row: 0, col: 0 });
    expect(sheets[1]!.rows).toEqual([]);
    expect(sheets[1]!.merges).toEqual([]);
  });

  it("keeps numbers, strings (line breaks included), booleans and dates as they are", () => {
    const s = sheets[0]!;
    expect(at(s, "A1")).toBe(42.5);
    expect(at(s, "B1")).toBe("必修\n内科\n（血液）");
    expect(at(s, "C1")).toBe(true);
    expect(at(s, "D1")).toEqual(new Date(Date.UTC(2026, 3, 1)));
  });

  it("turns error cells into { error }", () => {
    expect(at(sheets[0]!, "E1")).toEqual({ error: "#N/A" });
  });

  it("reads an empty string as an empty cell", () => {
    expect(at(sheets[0]!, "F1")).toBeNull();
  });

  it("gives a formula's cached result: number, date, error, string, none", () => {
    const s = sheets[0]!;
    expect(at(s, "A2")).toBe(85);
    expect(at(s, "B2")).toEqual(new Date(Date.UTC(2026, 4, 1)));
    expect(at(s, "C2")).toEqual({ error: "#DIV/0!" });
    // No saved result: never an empty cell (issue 13), the formula itself, marked uncalculated.
    expect(at(s, "D2")).toEqual({ error: "#UNCALCULATED", formula: "NOW()" });
    expect(at(s, "E2")).toBe("救急科");
  });

  it("gives a shared formula's cached result", () => {
    expect(at(sheets[0]!, "A4")).toBe(43.5);
    expect(at(sheets[0]!, "A5")).toBe(44.5);
  });

  it("joins rich text and gives a hyperlink's text", () => {
    const s = sheets[0]!;
    expect(at(s, "A3")).toBe("救急（ICU）");
    expect(at(s, "B3")).toBe("UMIN");
    expect(at(s, "C3")).toBe("リンク先");
  });

  it("gives merged areas 0-based and leaves the cells under a merge empty", () => {
    const s = sheets[0]!;
    expect(s.merges).toEqual([
      { top: 5, left: 1, bottom: 5, right: 3 },
      { top: 5, left: 5, bottom: 7, right: 5 },
    ]);
    expect(at(s, "B6")).toBe("内科");
    expect(at(s, "C6")).toBeNull();
    expect(at(s, "D6")).toBeNull();
    expect(at(s, "F6")).toBe("救急");
    expect(at(s, "F7")).toBeNull();
  });

  it("places a far cell at its own row and column", () => {
    expect(sheets[0]!.rows.length).toBe(10);
    expect(at(sheets[0]!, "H10")).toBe("far");
  });

  it("never changes the file it reads", async () => {
    const file = await writeFixture(everyKindWorkbook(), "same.xlsx");
    const before = await fs.readFile(file);
    const stat = await fs.stat(file);
    await readWorkbook(file);
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect((await fs.stat(file)).mtimeMs).toBe(stat.mtimeMs);
  });
});

describe("cellValue", () => {
  it("converts each exceljs value kind", () => {
    expect(cellValue(null)).toBeNull();
    expect(cellValue(undefined)).toBeNull();
    expect(cellValue(Number.NaN)).toBeNull();
    expect(cellValue({ formula: "X", result: { error: "#REF!" } })).toEqual({ error: "#REF!" });
    expect(cellValue({ sharedFormula: "A1", result: "内科" })).toBe("内科");
    expect(cellValue({ richText: [] })).toBeNull();
    expect(cellValue({ text: "a", hyperlink: "b" })).toBe("a");
  });
});

describe("readWorkbook failures", () => {
  const dir = tempDir();

  async function failure(file: string): Promise<WorkbookReadError> {
    try {
      await readWorkbook(file);
    } catch (err) {
      expect(err).toBeInstanceOf(WorkbookReadError);
      return err as WorkbookReadError;
    }
    throw new Error(`${file} was read`);
  }

  function expectOneLine(err: WorkbookReadError, file: string, reason: WorkbookReadFailure): void {
    expect(err.reason).toBe(reason);
    expect(err.message).not.toMatch(/\n/);
    expect(err.message.startsWith("ブックを読めません: ")).toBe(true);
    expect(err.message).toContain(path.basename(file));
    expect(err.message).toContain(" / cannot read workbook ");
  }

  it("names a missing file", async () => {
    const file = path.join(dir, "nothing.xlsx");
    const err = await failure(file);
    expectOneLine(err, file, "missing");
    expect(err.message).toContain("ファイルがありません");
    expect(err.message).toContain("no such file");
  });

  it("refuses a directory", async () => {
    expectOneLine(await failure(dir), dir, "directory");
  });

  it("refuses an empty file", async () => {
    const file = path.join(dir, "empty.xlsx");
    await fs.writeFile(file, "");
    expectOneLine(await failure(file), file, "empty");
  });

  it("reads a CSV as one sheet named after the file (issue 8: it was refused)", async () => {
    const file = path.join(dir, "plans.csv");
    await fs.writeFile(file, "氏名,1,2\n研修医 太郎,内科,内科\n");
    const { sheets, format } = await readWorkbook(file);
    expect(format).toBe("csv");
    expect(sheets).toEqual([{ name: "plans", rows: [["氏名", 1, 2], ["研修医 太郎", "内科", "内科"]], origin: { row: 0, col: 0 }, merges: [] }]);
  });

  it("refuses a file that is no workbook at all (a PDF)", async () => {
    const file = path.join(dir, "plans.pdf");
    await fs.writeFile(file, Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(64)]));
    expectOneLine(await failure(file), file, "not-xlsx");
  });

  it("says a password-protected workbook is password-protected", async () => {
    const file = path.join(dir, "locked.xlsx");
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
    Buffer.from("EncryptionInfo", "utf16le").copy(cfb, 1024);
    Buffer.from("EncryptedPackage", "utf16le").copy(cfb, 1152);
    await fs.writeFile(file, cfb);
    const err = await failure(file);
    expectOneLine(err, file, "encrypted");
    expect(err.message).toContain("パスワードで保護");
    expect(err.message).toContain("password-protected");
  });

  it("tells a damaged legacy .xls from an encrypted workbook (a readable .xls is read: see other-formats.test)", async () => {
    const file = path.join(dir, "old.xls");
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
    Buffer.from("Workbook", "utf16le").copy(cfb, 1024);
    await fs.writeFile(file, cfb);
    const err = await failure(file);
    expectOneLine(err, file, "malformed");
    expect(err.message).toContain(".xls");
  });

  it("refuses a truncated (corrupt) zip", async () => {
    const bytes = await workbookBytes(everyKindWorkbook());
    const file = path.join(dir, "broken.xlsx");
    await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = await failure(file);
    expectOneLine(err, file, "corrupt");
    expect(err.message).toContain("corrupt");
  });

  it("refuses a zip that holds no workbook", async () => {
    // A minimal zip with one stored file "a.txt" (no compression), built by hand.
    const name = Buffer.from("a.txt");
    const data = Buffer.from("hello\n");
    const crc = 0x363a3020; // crc32("hello\n")
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    const centralOffset = local.length + name.length + data.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(centralOffset, 16);
    const file = path.join(dir, "archive.xlsx");
    await fs.writeFile(file, Buffer.concat([local, name, data, central, name, end]));
    expectOneLine(await failure(file), file, "not-workbook");
  });

  it("loads from a buffer with the same checks", async () => {
    await expect(loadWorkbook(Buffer.from("not a workbook"), "upload.xlsx")).rejects.toThrow(/upload\.xlsx/);
  });
});
