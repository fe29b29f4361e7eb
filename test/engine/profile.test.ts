import * as ExcelJS from "exceljs";
import { validateWorkbook } from "../../src/engine";
import type { Profile } from "../../src/engine/profile";
import { parseProfileJson, parseProfileTable } from "../../src/engine/profile";
import type { FixtureRotation } from "../fixtures";
import { addCohortSheet, CLEAN_PLAN } from "../fixtures";
import { readBack } from "./helpers";

/**
 * A program's profile (CONTRACT §7) in its three forms — JSON, a table file, the workbook's 規則
 * sheet — changing a number, adding 麻酔科, adding vocabulary, and each refusal naming its key or cell.
 */

/** CLEAN_PLAN with one 整形外科 block as 麻酔科 (4 weeks) and 外科 at 8 weeks. */
const WITH_ANESTHESIA: readonly FixtureRotation[] = CLEAN_PLAN.flatMap(([t, n]): FixtureRotation[] => (t === "整形外科" ? [["麻酔科", 1], ["整形外科", n - 1]] : [[t, n]]));

const ok = (result: ReturnType<typeof parseProfileJson>): Profile => {
  if (!result.ok) throw new Error(result.problems.map((p) => p.ja).join("\n"));
  return result.profile;
};
const problems = (result: ReturnType<typeof parseProfileJson>): string[] => (result.ok ? [] : result.problems.map((p) => p.ja));

/** A workbook of one cohort sheet (and, when given, a 規則 sheet of these rows). */
async function book(rotations: readonly FixtureRotation[], rulesRows?: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>) {
  const workbook = new ExcelJS.Workbook();
  addCohortSheet(workbook, { header: "blocks", trainees: [{ name: "研修医 太郎", rotations }] });
  if (rulesRows) {
    const ws = workbook.addWorksheet("規則");
    rulesRows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  }
  return readBack(workbook);
}

const findingsOf = (sheets: Awaited<ReturnType<typeof book>>, profile?: Profile | null) =>
  validateWorkbook(sheets, profile === undefined ? {} : { profile }).findings.map((f) => [f.rule, f.severity, f.message]);

