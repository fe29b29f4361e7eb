import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import * as Encoding from "encoding-japanese";
import { loadWorkbook, readWorkbook, workbookBuffer } from "../../src/adapters/xlsx";
import { validateWorkbook, type SheetData } from "../../src/engine";
import { CLEAN_PLAN, cohortWorkbook, SHORT_EM_PLAN, tempDir } from "../fixtures";

/**
 * .xls (Excel 97-2003) and .ods read through SheetJS, .csv through Rota's own CSV reader (UTF-8,
 * UTF-16, Shift_JIS): the same grid, values and merges as the .xlsx they were saved from.
 */

const SOFFICE = "/usr/bin/soffice";
const options = {
  header: "blocks" as const,
  yearRow: true,
  title: "2026年度 研修医ローテーション表",
  trainees: [
    { name: "研修医 一郎", course: "A", rotations: CLEAN_PLAN },
    { name: "研修医 二郎", course: "B", rotations: SHORT_EM_PLAN },
  ],
};

/** Values, positions and merges, without trailing empty rows. */
const shape = (sheets: readonly SheetData[]) =>
  sheets.map((s) => {
    const rows = s.rows.map((r) => [...r]);
    while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
    return { name: s.name, rows, merges: s.merges };
  });

describe("workbooks saved as .xls and .ods (by LibreOffice)", () => {
  const dir = tempDir("rota-formats-");
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await workbookBuffer(cohortWorkbook(options));
    await fs.writeFile(path.join(dir, "cohort.xlsx"), xlsx);
    if (!existsSync(SOFFICE)) return;
    for (const format of ["xls", "ods"]) {
      execFileSync(SOFFICE, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", format, "--outdir", dir, path.join(dir, "cohort.xlsx")], { stdio: "ignore", timeout: 120_000 });
    }
  }, 240_000);

  it.each(["xls", "ods"])("reads the .%s with the same values and merges as the .xlsx, and finds the same findings", async (format) => {
    if (!existsSync(SOFFICE)) return;
    const file = path.join(dir, `cohort.${format}`);
    const loaded = await readWorkbook(file);
    expect(loaded.format).toBe(format);
    const original = await loadWorkbook(xlsx, "cohort.xlsx");
    expect(shape(loaded.sheets)).toEqual(shape(original.sheets));
    const rules = (sheets: readonly SheetData[]) => validateWorkbook(sheets).findings.map((f) => [f.rule, f.trainee, f.cells]);
    expect(rules(loaded.sheets)).toEqual(rules(original.sheets));
  });
});

describe(".csv", () => {
  const header = ["氏名", "コース", ...Array.from({ length: 26 }, (_, i) => String(i + 1))];
  const resident = (name: string, plan: typeof CLEAN_PLAN) => [name, "A", ...plan.flatMap(([text, blocks]) => new Array<string>(blocks).fill(text))];
  const csv = [header, resident("研修医 一郎", CLEAN_PLAN), resident("研修医 二郎", SHORT_EM_PLAN)].map((r) => r.join(",")).join("\r\n");

  it.each([
    ["UTF-8", Buffer.from(csv, "utf8")],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, "utf8")])],
    ["Shift_JIS (older Excel on Japanese Windows)", Buffer.from(Encoding.convert(Encoding.stringToCode(csv), { to: "SJIS", from: "UNICODE" }))],
    ["UTF-16 (Excel's Unicode text)", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv.replace(/,/g, "\t"), "utf16le")])],
  ])("reads a cohort in %s as one sheet and checks it", async (_encoding, bytes) => {
    const loaded = await loadWorkbook(bytes, "2026年度.csv");
    expect(loaded.sheets.map((s) => s.name)).toEqual(["2026年度"]);
    const report = validateWorkbook(loaded.sheets);
    expect(report.grids[0]?.trainees.map((t) => t.name)).toEqual(["研修医 一郎", "研修医 二郎"]);
    expect(report.findings.filter((f) => f.rule === "em-12w").map((f) => f.trainee)).toEqual(["研修医 二郎"]);
  });
});
