import { promises as fs } from "node:fs";
import * as path from "node:path";
import { excelWorkbook, readWorkbook } from "../../src/adapters/xlsx";
import { tempDir } from "../fixtures";
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
