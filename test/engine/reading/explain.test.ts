/**
 * Issue 8: `rota validate --explain`: how each grid was read (range, header and column lengths, year
 * boundary, which rows became which resident, the legend used, every cell read as something other
 * than its literal text) in text and as an `explain` object in the JSON (CONTRACT §3 extended).
 */
import { validateWorkbook } from "../../../src/engine";
import { writeFixture, tempDir } from "../../fixtures";
import { buildCli, rota } from "../../cli/run-cli";
import { readBack } from "../helpers";
import { render, type Columns } from "./render";

const PLAN: Columns[] = [
  ["消内", 1],
  ["GI", 1],
  ["〃", 0],
  ["宮大附属 循環器内科", 2],
  ["内科(呼吸器)6ヵ月", 2],
  ["救急", 3],
  ["外科※", 2],
  ["小児科", 2],
  ["産婦人科", 2],
  ["精神科", 2],
  ["地域医療（一般外来）", 2],
  ["内科（血液）", 4],
  ["整形外科", 3],
];

function workbook() {
  const rendered = render("weeks-104", [{ name: "研修 一郎", rotations: PLAN.filter(([, n]) => n > 0).map(([t, n]): Columns => [t, n * 4]) }], { continuation: "ditto" });
  rendered.workbook.worksheets[0]!.getCell(6, 1).value = "GI：消化器内科";
  return rendered.workbook;
}

describe("explainGrid (validateWorkbook with explain)", () => {
  it("says the range, the header and its column lengths, the year boundary, the residents and the legend", async () => {
    const report = validateWorkbook(await readBack(workbook()), { explain: true });
    const e = report.grids[0]!.explain!;
    expect(e.sheet).toBe("ローテーション");
    expect(e.range).toBe(report.grids[0]!.range);
    expect(e.headers).toHaveLength(1);
    expect(e.headers[0]).toMatchObject({ row: 2, range: "B2:DA2", unit: "week", lengths: [{ weeks: 1, columns: 104 }], totalWeeks: 104, reading: { looked: "1…104", weeks: 1, unit: "week" } });
    expect(e.yearBoundary).toBe("BB2");
    expect(e.residents).toEqual([{ name: "研修 一郎", nameCell: "A3", rows: [3], weeks: 104 }]);
    expect(e.legend).toEqual([{ spelling: "GI", means: "消化器内科", cell: "A6" }]);
  });

  it("traces every cell read as something other than its text", async () => {
    const e = validateWorkbook(await readBack(workbook()), { explain: true }).grids[0]!.explain!;
    const by = (text: string) => e.readings.find((r) => r.text === text)!;
    expect(by("消内")).toMatchObject({ readAs: "内科(消化器)", cells: ["B3"], how: [{ kind: "abbreviation" }] });
    expect(by("GI")).toMatchObject({ readAs: "内科(消化器)", cells: ["F3"], how: [{ kind: "legend", detail: "GI = 消化器内科 (A6)" }] });
    expect(by("〃").cells).toEqual(["C3", "D3", "E3"]);
    expect(by("〃").how[0]).toEqual({ kind: "ditto", detail: "〃 → B3" });
    expect(by("〃").readAs).toBe("内科(消化器)");
    expect(by("宮大附属 循環器内科").how.map((h) => h.kind)).toEqual(["site"]);
    expect(by("内科(呼吸器)6ヵ月").how.map((h) => h.kind)).toEqual(["length"]);
    expect(by("外科※").how).toEqual([{ kind: "footnote", detail: "※" }]);
    expect(by("地域医療（一般外来）").how.map((h) => h.kind)).toEqual(["general-outpatient"]);
    // Plain names are not listed.
    expect(e.readings.find((r) => r.text === "救急")).toBeUndefined();
  });

  it("leaves the report as it was without explain (CONTRACT §3 unchanged)", async () => {
    const report = validateWorkbook(await readBack(workbook()));
    expect(report.grids[0]!.explain).toBeUndefined();
  });

  it("lists the rows of a resident written one row per year", async () => {
    const rows = render("year-rows-months", [{ name: "研修 一郎", rotations: [["内科", 12], ["救急", 12]] }]);
    const e = validateWorkbook(await readBack(rows.workbook), { explain: true }).grids[0]!.explain!;
    expect(e.residents[0]!.rows).toEqual([3, 4]);
    // The header covers one year; 2年次 starts on the resident's second row.
    expect(e.yearBoundary).toBe("C4");
  });
});

describe("rota validate --explain", () => {
  jest.setTimeout(120_000);
  let file: string;
  beforeAll(async () => {
    buildCli();
    file = await writeFixture(workbook(), "explain.xlsx", tempDir());
  }, 180_000);

  it("prints how each grid was read after the report, in Japanese", () => {
    const r = rota(["validate", file, "--explain"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("読み取り: ローテーション");
    expect(r.stdout).toContain("見出し 2行目 B2:DA2");
    expect(r.stdout).toContain("1列 1週 ×104 = 104週");
    expect(r.stdout).toContain("2年次の始まり: BB2");
    expect(r.stdout).toContain("GI = 消化器内科 (A6)");
    expect(r.stdout).toContain("研修 一郎 (A3; 3行目; 104週分)");
    expect(r.stdout).toMatch(/F3 「GI」 → 内科\(消化器\) \[凡例: GI = 消化器内科 \(A6\)\]/);
  });

  it("prints it in English with --lang en", () => {
    const r = rota(["validate", file, "--explain", "--lang", "en"]);
    expect(r.stdout).toContain("How ローテーション");
    expect(r.stdout).toContain("second year starts at: BB2");
  });

  it("adds an explain object to each grid of the JSON, and nothing without --explain", () => {
    const withIt = JSON.parse(rota(["validate", file, "--explain", "--format", "json"]).stdout);
    expect(withIt.grids[0].explain.headers[0].reading.looked).toBe("1…104");
    expect(withIt.grids[0].explain.readings.length).toBeGreaterThan(3);
    expect(Object.keys(withIt)).toEqual(["workbook", "grids", "findings", "summary"]);
    const without = JSON.parse(rota(["validate", file, "--format", "json"]).stdout);
    expect(without.grids[0].explain).toBeUndefined();
    expect(without.findings).toEqual(withIt.findings);
  });
});
