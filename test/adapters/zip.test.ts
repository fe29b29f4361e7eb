import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { excelWorkbook, readWorkbook, workbookBuffer, writeWorkbookFile } from "../../src/adapters/xlsx";
import { crc32, readZipEntry, replaceZipEntry } from "../../src/adapters/xlsx/zip";
import { tempDir } from "../fixtures";

const FIRST_FONT = /<fonts\b[^>]*>\s*(<font\b[^>]*\/>|<font\b[^>]*>[\s\S]*?<\/font>)/;

async function small(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = "内科";
  ws.getCell("B1").value = "救急";
  ws.getCell("B1").font = { bold: true };
  return workbookBuffer(wb);
}

/** The package as Japanese Excel writes it: font 0 is 游ゴシック with charset 128. */
async function japaneseDefaultFont(): Promise<Buffer> {
  const bytes = await small();
  const styles = readZipEntry(bytes, "xl/styles.xml")!.toString("utf8");
  const yu = '<font><sz val="11"/><color theme="1"/><name val="游ゴシック"/><family val="2"/><charset val="128"/><scheme val="minor"/></font>';
  return replaceZipEntry(bytes, "xl/styles.xml", Buffer.from(styles.replace(FIRST_FONT, (all, font: string) => all.replace(font, yu))))!;
}

describe("crc32", () => {
  it("matches the reference value", () => {
    expect(crc32(Buffer.from("hello\n"))).toBe(0x363a3020);
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });
});

describe("readZipEntry / replaceZipEntry", () => {
  it("reads a part and replaces it in a package exceljs still loads", async () => {
    const bytes = await small();
    expect(readZipEntry(bytes, "xl/workbook.xml")!.toString("utf8")).toContain("<workbook");
    expect(readZipEntry(bytes, "no/such.xml")).toBeUndefined();
    const core = readZipEntry(bytes, "docProps/app.xml")!.toString("utf8");
    const patched = replaceZipEntry(bytes, "docProps/app.xml", Buffer.from(core.replace("<Application>", "<Application>Rota ")))!;
    expect(readZipEntry(patched, "docProps/app.xml")!.toString("utf8")).toContain("<Application>Rota ");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(patched as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("S")!.getCell("A1").value).toBe("内科");
  });

  it("gives undefined for what is not a zip", () => {
    expect(readZipEntry(Buffer.from("plain text"), "a")).toBeUndefined();
    expect(replaceZipEntry(Buffer.from("plain text"), "a", Buffer.from("b"))).toBeUndefined();
  });
});

describe("the workbook's default font", () => {
  it("survives reading, editing and writing through exceljs (exceljs alone would make it Calibri)", async () => {
    const dir = tempDir();
    const input = path.join(dir, "yu.xlsx");
    await fs.writeFile(input, await japaneseDefaultFont());
    const loaded = await readWorkbook(input);
    const workbook = await excelWorkbook(loaded);
    workbook.getWorksheet("S")!.getCell("A1").note = "a note";
    const out = path.join(dir, "out.xlsx");
    await writeWorkbookFile(workbook, out);
    const written = await fs.readFile(out);
    const font = FIRST_FONT.exec(readZipEntry(written, "xl/styles.xml")!.toString("utf8"))![1]!;
    expect(font).toContain('<name val="游ゴシック"/>');
    expect(font).toContain('<charset val="128"/>');
    const back = await readWorkbook(out);
    expect(back.sheets).toEqual(loaded.sheets);
    expect((await excelWorkbook(back)).getWorksheet("S")!.getCell("B1").font).toMatchObject({ bold: true });
  });

  it("leaves a workbook made from scratch with exceljs's default", async () => {
    const font = FIRST_FONT.exec(readZipEntry(await small(), "xl/styles.xml")!.toString("utf8"))![1]!;
    expect(font).toContain("Calibri");
  });
});
