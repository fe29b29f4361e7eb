import * as ExcelJS from "exceljs";
import { findGrids } from "../../src/engine";
import type { Grid, ValidationReport } from "../../src/engine";
import {
  addCohortSheet,
  CLEAN_PLAN,
  CLEAN_PLAN_MONTHS,
  cohortLayout,
  cohortWorkbook,
  courseSheetLayout,
  courseSheetWorkbook,
  courseSpec,
  headerValues,
  SHORT_EM_PLAN,
} from "../fixtures";
import type { CohortOptions, Continuation, FixtureRotation, FixtureTrainee, HeaderKind } from "../fixtures";
import { gridsOf, readBack, replaced, shape, sheetWorkbook, units, validate } from "./helpers";

/** CLEAN_PLAN's weeks per field (CONTRACT §3's `weeks`). */
const CLEAN_WEEKS = { 内科: 40, 救急: 12, 外科: 8, 小児科: 8, 産婦人科: 8, 精神科: 8, 地域医療: 8, 整形外科: 12, 一般外来: 8 };

/** 地域医療 in 1年次 (blocks 3–4), no 一般外来, and three blocks of text no field has. */
const MIXED_PLAN: readonly FixtureRotation[] = [
  ["内科（消化器）", 2],
  ["地域医療", 2],
  ["内科（呼吸器）", 2],
  ["救急", 3],
  ["外科", 2],
  ["小児科", 2],
  ["産婦人科", 2],
  ["精神科", 2],
  ["内科（循環器）", 2],
  ["内科（血液）", 4],
  ["学会発表準備", 3],
];

const TRAINEES: readonly FixtureTrainee[] = [
  { name: "研修医 太郎", rotations: CLEAN_PLAN },
  { name: "研修医 花子", rotations: SHORT_EM_PLAN },
  { name: "研修医 次郎", rotations: MIXED_PLAN },
];

/** What TRAINEES give on a 26-column grid from A1 (name in A, blocks B … AA, rows 2–4). */
const EXPECTED_FINDINGS = [
  { rule: "em-12w", severity: "error", trainee: "研修医 花子", cells: ["H3", "I3"] },
  { rule: "go-4w", severity: "warning", trainee: "研修医 次郎", cells: ["A4"] },
  { rule: "comm-year2", severity: "warning", trainee: "研修医 次郎", cells: ["D4", "E4"] },
  { rule: "unknown-rotation", severity: "warning", trainee: "研修医 次郎", cells: ["Y4", "Z4", "AA4"] },
];

/** 救急 cut to 2 months (8.7 weeks) with no 麻酔科. */
const SHORT_EM_MONTHS: readonly FixtureRotation[] = [
  ["内科（消化器）", 2],
  ["内科（循環器）", 2],
  ["内科（呼吸器）", 2],
  ["救急", 2],
  ["内科（腎臓）", 1],
  ["外科", 2],
  ["整形外科", 1],
  ["小児科", 2],
  ["産婦人科", 2],
  ["精神科", 2],
  ["地域医療（一般外来）", 2],
  ["内科（血液）", 4],
];

const LAYOUT_OF: Readonly<Record<HeaderKind, Grid["layout"]>> = {
  blocks: "cohort-blocks",
  weeks: "cohort-weeks",
  months: "cohort-months",
  dates: "cohort-dates",
  "serial-dates": "cohort-dates",
};

const CONTINUATIONS: ReadonlyArray<{ label: string; continuation: Continuation; ditto?: string }> = [
  { label: "one merged cell", continuation: "merge" },
  { label: "repeated text", continuation: "repeat" },
  { label: "the ditto mark 〃", continuation: "ditto", ditto: "〃" },
  { label: "the ditto mark 同上", continuation: "ditto", ditto: "同上" },
  { label: "the ditto mark →", continuation: "ditto", ditto: "→" },
  { label: "the ditto mark ←", continuation: "ditto", ditto: "←" },
];

const findingShapes = (report: ValidationReport) => report.findings.map(shape);