describe("a JSON profile", () => {
  it("refuses a severity that only an object's own properties would name (constructor, toString)", () => {
    // The severity words were an object literal: `constructor` read as a function, not as no severity.
    for (const word of ["constructor", "toString", "__proto__"]) {
      expect(problems(parseProfileJson({ rules: { "surg-4w": { severity: word } } }, "p.json"))).toEqual([expect.stringContaining(`重要度「${word}」`)]);
    }
  });

  it("raises a national minimum: 外科 8 → 12 weeks", async () => {
    const profile = ok(parseProfileJson({ rules: { "surg-4w": { min: 12 } } }, "p.json"));
    expect(findingsOf(await book(CLEAN_PLAN), profile)).toEqual([["surg-4w", "error", "外科 8週 (必要 12週以上)"]]);
  });

  it("adds 麻酔科 as a required field with a maximum and finds it short, then met", async () => {
    const profile = ok(parseProfileJson({ fields: [{ field: "麻酔科", min_weeks: 8, max_weeks: 12 }] }, "p.json"));
    expect(findingsOf(await book(WITH_ANESTHESIA), profile)).toEqual([["program-min", "error", "麻酔科 4週 (必要 8週以上)"]]);
    const enough = ok(parseProfileJson({ fields: [{ field: "麻酔", min_weeks: 4 }] }, "p.json"));
    expect(findingsOf(await book(WITH_ANESTHESIA), enough)).toEqual([]);
    const over = ok(parseProfileJson({ fields: [{ field: "麻酔科", max_weeks: 2, severity: "warning" }] }, "p.json"));
    expect(findingsOf(await book(WITH_ANESTHESIA), over)).toEqual([["program-max", "warning", "麻酔科 4週 (2週以内)"]]);
  });

  it("checks a field in one year only", async () => {
    const profile = ok(parseProfileJson({ fields: [{ field: "小児科", min_weeks: 4, year: 2 }] }, "p.json"));
    expect(findingsOf(await book(CLEAN_PLAN), profile)).toEqual([["program-min", "error", "2年次の 小児科 0週 (必要 4週以上)"]]);
  });

  it("shows the program's field as a week bar", async () => {
    const profile = ok(parseProfileJson({ fields: [{ field: "麻酔科", min_weeks: 8 }] }, "p.json"));
    const progress = validateWorkbook(await book(WITH_ANESTHESIA), { profile }).grids[0]!.trainees[0]!.progress!;
    expect(progress.find((p) => p.field === "麻酔科")).toEqual({ field: "麻酔科", weeks: 4, min: 8, met: false, rule: "program-min" });
  });

  it("adds the program's own spellings: 消内 is 内科(消化器), not an unknown rotation", async () => {
    const plan = CLEAN_PLAN.map(([t, n]): FixtureRotation => [t === "内科（消化器）" ? "麻酔A" : t, n]);
    expect(findingsOf(await book(plan)).map((f) => f[0])).toContain("unknown-rotation");
    const profile = ok(parseProfileJson({ vocabulary: { 麻酔A: "内科(消化器)" } }, "p.json"));
    expect(findingsOf(await book(plan), profile)).toEqual([]);
  });

  it("switches a recommendation off and makes a warning an error", async () => {
    const plan = CLEAN_PLAN.map(([t, n]): FixtureRotation => [t === "地域医療（一般外来）" ? "地域医療" : t, t === "外科" ? 1 : n]).concat([["整形外科", 1]]);
    const profile = ok(parseProfileJson({ rules: { "rec-8w": { enabled: false }, "go-4w": { severity: "error" } } }, "p.json"));
    expect(findingsOf(await book(plan), profile).map((f) => [f[0], f[1]])).toEqual([["go-4w", "error"]]);
  });

  describe("refusals, each naming its key", () => {
    it.each([
      [{ rules: { "surg-5w": { min: 8 } } }, "rules.surg-5w: 規則「surg-5w」はありません"],
      [{ rules: { "surg-4w": { weeks: 8 } } }, "rules.surg-4w.weeks: 規則 surg-4w に「weeks」という数値はありません"],
      [{ rules: { "surg-4w": { min: 2 } } }, "rules.surg-4w.min: surg-4w の min: 2 は全国の基準 4 を下回ります"],
      [{ rules: { "im-24w": { enabled: false } } }, "全国の必修規則 im-24w は無効にできません"],
      [{ rules: { "surg-4w": { min: "八" } } }, "rules.surg-4w.min: 「八」は 0〜104 の数ではありません"],
      [{ rules: { "surg-4w": { min: 500 } } }, "rules.surg-4w.min: surg-4w の min: 500 は 0〜104 の範囲外です"],
      [{ fields: [{ field: "麻酔課", min_weeks: 4 }] }, "fields[0].field: 「麻酔課」は研修分野として認識できません"],
      [{ fields: [{ field: "外科", min_weeks: 2 }] }, "fields[0].field: 外科 の最低 2週は全国の規則 surg-4w (4週以上) を下回ります"],
      [{ fields: [{ field: "麻酔科", min_weeks: -4 }] }, "fields[0].min_weeks: 「-4」は 0〜104 の数ではありません"],
      [{ fields: [{ field: "麻酔科", weeks: 4 }] }, "fields[0]: 「weeks」という項目はありません"],
      [{ vocabulary: { 消内: "消化器内課" } }, "vocabulary.消内: 「消化器内課」は研修分野として認識できません"],
      [{ rule: {} }, "「rule」という項目はありません"],
    ])("%j", (json, said) => {
      expect(problems(parseProfileJson(json, "p.json")).join("\n")).toContain(said);
    });
  });
});

describe("a 規則 table (sheet or file)", () => {
  const HEAD = ["規則", "分野", "最低週数", "最大週数", "年次", "重要度", "有効", "書き方", "説明"];

  it("is read from the workbook's own 規則 sheet: a number raised, 麻酔科 added, a spelling added", async () => {
    const plan = WITH_ANESTHESIA.map(([t, n]): FixtureRotation => [t === "内科（消化器）" ? "消化A" : t, n]);
    const sheets = await book(plan, [
      HEAD,
      ["surg-4w", "外科", 12, null, null, null, null, null, "全国は4週"],
      [null, "麻酔科", 8, null, null, "エラー"],
      [null, "内科(消化器)", null, null, null, null, null, "消化A"],
    ]);
    expect(findingsOf(sheets)).toEqual([
      ["surg-4w", "error", "外科 8週 (必要 12週以上)"],
      ["program-min", "error", "麻酔科 4週 (必要 8週以上)"],
    ]);
    expect(findingsOf(sheets, null).map((f) => f[0])).toEqual(["unknown-rotation"]); // without the profile
  });

  it("refuses a bad sheet naming the cell", async () => {
    const cases: Array<[ReadonlyArray<ExcelJS.CellValue>, string]> = [
      [["surg-5w"], "規則!A2: 規則「surg-5w」はありません"],
      [["surg-4w", "外科", 2], "規則!C2: surg-4w の min: 2 は全国の基準 4 を下回ります"],
      [[null, "麻酔課", 4], "規則!B2: 「麻酔課」は研修分野として認識できません"],
      [[null, "外科", 2], "規則!B2: 外科 の最低 2週は全国の規則 surg-4w (4週以上) を下回ります"],
      [[null, "麻酔科", "四週"], "規則!C2: 「四週」は 0〜104 の数ではありません"],
      [[null, "麻酔科", 4, null, 3], "規則!E2: 年次「3」は 1 か 2 ではありません"],
    ];
    for (const [row, said] of cases) {
      const sheets = await book(CLEAN_PLAN, [HEAD, row]);
      expect(() => validateWorkbook(sheets)).toThrow(said);
    }
  });

  it("takes the two headers CONTRACT §7 fixes alone", async () => {
    const sheets = await book(WITH_ANESTHESIA, [["分野", "最低週数"], ["麻酔科", 8]]);
    expect(findingsOf(sheets)).toEqual([["program-min", "error", "麻酔科 4週 (必要 8週以上)"]]);
  });

  it("refuses an unknown header naming it", () => {
    const result = parseProfileTable({ name: "規則", rows: [["分野", "最低週数", "週"], ["麻酔科", 4, 1]] });
    expect(problems(result)).toEqual([expect.stringContaining("規則!C1: 「週」という項目はありません")]);
  });
});

