import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { sheetData, templateWorkbook, workbookBuffer } from "../../src/adapters/xlsx";
import { readXlsxSheets } from "../../src/adapters/workbook/read";
import { renderCourseTemplate } from "../../src/engine";
import { renderCsTemplate } from "../../src/engine/cs/template";
import type { SheetData } from "../../src/engine";
import { addCapacitySheet, CLEAN_PLAN, CLEAN_PLAN_MONTHS, cohortWorkbook, courseSheetWorkbook, courseSpec, SHORT_EM_PLAN, tempDir } from "../fixtures";
import type { Continuation, HeaderKind } from "../fixtures";

/**
 * Rota's streaming reader and exceljs give the same sheets (values, their types, positions and
 * merged areas) on every kind of fixture, the bundled examples, the templates Rota writes, and the
 * same workbooks saved again by LibreOffice (a second writer with habits of its own: shared
 * strings, styles, its own merge and row markup).
 */

const SOFFICE = "/usr/bin/soffice";
const EXAMPLES = path.join(__dirname, "..", "..", "examples");

async function fixtures(): Promise<Array<[string, Buffer]>> {
  const out: Array<[string, Buffer]> = [];
  const headers: HeaderKind[] = ["blocks", "weeks", "months", "dates", "serial-dates"];
  const continuations: Continuation[] = ["merge", "repeat", "ditto"];
  for (const header of headers) {
    for (const continuation of continuations) {
      const plan = header === "months" ? CLEAN_PLAN_MONTHS : CLEAN_PLAN;
      const wb = cohortWorkbook({
        header,
        continuation,
        yearRow: true,
        title: "2026年度 研修医ローテーション表",
        trainees: [
          { name: "研修医 一郎", course: "A", rotations: plan },
          { name: "研修医 二郎", course: "B", rotations: header === "months" ? plan : SHORT_EM_PLAN },
        ],
      });
      if (header === "blocks" && continuation === "merge") addCapacitySheet(wb, [{ field: "内科", capacity: 4 }]);
      out.push([`cohort-${header}-${continuation}.xlsx`, await workbookBuffer(wb)]);
    }
  }
  for (const continuation of ["merge", "repeat"] as const) {
    out.push([`courses-${continuation}.xlsx`, await workbookBuffer(courseSheetWorkbook({ courses: [courseSpec("A"), courseSpec("B"), courseSpec("C")], continuation }))]);
  }
  out.push(["templates.xlsx", await workbookBuffer(templateWorkbook([{ template: renderCourseTemplate("A") }, { template: renderCourseTemplate("B") }, { template: renderCsTemplate({ name: "研究 花子" }) }]))]);
  for (const name of await fs.readdir(EXAMPLES)) if (name.endsWith(".xlsx") && !name.includes(".annotated.")) out.push([name, await fs.readFile(path.join(EXAMPLES, name))]);
  return out;
}

/** The same workbooks saved by LibreOffice (when it is installed). */
async function viaLibreOffice(files: Array<[string, Buffer]>): Promise<Array<[string, Buffer]>> {
  if (!existsSync(SOFFICE)) return [];
  const dir = tempDir("rota-lo-");
  const inDir = path.join(dir, "in");
  const outDir = path.join(dir, "out");
  await fs.mkdir(inDir);
  const names = files.map(([name], i) => `f${i}-${name.replace(/[^\w.-]/g, "_")}`);
  await Promise.all(files.map(([, bytes], i) => fs.writeFile(path.join(inDir, names[i]!), bytes)));
  execFileSync(SOFFICE, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ...names.map((n) => path.join(inDir, n))], {
    stdio: "ignore",
    timeout: 240_000,
  });
  return Promise.all(names.map(async (n, i): Promise<[string, Buffer]> => [`LibreOffice ${files[i]![0]}`, await fs.readFile(path.join(outDir, n))]));
}

async function viaExcelJs(bytes: Buffer): Promise<SheetData[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets.map(sheetData);
}

/** Rows without trailing empty ones (exceljs lists a row that only has styles). */
function trimmed(sheets: SheetData[]): SheetData[] {
  return sheets.map((s) => {
    const rows = s.rows.map((r) => [...r]);
    while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
    return { ...s, rows: rows.map((r) => (r.every((v) => v === null) ? [] : r)) };
  });
}

describe("the streaming reader against exceljs", () => {
  let cases: Array<[string, Buffer]> = [];
  beforeAll(async () => {
    const own = await fixtures();
    cases = [...own, ...(await viaLibreOffice(own))];
  }, 300_000);

  it("covers the fixtures, the examples and LibreOffice's copies", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    if (existsSync(SOFFICE)) expect(cases.filter(([n]) => n.startsWith("LibreOffice")).length).toBe(cases.length / 2);
  });

  it("gives identical sheets: names, values with their types, positions, merges", async () => {
    for (const [name, bytes] of cases) {
      const ours = trimmed(readXlsxSheets(bytes, name));
      const theirs = trimmed(await viaExcelJs(bytes));
      expect({ name, sheets: ours }).toEqual({ name, sheets: theirs });
    }
  });
});
