/// <reference types="custom-functions-runtime" />
/**
 * The ROTA functions called as Excel calls them: 2-D arrays of strings, numbers and booleans, ""
 * for empty cells, error values as objects, serial-number dates, the parameter addresses in the
 * invocation, and a workbook (office-addin-mock) that knows the merged cells.
 */
import { clearCaches } from "../../src/addin/runtime";
import { areaToA1 } from "../../src/engine";
import { field, quota, template, validate, weeks } from "../../src/functions/functions";
import { CLEAN, SHORT_EM, excelCohort, type ExcelGrid, type ExcelTrainee } from "./excel";
import { mockExcel } from "./mock-excel";
import { eligibleFacts, fy2021Periods, planSheet } from "../cs/helpers";

type Out = string | number | boolean | CustomFunctions.Error;

const invocation = (...addresses: string[]): CustomFunctions.Invocation => ({ parameterAddresses: addresses });

function isError(value: unknown): value is { code: string; message: string } {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

function errorOf(result: Out[][]): { code: string; message: string } {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  const value = result[0]![0];
  if (!isError(value)) throw new Error(`expected an error value, got ${JSON.stringify(result)}`);
  return value;
}

/** The areas string Excel's RangeAreas.address gives for a grid's merges. */
function mergedAddress(grid: ExcelGrid): string {
  const sheet = grid.address.slice(0, grid.address.lastIndexOf("!"));
  return grid.merges.map((m) => `${sheet}!${areaToA1(m)}`).join(",");
}

const rows = (result: Out[][], rule: string) => result.filter((r) => r[1] === rule);

let uninstall: (() => void) | undefined;

beforeEach(() => {
  clearCaches();
});

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function withWorkbook(grid: ExcelGrid) {
  const excel = mockExcel(mergedAddress(grid));
  uninstall = excel.install();
  return excel;
}

const TARO: ExcelTrainee = { name: "研修医 太郎", rotations: CLEAN };
const HANAKO: ExcelTrainee = { name: "研修医 花子", rotations: SHORT_EM };

describe("ROTA.VALIDATE", () => {
  describe("when the grid has findings", () => {
    it("spills a header row, then trainee, rule, severity, message and cells per finding", async () => {
      const grid = excelCohort({ trainees: [TARO, HANAKO] });
      withWorkbook(grid);
      const result = await validate(grid.values, undefined, undefined, invocation(grid.address));
      expect(result[0]).toEqual(["研修医", "ルール", "重要度", "内容", "セル"]);
      expect(result.slice(1)).toEqual([["研修医 花子", "em-12w", "error", "救急 8週 (必要 12週以上)", grid.cells(1, 3).join(", ")]]);
    });

    it("names the sheet's cells, wherever the grid stands", async () => {
      const at = (top: number, left: number) => excelCohort({ trainees: [HANAKO], top, left, continuation: "repeat" });
      const b4 = at(3, 1);
      const e10 = at(9, 4);
      const first = await validate(b4.values, undefined, undefined, invocation(b4.address));
      clearCaches();
      const moved = await validate(e10.values, undefined, undefined, invocation(e10.address));
      expect(rows(first, "em-12w")[0]![4]).toBe("J5, K5");
      expect(rows(moved, "em-12w")[0]![4]).toBe("M11, N11");
    });
  });

  it("returns a single OK when there is nothing to report", async () => {
    const grid = excelCohort({ trainees: [TARO] });
    withWorkbook(grid);
    expect(await validate(grid.values, undefined, undefined, invocation(grid.address))).toEqual([["OK"]]);
  });

  describe("merged cells", () => {
    it("counts a merged multi-block rotation from the workbook's merged areas", async () => {
      const grid = excelCohort({ trainees: [TARO], continuation: "merge" });
      expect(grid.values[1]!.slice(2, 5)).toEqual(["内科（消化器）", "", "内科（循環器）"]); // what Excel hands over
      const excel = withWorkbook(grid);
      expect(await validate(grid.values, undefined, undefined, invocation(grid.address))).toEqual([["OK"]]);
      expect(excel.requests).toEqual([{ sheet: "2026年度", range: "B4:AC5" }]);
    });

    it("reads the merges once while the grid does not change", async () => {
      const grid = excelCohort({ trainees: [TARO, HANAKO] });
      const excel = withWorkbook(grid);
      const first = await validate(grid.values, undefined, undefined, invocation(grid.address));
      const again = await validate(grid.values.map((r) => [...r]), undefined, undefined, invocation(grid.address));
      await weeks(grid.values, [["内科"]], invocation(grid.address, "'2026年度'!AE4"));
      expect(again).toEqual(first);
      expect(excel.syncs()).toBe(1);
    });

    it("reads them again when the grid changes", async () => {
      const grid = excelCohort({ trainees: [TARO] });
      const excel = withWorkbook(grid);
      await validate(grid.values, undefined, undefined, invocation(grid.address));
      const edited = grid.values.map((r) => [...r]);
      edited[1]![0] = "研修医 次郎";
      await validate(edited, undefined, undefined, invocation(grid.address));
      expect(excel.syncs()).toBe(2);
    });

    it("says so when the merges cannot be read, and still shows what it counted", async () => {
      const grid = excelCohort({ trainees: [TARO], continuation: "merge" });
      const result = await validate(grid.values, undefined, undefined, invocation(grid.address));
      expect(result[1]).toEqual(["", "merged-cells-unknown", "warning", expect.stringContaining("結合セル"), ""]);
      expect(rows(result, "total-104w")).toHaveLength(1);
    });

    it("says so when the Excel API fails", async () => {
      const grid = excelCohort({ trainees: [TARO] });
      uninstall = mockExcel("", { fail: true }).install();
      const result = await validate(grid.values, undefined, undefined, invocation(grid.address));
      expect(rows(result, "merged-cells-unknown")).toHaveLength(1);
    });

    it("needs no merges when a rotation repeats its text in every block", async () => {
      const grid = excelCohort({ trainees: [TARO], continuation: "repeat" });
      expect(await validate(grid.values, undefined, undefined, invocation(grid.address))).toEqual([["OK"]]);
    });
  });

  describe("Excel's values", () => {
    it("takes error values, booleans and numbers in the grid as unknown rotations, never as exceptions", async () => {
      const grid = excelCohort({ trainees: [TARO], continuation: "repeat" });
      const values: unknown[][] = grid.values.map((r) => [...r]);
      values[1]![27] = { code: "#N/A", message: "" }; // a CustomFunctions.Error as Excel passes it
      values[1]![26] = true;
      const result = await validate(values, undefined, undefined, invocation(grid.address));
      const unknown = rows(result, "unknown-rotation");
      expect(unknown.map((r) => r[4])).toEqual(["AB5", "AC5"]);
      expect(rows(result, "total-104w")).toHaveLength(0);
    });

    it("reads block start dates given as serial numbers", async () => {
      const grid = excelCohort({ trainees: [TARO], header: "serial-dates", continuation: "repeat" });
      expect(typeof grid.values[0]![2]).toBe("number");
      expect(await validate(grid.values, undefined, undefined, invocation(grid.address))).toEqual([["OK"]]);
    });

    it("trims a whole-column reference and trailing empty rows instead of refusing them", async () => {
      const grid = excelCohort({ trainees: [HANAKO], top: 0, left: 1, continuation: "repeat", trailingRows: 30 });
      const empty = Array.from({ length: 28 }, () => "");
      const column = [...grid.values, ...Array.from({ length: 1_048_576 - grid.values.length }, () => empty)];
      const started = Date.now();
      const whole = await validate(column, undefined, undefined, invocation("'2026年度'!B:AC"));
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(rows(whole, "em-12w")[0]![4]).toBe("J2, K2");
    });
  });

  describe("options", () => {
    const grid = excelCohort({ trainees: [TARO, HANAKO], continuation: "repeat" });
    const run = (course: string | undefined, options: unknown[][]) => validate(grid.values, course, options, invocation(grid.address));

    it("speaks English with lang=en", async () => {
      const result = await run(undefined, [["lang=en"]]);
      expect(result[0]).toEqual(["trainee", "rule", "severity", "message", "cells"]);
      expect(rows(result, "em-12w")[0]![3]).toMatch(/12/);
      expect(rows(result, "em-12w")[0]![3]).not.toMatch(/週/);
    });

    it("turns rules off, filters by severity and drops the header", async () => {
      expect(await run(undefined, [["off=em-12w"]])).toEqual([["OK"]]);
      const courseA = await run("A", [["min=error; header=false"]]);
      expect(courseA.every((r) => r[2] === "error")).toBe(true);
      expect(courseA.map((r) => r[1])).toEqual(["em-12w"]);
    });

    it("turns off any rule of the registry: a clinician-scientist rule (cs-papers) too", async () => {
      const sheet = await planSheet({ facts: eligibleFacts(2021), periods: fy2021Periods(), papers: [] });
      const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;
      const values = sheet.rows.map((row) => row.map((v) => (v === null ? "" : v instanceof Date ? serial(v) : v)));
      const on = await validate(values as unknown[][], undefined, undefined, invocation("'計画'!A1:G30"));
      expect(rows(on, "cs-papers")).toHaveLength(1);
      const off = await validate(values as unknown[][], undefined, [["off=cs-papers"]], invocation("'計画'!A1:G30"));
      expect(rows(off, "cs-papers")).toHaveLength(0);
    });

    it("takes options as a range of name | value rows", async () => {
      const result = await run("A", [
        ["lang", "en"],
        ["min", "error"],
      ]);
      expect(result.map((r) => r[1])).toEqual(["rule", "em-12w"]);
    });

    it("applies a course to every plan", async () => {
      const result = await run("A", [[""]]);
      expect(rows(result, "hema-icu").length).toBeGreaterThan(0);
      expect(rows(await run(undefined, [[""]]), "hema-icu")).toHaveLength(0);
    });
  });

  describe("bad arguments", () => {
    const grid = excelCohort({ trainees: [TARO] });

    it("is a #VALUE! with a Japanese message for a course that does not exist", async () => {
      const error = errorOf(await validate(grid.values, "Z", undefined, invocation(grid.address)));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain("コース「Z」");
    });

    it("is a #VALUE! for an unknown option or rule", async () => {
      expect(errorOf(await validate(grid.values, undefined, [["colour=red"]], invocation(grid.address))).message).toContain("colour");
      expect(errorOf(await validate(grid.values, undefined, [["off=no-such-rule"]], invocation(grid.address))).message).toContain("no-such-rule");
    });

    it("is a #VALUE! for an empty range and a missing grid", async () => {
      expect(errorOf(await validate([[""], [""]], undefined, undefined, invocation("Sheet1!A1:A2"))).code).toBe("#VALUE!");
      expect(errorOf(await validate(undefined as unknown as unknown[][], undefined, undefined, invocation(""))).message).toContain("grid");
    });

    it("is a #N/A when the range holds no rotation grid", async () => {
      const error = errorOf(await validate([["メモ", "予定"]], undefined, undefined, invocation("Sheet1!A1:B1")));
      expect(error.code).toBe("#N/A");
      expect(error.message).toContain("見出し行");
    });

    it("is a CustomFunctions.Error in Excel's runtime", async () => {
      class RuntimeError {
        constructor(
          readonly code: string,
          readonly message?: string
        ) {}
      }
      const g = globalThis as { CustomFunctions?: unknown };
      g.CustomFunctions = { Error: RuntimeError };
      try {
        const value = (await validate(grid.values, "Z", undefined, invocation(grid.address)))[0]![0];
        expect(value).toBeInstanceOf(RuntimeError);
        expect(value).toMatchObject({ code: "#VALUE!" });
      } finally {
        delete g.CustomFunctions;
      }
    });
  });

  it("stays far below Excel's payload limit on a grid where everyone breaks every rule", async () => {
    const broken: ExcelTrainee = { name: "", rotations: [["謎の科", 1], ["", 25]] };
    const trainees = Array.from({ length: 3_000 }, (_, i) => ({ ...broken, name: `研修医 ${i + 1}` }));
    const grid = excelCohort({ trainees, continuation: "repeat" });
    const result = await validate(grid.values, undefined, undefined, invocation(grid.address));
    expect(result.length).toBeLessThanOrEqual(5_000);
    expect(JSON.stringify(result).length).toBeLessThan(2_000_000);
    expect(result[result.length - 1]![3]).toMatch(/^ほか \d+ 件/);
  });
});

describe("ROTA.WEEKS", () => {
  const grid = excelCohort({ trainees: [TARO, HANAKO], continuation: "merge" });

  it("puts each trainee's weeks on the trainee's row of the grid", async () => {
    withWorkbook(grid);
    const result = await weeks(grid.values, [["救急"]], invocation(grid.address, "'2026年度'!AE4"));
    expect(result).toEqual([[""], [12], [8]]);
  });

  it("counts a row of fields, in any spelling, one column each", async () => {
    withWorkbook(grid);
    const result = await weeks(grid.values, [["内科", "血液内科", "神経内科", "休止"]], invocation(grid.address, "'2026年度'!AE3:AH3"));
    expect(result).toEqual([
      ["", "", "", ""],
      [40, 16, 0, 0],
      [40, 16, 0, 0],
    ]);
  });

  it("marks a trainee's weeks #N/A when merges could hide blocks and cannot be read", async () => {
    const result = await weeks(grid.values, [["内科"]], invocation(grid.address, "'2026年度'!AE4"));
    expect(result[0]).toEqual([""]);
    for (const row of result.slice(1)) expect(row[0]).toMatchObject({ code: "#N/A" });
  });

  it("is a #VALUE! for a field that names nothing known", async () => {
    const error = errorOf(await weeks(grid.values, [["婦人科"]], invocation(grid.address, "'2026年度'!AE4")));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("婦人科");
  });
});

describe("ROTA.TEMPLATE", () => {
  it("lays out a course's two years, one 4-week block per column", () => {
    const [row] = template("A");
    expect(row).toHaveLength(26);
    expect(row!.slice(0, 3)).toEqual(["必修 内科（血液）", "必修 内科（血液）", "必修 内科（腫瘍）"]);
    expect(row!.slice(13, 16)).toEqual(["必修 地域医療", "必修 救急", "選択 内科（血液・一般内科）"]);
  });

  it("gives one year with year", () => {
    expect(template("B", 1)[0]!.slice(0, 4)).toEqual(["必修 内科（血液・消化器）", "必修 内科（血液・消化器）", "必修 内科（血液・消化器）", "必修 内科（循環器）"]);
    expect(template("c", 2)[0]).toHaveLength(13);
  });

  it("gives a plan that ROTA.VALIDATE reads back without an error", async () => {
    const rotations = template("A")[0]!.map((text) => [String(text), 1] as const);
    const grid = excelCohort({ trainees: [{ name: "研修医 A", course: "A", rotations }], continuation: "repeat" });
    const result = await validate(grid.values, undefined, undefined, invocation(grid.address));
    expect(result.filter((r) => r[2] === "error")).toEqual([]);
  });

  it("is a #VALUE! for a course or year that does not exist", () => {
    expect(errorOf(template("D")).code).toBe("#VALUE!");
    expect(errorOf(template("A", 3)).message).toContain("year");
  });
});

describe("ROTA.QUOTA", () => {
  it("gives the minimum to every field taking part and the rest by largest remainder, in the fields' shape", () => {
    expect(quota([["内科"], ["外科"], ["眼科"]], [[3], [1], ["-"]], 6)).toEqual([[4], [2], [0]]);
    expect(quota([["内科", "外科", "眼科"]], [[3, 1, ""]], 6, 1)).toEqual([[4, 2, 0]]);
  });

  it("shares 40 places by default", () => {
    const fields = ["内科", "小児科", "皮膚科", "精神科", "外科"].map((f) => [f]);
    const places = quota(fields, [[10], [5], [5], [3], [2]]).flat();
    expect(places.reduce<number>((s, p) => s + Number(p), 0)).toBe(40);
  });

  it("leaves trailing empty rows empty, so the result lines up with a longer range", () => {
    expect(quota([["内科"], ["外科"], [""], [""]], [[1], [1], [""], [""]], 4, 1)).toEqual([[2], [2], [""], [""]]);
  });

  it("is a #VALUE! naming the row for a field that is not a basic field", () => {
    const error = errorOf(quota([["内科"], ["宇宙科"]], [[1], [2]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("2行目");
    expect(error.message).toContain("宇宙科");
  });

  it("reads applicant counts as the CLI does (12人, １２名, なし, 不参加, a header row and a 合計 row)", () => {
    // Issue 11: the function had a parser of its own and gave #VALUE! for 12人 and なし.
    expect(quota([["内科"], ["外科"], ["眼科"]], [["3人"], ["１名"], ["なし"]], 6)).toEqual([[4], [2], [0]]);
    expect(
      quota([["領域"], ["内科"], ["外科"], ["眼科"], ["合計"]], [["応募者数"], [3], ["1"], ["不参加"], [4]], 6)
    ).toEqual([[""], [4], [2], [0], [""]]);
  });

  it("is a #VALUE! for ranges of different shapes or counts that are not numbers", () => {
    expect(errorOf(quota([["内科"], ["外科"]], [[1]])).code).toBe("#VALUE!");
    expect(errorOf(quota([["内科"]], [["たくさん"]])).message).toContain("たくさん");
  });
});

describe("ROTA.FIELD", () => {
  it("names the canonical field of a cell", () => {
    expect(field([["神経内科"]])).toEqual([["内科(脳神経)"]]);
  });

  it("keeps the shape of a range, with empty cells empty and unknown text #N/A", () => {
    const result = field([
      ["救命救急センター", "産休"],
      ["", "婦人科"],
    ]);
    expect(result[0]).toEqual(["救急", "休止"]);
    expect(result[1]![0]).toBe("");
    expect(result[1]![1]).toMatchObject({ code: "#N/A" });
  });

  it("says what it could not read", () => {
    const [[value]] = field([[123]]) as [[{ code: string; message: string }]];
    expect(value.code).toBe("#N/A");
    expect(value.message).toContain("123");
  });
});

describe("every function", () => {
  it("answers nonsense with error values, never by throwing", async () => {
    const junk = [undefined, null, {}, [[{ weird: true }]], [[]], 42, Symbol.for("x")] as unknown[];
    for (const value of junk) {
      const results: Out[][][] = [
        await validate(value as unknown[][], value as string, value as unknown[][], invocation()),
        await weeks(value as unknown[][], value as unknown[][], invocation()),
        template(value as string, value as number),
        quota(value as unknown[][], value as unknown[][], value as number, value as number),
        field(value as unknown[][]),
      ];
      for (const result of results) expect(Array.isArray(result)).toBe(true);
    }
  });
});