describe("the published JSON schema and guide", () => {
  const root = `${__dirname}/../..`;

  it("lists exactly the keys the reader takes", async () => {
    const { readFileSync } = await import("node:fs");
    const schema = JSON.parse(readFileSync(`${root}/docs/rota-profile.schema.json`, "utf8"));
    expect(Object.keys(schema.properties).sort()).toEqual(["$schema", "courses", "fields", "name", "rules", "vocabulary"]);
    expect(Object.keys(schema.properties.fields.items.properties).sort()).toEqual(["field", "max_weeks", "min_weeks", "note", "severity", "year"]);
    expect(ok(parseProfileJson({ name: "x", fields: [{ field: "麻酔科", min_weeks: 4, note: "n" }] }, "p.json")).fields).toHaveLength(1);
  });

  it("has an example in docs/rules.md that the reader accepts", async () => {
    const { readFileSync } = await import("node:fs");
    const guide = readFileSync(`${root}/docs/rules.md`, "utf8");
    const example = /```json\n([\s\S]*?)```/.exec(guide)![1]!;
    const profile = ok(parseProfileJson(JSON.parse(example), "rules.md"));
    expect(profile.rules["surg-4w"]).toEqual({ params: { min: 8 } });
    expect(profile.fields.map((f) => f.field)).toEqual(["麻酔科", "小児科"]);
    expect(profile.vocabulary.map((v) => v.field)).toEqual(["内科(消化器)", "救急(ICU)"]);
  });
});

describe("a program's own course", () => {
  /** Year 1 of CLEAN_PLAN holds 内科 24, 救急 12, 外科 8, 小児科 8 (blocks 1–13); 麻酔科 sits in year 2. */
  async function dBook(course: string, rulesRows?: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>) {
    const workbook = new ExcelJS.Workbook();
    addCohortSheet(workbook, { header: "blocks", trainees: [{ name: "研修医 太郎", course, rotations: WITH_ANESTHESIA }] });
    if (rulesRows) {
      const ws = workbook.addWorksheet("規則");
      rulesRows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    }
    return readBack(workbook);
  }
  const D = { courses: [{ id: "D", years: [{ year: 1, ranges: [{ field: "麻酔科", min_weeks: 4, max_weeks: 8 }], required: ["救急"] }, { year: 2, required: ["小児科"] }] }] };

  it("is course-unknown without a profile that defines it", async () => {
    expect(findingsOf(await dBook("D")).map((f) => f[0])).toEqual(["course-unknown"]);
  });

  it("checks the course's per-year ranges and required fields (JSON)", async () => {
    const profile = ok(parseProfileJson(D, "p.json"));
    const report = validateWorkbook(await dBook("Ｄコース"), { profile });
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual([
      ["course-range", "1年次の 麻酔科 0週 (D コースは 4〜8週)"],
      ["course-required", "D コースの2年次に 小児科 がありません"],
    ]);
    expect(report.grids[0]!.trainees[0]!.programCourse).toBe("D");
  });

  it("reads the same course from a 規則 sheet's コース rows", async () => {
    const sheets = await dBook("D", [
      ["コース", "年次", "分野", "最低週数", "最大週数", "施設"],
      ["D", 1, "麻酔科", 4, 8, null],
      ["D", 1, "救急", null, null, null],
      ["D", 2, "小児科", null, null, null],
    ]);
    expect(findingsOf(sheets).map((f) => f[0])).toEqual(["course-range", "course-required"]);
  });

  it("refuses a course naming an unknown field or site, naming the key", () => {
    const bad = { courses: [{ id: "D", years: [{ year: 1, site: "月面", ranges: [{ field: "麻酔課", min_weeks: 4 }] }] }] };
    expect(problems(parseProfileJson(bad, "p.json"))).toEqual([
      expect.stringContaining("courses[0].years[0].site"),
      expect.stringContaining("courses[0].years[0].ranges[0].field: 「麻酔課」"),
    ]);
  });

  it("leaves the department's courses A/B/C to their own rules, as shipped", async () => {
    const profile = ok(parseProfileJson(D, "p.json"));
    expect(validateWorkbook(await dBook("A"), { profile }).findings.map((f) => f.rule)).not.toContain("course-range");
  });
});
