import { promises as fs } from "node:fs";
import * as path from "node:path";
import { excelWorkbook, readWorkbook } from "../../src/adapters/xlsx";
import { CLEAN_PLAN, cohortLayout, cohortWorkbook, tempDir, writeFixture, type CohortOptions } from "../fixtures";
import { buildCli, oneLine, rota } from "./run-cli";

// Each test starts node processes; a busy machine can take longer than jest's 5 s default.
jest.setTimeout(60_000);

const dir = tempDir("rota-template-");

beforeAll(() => buildCli(), 180_000);

describe("rota template A|B|C", () => {
  for (const course of ["A", "B", "C"] as const) {
    it(`writes course ${course}, which rota validate reads back with no error`, async () => {
      const out = path.join(dir, `course-${course}.xlsx`);
      const w = rota(["template", course.toLowerCase(), "--name", "研修 太郎", "--start", "2026-04-01", "--out", out]);
      expect(w.status).toBe(0);
      expect(w.stdout).toContain(`${course} コースのテンプレートを書き出しました`);
      expect(w.stderr).toBe("");

      const loaded = await readWorkbook(out);
      const { sheets } = loaded;
      const workbook = await excelWorkbook(loaded);
      const cells = sheets[0]!.rows.flat();
      expect(cells).toContain("研修 太郎");
      expect(cells).toContainEqual(new Date(Date.UTC(2026, 3, 1)));
      expect(cells).toContain("4 週");
      expect(workbook.worksheets[0]!.model.merges.length).toBeGreaterThan(0);

      const v = rota(["validate", out, "--format", "json"]);
      expect(v.status).toBe(0);
      const json = JSON.parse(v.stdout);
      expect(json.summary.errors).toBe(0);
      expect(json.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
      expect(json.grids).toHaveLength(1);
      expect(json.grids[0].layout).toBe("course-sheet");
      expect(json.grids[0].trainees[0]).toMatchObject({ name: "研修 太郎", course });
      const weeks = Object.values(json.grids[0].trainees[0].weeks as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(weeks).toBe(104);
    });
  }

  it("refuses to overwrite a file unless --force", async () => {
    const out = path.join(dir, "exists.xlsx");
    await fs.writeFile(out, "keep me");
    const r = rota(["template", "A", "--out", out]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain("--force");
    expect(await fs.readFile(out, "utf8")).toBe("keep me");
    const f = rota(["template", "A", "--out", out, "--force"]);
    expect(f.status).toBe(0);
    expect((await readWorkbook(out)).sheets).toHaveLength(1);
  });

  it("exits 2 for a bad course, a bad date, a missing --out, a non-.xlsx output", () => {
    const cases: Array<[string[], RegExp]> = [
      [["template", "D", "--out", path.join(dir, "d.xlsx")], /A, B, C, cs/],
      [["template", "A", "--start", "2026-02-30", "--out", path.join(dir, "x.xlsx")], /YYYY-MM-DD/],
      [["template", "A", "--start", "April", "--out", path.join(dir, "x.xlsx")], /YYYY-MM-DD/],
      [["template", "A"], /--out/],
      [["template", "A", "--out", path.join(dir, "x.csv")], /\.xlsx/],
      [["template", "A", "--out", path.join(dir, "no", "such", "x.xlsx")], /ブックを書き出せません/],
    ];
    for (const [args, message] of cases) {
      const r = rota(args);
      expect([args, r.status]).toEqual([args, 2]);
      expect(oneLine(r.stderr)).toMatch(message);
      expect(r.stdout).toBe("");
    }
  });
});

describe("rota template cs", () => {
  it("writes the clinician-scientist plan, which rota validate reads back as one", async () => {
    const out = path.join(dir, "cs.xlsx");
    const r = rota(["template", "cs", "--name", "研究 花子", "--start", "2026-04-01", "--out", out]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("臨床研究医コースのテンプレートを書き出しました");
    const { sheets } = await readWorkbook(out);
    expect(sheets[0]!.rows.flat()).toContain("研究 花子");

    // An empty plan has no papers yet, so it may well have errors; but it is found and read.
    const v = rota(["validate", out, "--format", "json"]);
    expect([0, 1]).toContain(v.status);
    const json = JSON.parse(v.stdout);
    expect(json.grids).toHaveLength(1);
    expect(json.grids[0]).toMatchObject({ layout: "clinician-scientist", trainees: [expect.objectContaining({ name: "研究 花子", course: "cs" })] });
  });
});

describe("rota template A|B|C --into BOOK.xlsx: the course as one resident's row of a copy", () => {
  const options: CohortOptions = {
    header: "weeks",
    continuation: "merge",
    courseHeader: "研修コース",
    trainees: [
      { name: "研修 一郎", course: "A", rotations: CLEAN_PLAN },
      { name: "研修 二郎", course: "A", rotations: CLEAN_PLAN },
    ],
  };
  let book: string;
  beforeAll(async () => {
    book = await writeFixture(cohortWorkbook(options), "cohort.xlsx", dir);
  });

  it("writes the row below the last resident in the sheet's own layout, course column included, and leaves the input as it was", async () => {
    const before = await fs.readFile(book);
    const out = path.join(dir, "into.xlsx");
    const r = rota(["template", "B", "--into", book, "--name", "研修 三郎", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const row = (cohortLayout(options).trainees[1]?.row ?? 0) + 1;
    expect(r.stdout).toContain(`B コースを「2026年度」の ${row} 行目 (研修 三郎) に書き込み`);
    expect(r.stdout).toMatch(/書き込んだ行の検査: エラー 0件/);
    expect(await fs.readFile(book)).toEqual(before);

    const v = JSON.parse(rota(["validate", out, "--format", "json"]).stdout) as {
      grids: Array<{ trainees: Array<{ name: string; course?: string; row: number; weeks: Record<string, number> }> }>;
      findings: Array<{ severity: string; trainee: string }>;
    };
    const resident = v.grids[0]?.trainees.find((t) => t.name === "研修 三郎");
    expect(resident).toMatchObject({ course: "B", row });
    expect(Object.values(resident?.weeks ?? {}).reduce((a, b) => a + b, 0)).toBe(104);
    expect(v.findings.filter((f) => f.trainee === "研修 三郎" && f.severity === "error")).toEqual([]);
    // Merged like the sheet's own rows: the copy's new row has merged runs.
    const { sheets } = await readWorkbook(out);
    expect((sheets[0]?.merges ?? []).some((m) => m.top === row - 1 && m.bottom === row - 1 && m.right > m.left)).toBe(true);
  });

  it("gives the written row the look of the residents' rows above it (alignment, fill), as the pane centres and wraps its row", async () => {
    const workbook = cohortWorkbook(options);
    const ws = workbook.worksheets[0];
    const layout = cohortLayout(options);
    const lastRow = layout.trainees[1]?.row ?? 0;
    ws?.eachRow((row, n) => {
      if (n < (layout.trainees[0]?.row ?? 0) || n > lastRow) return;
      row.eachCell((cell, c) => {
        if (c <= 2) return;
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEEFF" } };
      });
    });
    const styled = await writeFixture(workbook, "styled.xlsx", dir);
    const out = path.join(dir, "into-styled.xlsx");
    const r = rota(["template", "A", "--into", styled, "--name", "研修 四郎", "--out", out]);
    expect(r.stderr).toBe("");
    const copy = await excelWorkbook(await readWorkbook(out));
    const written = copy.worksheets[0]?.getRow(lastRow + 1);
    const rotationCells: Array<{ alignment: unknown; fill: unknown }> = [];
    written?.eachCell((cell, c) => {
      if (c > 2 && cell.value !== null && cell.type !== 8) rotationCells.push({ alignment: cell.alignment, fill: cell.fill });
    });
    expect(rotationCells.length).toBeGreaterThan(5);
    for (const cell of rotationCells) {
      expect(cell.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
      expect(cell.fill).toMatchObject({ fgColor: { argb: "FFDDEEFF" } });
    }
  });

  it("refuses a row that is not empty (naming its cells), a row outside the grid, the clinician-scientist course and a bad row number", () => {
    const out = path.join(dir, "refused.xlsx");
    const taken = cohortLayout(options).trainees[0];
    const full = rota(["template", "C", "--into", book, "--row", String(taken?.row), "--out", out]);
    expect(full.status).toBe(2);
    expect(oneLine(full.stderr)).toMatch(new RegExp(`^rota: ${taken?.row} 行目には既に内容があります: .*「.*」.* \\(空の行を --row で指定してください\\) / row ${taken?.row} is not empty`));
    expect(rota(["template", "A", "--into", book, "--row", "1", "--out", out]).stderr).toContain("1 行目は研修医の表の中");
    expect(rota(["template", "cs", "--into", book, "--out", out]).stderr).toContain("--into に書けるのはコース A, B, C です");
    const bad = rota(["template", "A", "--into", book, "--row", "0", "--out", out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("使い方の誤り: 行番号は 1 以上の整数");
    expect(rota(["template", "A", "--into", book, "--out", book, "--force"]).stderr).toContain("書き出し先が入力ブックと同じです");
  });
});
