import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import type { FixtureRotation } from "../fixtures";
import { addCohortSheet, CLEAN_PLAN, tempDir, writeFixture } from "../fixtures";
import { buildCli, oneLine, rota } from "./run-cli";

/**
 * A program's profile on the command line (CONTRACT §7): `rota validate --rules FILE` in each form
 * (JSON, .xlsx, .csv), the workbook's own 規則 sheet, `rota rules` and `rota rules --init`, and the
 * report's folded infos, --show info and --min-severity.
 */
jest.setTimeout(60_000);

const dir = tempDir("rota-rules-");
const sha = async (file: string): Promise<string> => createHash("sha256").update(await fs.readFile(file)).digest("hex");

/** CLEAN_PLAN with a 麻酔科 block (4 weeks), 外科 at 8 weeks, 内科(消化器) written 消化A. */
const PLAN: readonly FixtureRotation[] = CLEAN_PLAN.flatMap(([t, n]): FixtureRotation[] =>
  t === "整形外科" ? [["麻酔科", 1], ["整形外科", n - 1]] : t === "内科（消化器）" ? [["消化A", n]] : [[t, n]],
);

function book(rulesRows?: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  addCohortSheet(workbook, { header: "blocks", trainees: [{ name: "研修医 太郎", rotations: PLAN }] });
  if (rulesRows) {
    const ws = workbook.addWorksheet("規則");
    rulesRows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  }
  return workbook;
}

const PROFILE = { rules: { "surg-4w": { min: 12 } }, fields: [{ field: "麻酔科", min_weeks: 8 }], vocabulary: { 消化A: "内科(消化器)" } };
const EXPECTED = [
  ["surg-4w", "外科 8週 (必要 12週以上)"],
  ["program-min", "麻酔科 4週 (必要 8週以上)"],
];
const TABLE = [
  ["規則", "分野", "最低週数", "書き方"],
  ["surg-4w", "外科", 12, null],
  [null, "麻酔科", 8, null],
  [null, "内科(消化器)", null, "消化A"],
];

let plain: string;

const findings = (stdout: string): string[][] => (JSON.parse(stdout).findings as Array<{ rule: string; message: string }>).map((f) => [f.rule, f.message]);

beforeAll(async () => {
  buildCli();
  plain = await writeFixture(book(), "plain.xlsx", dir);
}, 120_000);