describe("cohort sheets (CONTRACT §4)", () => {
  test("the plans are written as intended", () => {
    expect([CLEAN_PLAN, SHORT_EM_PLAN, MIXED_PLAN].map(units)).toEqual([26, 26, 26]);
    expect([CLEAN_PLAN_MONTHS, SHORT_EM_MONTHS].map(units)).toEqual([24, 24]);
  });

  describe.each<HeaderKind>(["blocks", "weeks", "dates", "serial-dates"])("when the header is %s", (header) => {
    describe.each(CONTINUATIONS)("and a rotation over several blocks is $label", ({ continuation, ditto }) => {
      const options: CohortOptions = { header, continuation, ...(ditto ? { ditto } : {}), trainees: TRAINEES };
      let report: ValidationReport;
      beforeAll(async () => {
        report = await validate(cohortWorkbook(options));
      });

      it(`finds one ${LAYOUT_OF[header]} grid over the header and the residents`, () => {
        expect(report.grids).toHaveLength(1);
        expect(report.grids[0]).toMatchObject({ sheet: "2026年度", range: "A1:AA4", layout: LAYOUT_OF[header] });
        expect(report.grids[0]!.trainees.map((t) => [t.name, t.row, t.course])).toEqual([
          ["研修医 太郎", 2, null],
          ["研修医 花子", 3, null],
          ["研修医 次郎", 4, null],
        ]);
      });

      it("counts the same weeks per field", () => {
        const [taro, hanako, jiro] = report.grids[0]!.trainees;
        expect(taro!.weeks).toEqual(CLEAN_WEEKS);
        expect(hanako!.weeks).toEqual({ ...CLEAN_WEEKS, 救急: 8, 整形外科: 16 });
        expect(jiro!.weeks).toEqual({ 内科: 40, 地域医療: 8, 救急: 12, 外科: 8, 小児科: 8, 産婦人科: 8, 精神科: 8 });
      });

      it("gives the same findings on the same cells", () => {
        expect(findingShapes(report)).toEqual(EXPECTED_FINDINGS);
      });
    });
  });

  describe("when the header is months (4月 … 3月, twice)", () => {
    describe.each(CONTINUATIONS)("and a rotation over several months is $label", ({ continuation, ditto }) => {
      let report: ValidationReport;
      beforeAll(async () => {
        report = await validate(
          cohortWorkbook({
            header: "months",
            continuation,
            ...(ditto ? { ditto } : {}),
            trainees: [
              { name: "研修医 太郎", rotations: CLEAN_PLAN_MONTHS },
              { name: "研修医 花子", rotations: SHORT_EM_MONTHS },
            ],
          }),
        );
      });

      it("finds a cohort-months grid of 24 columns", () => {
        expect(report.grids.map((g) => [g.range, g.layout])).toEqual([["A1:Y3", "cohort-months"]]);
      });

      it("counts a month as 52/12 weeks", () => {
        expect(report.grids[0]!.trainees[0]!.weeks).toEqual({
          内科: 43.33,
          救急: 13,
          外科: 8.67,
          麻酔科: 4.33,
          小児科: 8.67,
          産婦人科: 8.67,
          精神科: 8.67,
          地域医療: 8.67,
          一般外来: 8.67,
        });
      });

      it("gives the same findings on the same cells", () => {
        expect(findingShapes(report)).toEqual([{ rule: "em-12w", severity: "error", trainee: "研修医 花子", cells: ["H3", "I3"] }]);
        expect(report.findings[0]!.message).toBe("救急 8.7週 (必要 12週以上)");
      });
    });
  });

  describe("when the header is block start dates without a year (4/1, 4/29 …)", () => {
    /** 26 four-week blocks from `start`, labelled month/day only. */
    const yearless = (start: Date) =>
      Array.from({ length: 26 }, (_, i) => {
        const d = new Date(start.getTime() + i * 28 * 86_400_000);
        return `${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
      });
    const planCells = CLEAN_PLAN.flatMap(([text, n]) => new Array<string>(n).fill(text));

    it.each([
      ["2025-04-01", "no 29 February"],
      ["2026-04-01", "a 29 February in 2年次"],
      ["2026-10-01", "a 29 February in 2年次, starting in October"],
      ["2026-04-28", "a block that starts on 2/29"],
      ["2027-04-01", "a 29 February in 1年次"],
    ])("reads every block as 4 weeks from %s (%s)", async (start) => {
      const report = await validate(sheetWorkbook([["氏名", ...yearless(new Date(`${start}T00:00:00Z`))], ["研修医 太郎", ...planCells]]));
      expect(report.grids.map((g) => [g.range, g.layout])).toEqual([["A1:AA2", "cohort-dates"]]);
      expect(report.grids[0]!.trainees[0]!.weeks).toEqual(CLEAN_WEEKS);
      expect(report.findings).toEqual([]);
    });
  });

  describe("when there is a course column", () => {
    const options: CohortOptions = {
      header: "weeks",
      trainees: [
        { name: "a", course: "A", rotations: CLEAN_PLAN },
        { name: "b", course: "Ｂ", rotations: CLEAN_PLAN },
        { name: "c", course: "Cコース", rotations: CLEAN_PLAN },
        { name: "d", course: "コースA", rotations: CLEAN_PLAN },
        { name: "e", rotations: CLEAN_PLAN },
        { name: "f", course: "D", rotations: CLEAN_PLAN },
      ],
    };
    let grids: Grid[];
    beforeAll(async () => {
      grids = await gridsOf(cohortWorkbook(options));
    });

    it("reads A/B/C, full-width, and with コース; a blank or other value marks no course", () => {
      expect(grids[0]!.plans.map((p) => [p.trainee, p.course ?? null])).toEqual([
        ["a", "A"],
        ["b", "B"],
        ["c", "C"],
        ["d", "A"],
        ["e", null],
        ["f", null],
      ]);
    });

    it("says so when a course cell names none of A, B, C (course-unknown), and not for a blank one", async () => {
      const layout = cohortLayout(options);
      const report = await validate(cohortWorkbook(options));
      const marks = report.findings.filter((f) => f.rule === "course-unknown");
      expect(marks).toEqual([
        expect.objectContaining({ severity: "warning", trainee: "f", cells: [`B${layout.trainees[5]!.row}`], message: expect.stringContaining("コース「D」") }),
      ]);
    });

    it("starts the blocks after the course column", () => {
      expect(grids[0]!.range).toBe(cohortLayout(options).range);
      expect(grids[0]!.plans[0]!.slots[0]!.cell).toBe("C2");
      expect(grids[0]!.plans[0]!.slots).toHaveLength(26);
    });
  });

  describe("when a year row stands above the header", () => {
    const options: CohortOptions = { header: "blocks", yearRow: true, trainees: [{ name: "研修医 太郎", rotations: CLEAN_PLAN }] };
    let grids: Grid[];
    beforeAll(async () => {
      grids = await gridsOf(cohortWorkbook(options));
    });

    it("reads the header under it and the residents below", () => {
      expect(grids).toHaveLength(1);
      expect(grids[0]!.plans.map((p) => [p.trainee, p.row])).toEqual([["研修医 太郎", 3]]);
    });

    it("takes each block's year from it", () => {
      const years = grids[0]!.plans[0]!.slots.map((s) => s.year);
      expect(years).toEqual([...new Array(13).fill(1), ...new Array(13).fill(2)]);
    });

    it("covers the year row in the grid's range (it carries the years and sites)", () => {
      expect(grids[0]!.range).toBe("A1:AA3");
    });
  });

  describe("when the grid starts elsewhere, under a title", () => {
    const options: CohortOptions = {
      header: "weeks",
      title: "2026年度 研修医ローテーション表",
      startRow: 3,
      startCol: 3,
      trainees: [
        { name: "研修医 太郎", course: "A", rotations: CLEAN_PLAN },
        { name: "研修医 花子", course: "A", rotations: SHORT_EM_PLAN },
      ],
    };
    const layout = cohortLayout(options);
    let report: ValidationReport;
    beforeAll(async () => {
      report = await validate(cohortWorkbook(options));
    });

    it("finds the grid at its place, the title outside it", () => {
      expect(report.grids.map((g) => g.range)).toEqual([layout.range]);
      expect(layout.range).toBe("C4:AD6");
    });

    it("reads the residents' rows and course", () => {
      expect(report.grids[0]!.trainees.map((t) => [t.name, t.row, t.course])).toEqual([
        ["研修医 太郎", 5, "A"],
        ["研修医 花子", 6, "A"],
      ]);
    });

    it("points at the shifted cells", () => {
      const em = report.findings.filter((f) => f.rule === "em-12w");
      expect(em.map((f) => [f.trainee, f.cells])).toEqual([["研修医 花子", layout.trainees[1]!.rotations[3]!.cells]]);
      expect(em[0]!.cells).toEqual(["K6", "L6"]);
    });
  });

  describe("when two cohorts stand on one sheet", () => {
    let grids: Grid[];
    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      addCohortSheet(workbook, { header: "weeks", trainees: [{ name: "a", rotations: CLEAN_PLAN }, { name: "b", rotations: SHORT_EM_PLAN }] });
      const ws = workbook.getWorksheet("2026年度")!;
      // The second one under a title and a year row.
      ws.getCell("A6").value = "2025年度入職";
      ws.getCell("B7").value = "1年次";
      ws.mergeCells("B7:N7");
      ws.getCell("O7").value = "2年次";
      ws.mergeCells("O7:AA7");
      ws.getCell("A8").value = "氏名";
      headerValues("blocks").forEach((v, i) => (ws.getCell(8, 2 + i).value = v));
      ws.getCell("A9").value = "c";
      let col = 2;
      for (const [text, n] of SHORT_EM_PLAN) {
        for (let k = 0; k < n; k++) ws.getCell(9, col + k).value = text;
        col += n;
      }
      grids = await gridsOf(workbook);
    });

    it("finds both, each with its own residents", () => {
      expect(grids.map((g) => [g.range, g.layout, g.plans.map((p) => p.trainee)])).toEqual([
        ["A1:AA3", "cohort-weeks", ["a", "b"]],
        ["A7:AA9", "cohort-blocks", ["c"]],
      ]);
    });

    it("takes neither the second one's title nor its year row for residents of the first", () => {
      expect(grids[0]!.plans.every((p) => p.row <= 3)).toBe(true);
    });
  });

  describe("when rows follow the residents", () => {
    let grids: Grid[];
    beforeAll(async () => {
      const workbook = cohortWorkbook({
        header: "blocks",
        trainees: [
          { name: "研修医 太郎", rotations: CLEAN_PLAN },
          { name: "研修医 花子", rotations: CLEAN_PLAN },
          { name: "合計", rotations: [["2", 26]] },
        ],
      });
      const ws = workbook.getWorksheet("2026年度")!;
      ws.getCell("A7").value = " ";
      ws.getCell("A12").value = "※ 1ブロック = 4週";
      grids = await gridsOf(workbook);
    });

    it("takes neither trailing blank rows, a 合計 row nor a note for residents", () => {
      expect(grids).toHaveLength(1);
      expect(grids[0]!.plans.map((p) => p.trainee)).toEqual(["研修医 太郎", "研修医 花子"]);
      expect(grids[0]!.range).toBe("A1:AA3");
    });
  });

  describe("when a row without a name under a resident holds only 一般外来", () => {
    let report: ValidationReport;
    beforeAll(async () => {
      const noMark = replaced(CLEAN_PLAN, "地域医療（一般外来）", "地域医療");
      report = await validate(
        cohortWorkbook({
          header: "weeks",
          trainees: [
            { name: "研修医 太郎", rotations: noMark },
            { name: "", rotations: [["", 19], ["一般外来", 1]] },
            { name: "研修医 花子", rotations: noMark },
          ],
        }),
      );
    });

    it("reads it as that resident's parallel 一般外来, not as a resident", () => {
      expect(report.grids[0]!.trainees.map((t) => [t.name, t.row, t.weeks["一般外来"] ?? 0])).toEqual([
        ["研修医 太郎", 2, 4],
        ["研修医 花子", 4, 0],
      ]);
    });
  });
});

describe("course sheets, the seed's own layout (CONTRACT §4)", () => {
  describe("when A, B and C stand on one sheet", () => {
    const options = { courses: [courseSpec("A"), courseSpec("B"), courseSpec("C")] };
    const layout = courseSheetLayout(options);
    let grids: Grid[];
    beforeAll(async () => {
      grids = await gridsOf(courseSheetWorkbook(options));
    });

    it("finds three course-sheet grids, one plan each", () => {
      expect(grids.map((g) => [g.sheet, g.range, g.layout, g.plans.length])).toEqual([
        ["コース", "A1:M7", "course-sheet", 1],
        ["コース", "A9:M15", "course-sheet", 1],
        ["コース", "A17:M23", "course-sheet", 1],
      ]);
    });

    it("takes each plan's course and name from its title", () => {
      expect(grids.map((g) => [g.plans[0]!.trainee, g.plans[0]!.course, g.plans[0]!.nameCell, g.plans[0]!.row])).toEqual([
        ["A コース", "A", layout.courses[0]!.titleCell, 4],
        ["B コース", "B", layout.courses[1]!.titleCell, 12],
        ["C コース", "C", layout.courses[2]!.titleCell, 20],
      ]);
    });

    it("reads each year's site from its year row", () => {
      const kinds = grids.map((g) => [1, 2].map((year) => [...new Set(g.plans[0]!.slots.filter((s) => s.year === year).map((s) => s.site?.kind))]));
      expect(kinds).toEqual([
        [["core"], ["coop-hospital"]],
        [["coop-hospital"], ["core"]],
        // C's 2年次 has a short rotation at the city's 協力型 hospitals, named in its cell.
        [["core"], ["core", "coop-hospital"]],
      ]);
    });

    it("reads merged multi-line cells as one rotation over their blocks", () => {
      const a = grids[0]!.plans[0]!;
      expect(a.slots).toHaveLength(26);
      expect(a.slots.slice(0, 2).map((s) => [s.cell, s.parsed.field, s.parsed.subs, s.year, s.startWeek])).toEqual([
        ["A4", "内科", ["血液"], 1, 0],
        ["B4", "内科", ["血液"], 1, 4],
      ]);
      expect(a.slots[13]).toMatchObject({ cell: "A7", year: 2, startWeek: 52 });
      expect(a.gridWeeks).toBe(104);
    });
  });

  describe.each<Continuation>(["merge", "repeat", "ditto"])("when a rotation over several blocks is %s", (continuation) => {
    it("gives every course the same weeks, at any place on the sheet", async () => {
      const atA1 = await validate(courseSheetWorkbook({ courses: [courseSpec("B")] }));
      const moved = await validate(courseSheetWorkbook({ courses: [courseSpec("B")], continuation, startRow: 4, startCol: 3, weekHeader: "compact" }));
      expect(moved.grids.map((g) => g.trainees.map((t) => [t.name, t.course, t.weeks]))).toEqual(atA1.grids.map((g) => g.trainees.map((t) => [t.name, t.course, t.weeks])));
      expect(moved.findings.map((f) => f.rule)).toEqual(atA1.findings.map((f) => f.rule));
      expect(moved.grids[0]!.trainees[0]!.weeks).toEqual({ 内科: 72, 救急: 8, 麻酔科: 4, 外科: 4, 産婦人科: 4, 小児科: 4, 地域医療: 4, 精神科: 4 });
    });
  });

  describe("when the course sheet starts at another column", () => {
    it("starts its range at the first column it uses", async () => {
      const grids = await gridsOf(courseSheetWorkbook({ courses: [courseSpec("A")], startRow: 3, startCol: 2 }));
      expect(grids.map((g) => g.range)).toEqual(["B3:N9"]);
    });
  });

  describe("when the title says more than the course", () => {
    it("still reads the course from it", async () => {
      const grids = await gridsOf(courseSheetWorkbook({ courses: [{ ...courseSpec("A"), title: "A コース： 一般診療をまず身につけたいとき" }] }));
      expect(grids[0]!.plans[0]!.course).toBe("A");
    });
  });
});

describe("sheets without a rotation grid", () => {
  it("finds none on a sheet of notes", async () => {
    const sheets = await readBack(sheetWorkbook([["研修医ローテーション 注意事項"], [], [null, "内科", 4], [null, "救急", 12]]));
    expect(findGrids(sheets[0]!)).toEqual([]);
  });

  it("finds none on an empty sheet", () => {
    expect(findGrids({ name: "空", rows: [] })).toEqual([]);
  });

  it("finds none on the capacity sheet, even with numbers in a row", () => {
    const header = ["診療科", ...Array.from({ length: 26 }, (_, i) => i + 1)];
    expect(findGrids({ name: "定員", rows: [header, ["救急", ...new Array(26).fill(2)]] })).toEqual([]);
  });

  it("finds none under a header with no resident", () => {
    expect(findGrids({ name: "s", rows: [["氏名", ...Array.from({ length: 26 }, (_, i) => `${(i + 1) * 4}週`)]] })).toEqual([]);
  });
});
