import * as ExcelJS from "exceljs";
import { findGrids, parseCell, toA1, validateWorkbook } from "../../src/engine";
import type { CellValue, SheetData, ValidationReport } from "../../src/engine";
import { CLEAN_PLAN, cohortWorkbook } from "../fixtures";
import { only, readBack, sheetWorkbook } from "./helpers";

/** Bad cells never throw (STYLE §4): they give findings, or no grid when there is none to read. */

const WEEKS_HEADER: readonly string[] = ["氏名", ...Array.from({ length: 26 }, (_, i) => `${(i + 1) * 4}週`)];
/** The 26 block cells of a 1-based sheet row (B … AA). */
const rowCells = (row: number) => Array.from({ length: 26 }, (_, i) => toA1(row - 1, i + 1));

async function check(rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>, merges: readonly string[] = []): Promise<ValidationReport> {
  return validateWorkbook(await readBack(sheetWorkbook(rows, merges)));
}

describe("robustness", () => {
  describe("when every block cell is an error value", () => {
    let report: ValidationReport;
    beforeAll(async () => {
      report = await check([WEEKS_HEADER, ["a", ...new Array(26).fill({ error: "#N/A" })], ["b", ...new Array(26).fill({ error: "#REF!" })]]);
    });

    it("reads the grid and reports one unknown run per resident, not gaps", () => {
      expect(report.grids.map((g) => g.trainees.map((t) => t.name))).toEqual([["a", "b"]]);
      expect(only(report, "unknown-rotation").map((f) => [f.trainee, f.cells, f.message])).toEqual([
        ["a", rowCells(2), "「#N/A」は研修分野ではありません (数値・日付・エラー値)"],
        ["b", rowCells(3), "「#REF!」は研修分野ではありません (数値・日付・エラー値)"],
      ]);
      expect(only(report, "total-104w")).toEqual([]);
    });

    it("still reports the fields the plan lacks", () => {
      expect(only(report, "im-24w").map((f) => [f.trainee, f.cells])).toEqual([
        ["a", ["A2"]],
        ["b", ["A3"]],
      ]);
    });
  });

  describe("when block cells hold numbers, booleans and dates", () => {
    let report: ValidationReport;
    beforeAll(async () => {
      const values: ExcelJS.CellValue[] = [3, 3, 1.5, true, false, new Date(Date.UTC(2026, 3, 1)), new Date(Date.UTC(2026, 3, 1))];
      report = await check([WEEKS_HEADER, ["a", ...values, ...CLEAN_PLAN.flatMap(([t, n]) => new Array<string>(n).fill(t)).slice(values.length)]]);
    });

    it("reports each run as not-text, and counts no gap", () => {
      expect(only(report, "unknown-rotation").map((f) => [f.cells, f.message])).toEqual([
        [["B2", "C2"], "「3」は研修分野ではありません (数値・日付・エラー値)"],
        [["D2"], "「1.5」は研修分野ではありません (数値・日付・エラー値)"],
        [["E2"], "「TRUE」は研修分野ではありません (数値・日付・エラー値)"],
        [["F2"], "「FALSE」は研修分野ではありません (数値・日付・エラー値)"],
        [["G2", "H2"], "「2026-04-01」は研修分野ではありません (数値・日付・エラー値)"],
      ]);
      expect(only(report, "total-104w")).toEqual([]);
    });
  });

  describe("when rows are ragged", () => {
    it("reads the missing cells as empty blocks", () => {
      const sheet: SheetData = { name: "s", rows: [[...WEEKS_HEADER], ["a", "内科"], [], ["b"], ["c", "救急", "救急", "救急"]] };
      const report = validateWorkbook([sheet]);
      expect(report.grids[0]!.trainees.map((t) => [t.name, t.row, t.weeks])).toEqual([
        ["a", 2, { 内科: 4 }],
        ["b", 4, {}],
        ["c", 5, { 救急: 12 }],
      ]);
      expect(only(report, "total-104w").map((f) => [f.trainee, f.cells.length, f.message])).toEqual([
        ["a", 25, "研修期間 4週 (必要 104週): 空欄 25ブロック"],
        ["b", 26, "研修期間 0週 (必要 104週): 空欄 26ブロック"],
        ["c", 23, "研修期間 12週 (必要 104週): 空欄 23ブロック"],
      ]);
    });
  });

  describe("when a sheet holds values no adapter should give", () => {
    it("reads NaN, infinities, invalid dates and empty strings as empty", () => {
      const sheet: SheetData = { name: "s", rows: [[...WEEKS_HEADER], ["a", NaN, Infinity, -Infinity, new Date(NaN), "", "内科"]] };
      const report = validateWorkbook([sheet]);
      expect(report.grids[0]!.trainees[0]!.weeks).toEqual({ 内科: 4 });
      expect(only(report, "total-104w")[0]!.cells.slice(0, 5)).toEqual(["B2", "C2", "D2", "E2", "F2"]);
    });
  });

  describe("when a merged area is huge", () => {
    it("reads a note merged over ten thousand cells below the grid", async () => {
      const workbook = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 太郎", rotations: CLEAN_PLAN }] });
      const ws = workbook.getWorksheet("2026年度")!;
      ws.getCell("A10").value = "備考";
      ws.mergeCells("A10:Z400");
      const report = validateWorkbook(await readBack(workbook));
      expect(report.grids.map((g) => g.trainees.map((t) => t.name))).toEqual([["研修医 太郎"]]);
      expect(report.findings).toEqual([]);
    });

    it("does not run out of room on a merge over the whole sheet", () => {
      const sheet: SheetData = {
        name: "s",
        rows: [[...WEEKS_HEADER], ["a", "内科"]],
        merges: [
          { top: 1, left: 1, bottom: 1, right: 26 },
          { top: 5, left: 0, bottom: 1_048_575, right: 16_383 },
        ],
      };
      const started = Date.now();
      const report = validateWorkbook([sheet]);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(report.grids[0]!.trainees[0]!.weeks).toEqual({ 内科: 104 });
    });

    it("reads a merge that starts outside the data as empty", () => {
      const sheet: SheetData = {
        name: "s",
        origin: { row: 10, col: 0 },
        rows: [[...WEEKS_HEADER], ["a", ...new Array(26).fill(null)]],
        merges: [{ top: 0, left: 1, bottom: 11, right: 26 }],
      };
      expect(() => validateWorkbook([sheet])).not.toThrow();
    });
  });

  describe("when a sheet is empty", () => {
    it.each<[string, SheetData]>([
      ["no rows", { name: "s", rows: [] }],
      ["empty rows", { name: "s", rows: [[], [], []] }],
      ["only nulls", { name: "s", rows: [[null, null], [null]] }],
    ])("finds no grid and no finding (%s)", (_, sheet) => {
      expect(findGrids(sheet)).toEqual([]);
      expect(validateWorkbook([sheet])).toEqual({ grids: [], findings: [], summary: { errors: 0, warnings: 0, infos: 0 } });
    });

    it("reads an empty worksheet of a real workbook", async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("空");
      expect(validateWorkbook(await readBack(workbook)).grids).toEqual([]);
    });
  });

  describe("when a sheet is full of error values", () => {
    it("finds no grid", async () => {
      const rows = Array.from({ length: 5 }, () => new Array(30).fill({ error: "#DIV/0!" }));
      expect(validateWorkbook(await readBack(sheetWorkbook(rows))).grids).toEqual([]);
    });
  });

  describe("when the header looks like a grid but nothing else does", () => {
    it.each<[string, CellValue[]]>([
      ["block numbers past 60", Array.from({ length: 26 }, (_, i) => i + 61)],
      ["decreasing week marks", Array.from({ length: 26 }, (_, i) => `${(26 - i) * 4}週`)],
      ["five header cells only", ["4週", "8週", "12週", "16週", "20週"]],
    ])("finds no grid under %s", (_, header) => {
      expect(findGrids({ name: "s", rows: [["氏名", ...header], ["a", "内科", "内科", "内科", "内科", "内科", "内科"]] })).toEqual([]);
    });
  });

  describe("when parseCell is given anything at all", () => {
    it("never throws", () => {
      const odd: unknown[] = ["(", ")", "()", "((内科))", "内科(", "@", "@@", "内科@", "・", "+", "必修", "〃〃〃", "\u0000", "𠮷", "x".repeat(10_000), { error: "" }, -0, Number.MAX_VALUE];
      for (const value of odd) expect(() => parseCell(value as CellValue)).not.toThrow();
    });
  });
});