describe("rota validate --rules", () => {
  it("without a profile: 消化A is unknown and nothing asks for 麻酔科", () => {
    const r = rota(["validate", plain, "--format", "json"]);
    expect(findings(r.stdout).map((f) => f[0])).toEqual(["unknown-rotation"]);
  });

  it("applies a JSON profile: a number raised, 麻酔科 added, a spelling added", async () => {
    const file = path.join(dir, "p.json");
    await fs.writeFile(file, JSON.stringify(PROFILE));
    const before = await sha(plain);
    const r = rota(["validate", plain, "--rules", file, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(findings(r.stdout)).toEqual(EXPECTED);
    expect(await sha(plain)).toBe(before);
  });

  it("applies the same table as .xlsx and as .csv", async () => {
    const tableBook = new ExcelJS.Workbook();
    const ws = tableBook.addWorksheet("規則");
    TABLE.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    const tableFile = await writeFixture(tableBook, "rules.xlsx", dir);
    expect(findings(rota(["validate", plain, "--rules", tableFile, "--format", "json"]).stdout)).toEqual(EXPECTED);
    const csv = path.join(dir, "rules.csv");
    await fs.writeFile(csv, TABLE.map((row) => row.map((v) => v ?? "").join(",")).join("\n"));
    expect(findings(rota(["validate", plain, "--rules", csv, "--format", "json"]).stdout)).toEqual(EXPECTED);
  });

  it("reads the workbook's own 規則 sheet", async () => {
    const file = await writeFixture(book(TABLE), "with-sheet.xlsx", dir);
    expect(findings(rota(["validate", file, "--format", "json"]).stdout)).toEqual(EXPECTED);
  });

  it.each([
    [{ rules: { "surg-4w": { min: 2 } } }, "rules.surg-4w.min"],
    [{ rules: { "no-such-rule": {} } }, "no-such-rule"],
    [{ fields: [{ field: "麻酔課", min_weeks: 4 }] }, "麻酔課"],
    [{ fields: [{ field: "外科", min_weeks: 2 }] }, "surg-4w"],
    [{ rules: { "surg-4w": { min: "eight" } } }, "rules.surg-4w.min"],
    [{ colour: "red" }, "colour"],
  ])("exits 2 with one line naming the problem for %j", async (json, named) => {
    const file = path.join(dir, "bad.json");
    await fs.writeFile(file, JSON.stringify(json));
    const r = rota(["validate", plain, "--rules", file]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain(named);
    expect(r.stdout).toBe("");
  });

  it("exits 2 naming the cell of a bad 規則 sheet", async () => {
    const file = await writeFixture(book([["分野", "最低週数"], ["麻酔科", "四週"]]), "bad-sheet.xlsx", dir);
    const r = rota(["validate", file]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain("規則!B2");
  });

  it("exits 2 for JSON that does not parse and for a file that is not there", async () => {
    const file = path.join(dir, "broken.json");
    await fs.writeFile(file, "{ rules: ");
    expect(rota(["validate", plain, "--rules", file]).status).toBe(2);
    const missing = rota(["validate", plain, "--rules", path.join(dir, "nope.json")]);
    expect(missing.status).toBe(2);
    expect(oneLine(missing.stderr)).toContain("nope.json");
  });
});

describe("rota rules", () => {
  it("prints every rule in force as JSON, with the profile's changes and its program-min row", async () => {
    const file = path.join(dir, "p2.json");
    await fs.writeFile(file, JSON.stringify(PROFILE));
    const r = rota(["rules", "--rules", file, "--format", "json"]);
    expect(r.status).toBe(0);
    const rules = JSON.parse(r.stdout).rules as Array<{ id: string; severity: string; enabled: boolean; params: Record<string, unknown>; source: string; field?: string }>;
    expect(rules.find((x) => x.id === "im-24w")).toMatchObject({ severity: "error", enabled: true, params: { min: 24 } });
    expect(rules.find((x) => x.id === "surg-4w")).toMatchObject({ params: { min: 12 }, source: expect.stringContaining("rules.surg-4w") });
    expect(rules.find((x) => x.id === "program-min")).toMatchObject({ field: "麻酔科", params: { field: "麻酔科", min_weeks: 8 }, severity: "error" });
    expect(rules.map((x) => x.id)).toEqual(expect.arrayContaining(["cs-papers", "hema-4w", "capacity"]));
  });

  it("lists them in English with --lang en", () => {
    const r = rota(["rules", "--lang", "en"]);
    expect(r.stdout).toContain("Internal medicine: at least 24 weeks");
  });

  it("--init writes a copy with a starting 規則 sheet that changes nothing, and never touches the input", async () => {
    const out = path.join(dir, "copy.xlsx");
    const before = await sha(plain);
    const r = rota(["rules", "--init", plain, "--out", out]);
    expect(r.status).toBe(0);
    expect(await sha(plain)).toBe(before);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const sheet = copy.getWorksheet("規則")!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(["分野", "最低週数"]));
    expect(findings(rota(["validate", out, "--format", "json"]).stdout)).toEqual(findings(rota(["validate", plain, "--format", "json"]).stdout));
    const again = rota(["rules", "--init", out, "--out", path.join(dir, "copy2.xlsx")]);
    expect(again.status).toBe(2);
  });
});

describe("the text report", () => {
  it("folds a resident's infos into one line, lists them with --show info, leaves them out with --min-severity", async () => {
    const short = CLEAN_PLAN.map(([t, n]): FixtureRotation => [t, t === "外科" || t === "小児科" ? 1 : n]).concat([["整形外科", 2]]);
    const wb = new ExcelJS.Workbook();
    addCohortSheet(wb, { header: "blocks", trainees: [{ name: "研修医 太郎", rotations: short }] });
    const file = await writeFixture(wb, "infos.xlsx", dir);
    const folded = rota(["validate", file]).stdout;
    expect(folded).toContain("情報: 外科・小児科 各4週 (8週以上が望ましい)");
    expect(folded.match(/rec-8w/g)).toBeNull();
    const shown = rota(["validate", file, "--show", "info"]).stdout;
    expect(shown.match(/rec-8w/g)).toHaveLength(2);
    const quiet = rota(["validate", file, "--min-severity", "warning"]).stdout;
    expect(quiet).not.toContain("情報:");
    expect(quiet).toContain("情報 2件"); // the summary still counts them
  });

  it("says once at the top what the profile changed", async () => {
    const file = path.join(dir, "p3.json");
    await fs.writeFile(file, JSON.stringify({ rules: { "rec-8w": { enabled: false } }, fields: [{ field: "麻酔科", min_weeks: 4 }] }));
    const out = rota(["validate", plain, "--rules", file]).stdout.split("\n");
    expect(out.slice(1, 4)).toEqual([expect.stringContaining("p3.json"), "  rec-8w 無効", "  麻酔科 4週以上 (program-min, error)"]);
  });
});
