import type { ValidationReport } from "../../src/engine";
import { addCapacitySheet, CLEAN_PLAN, cohortLayout, cohortWorkbook } from "../fixtures";
import type { CapacityOptions, CapacityRow, FixtureRotation, FixtureTrainee } from "../fixtures";
import { cellsOfText, only, replaced, validate } from "./helpers";

/**
 * capacity (CONTRACT §1, §5): a `定員` (or `Capacity`) sheet `診療科 | 定員 [| 施設]`; more residents in
 * one field (or field at a site) in one block than its capacity is an error listing their cells.
 */

const TWO: readonly FixtureTrainee[] = [
  { name: "研修医 太郎", rotations: CLEAN_PLAN },
  { name: "研修医 花子", rotations: CLEAN_PLAN },
];

async function withCapacity(trainees: readonly FixtureTrainee[], rows: readonly CapacityRow[], options?: CapacityOptions): Promise<ValidationReport> {
  const workbook = cohortWorkbook({ header: "blocks", trainees });
  addCapacitySheet(workbook, rows, options);
  return validate(workbook);
}

describe("capacity", () => {
  describe("when two residents share a 救急 block that takes one", () => {
    let report: ValidationReport;
    beforeAll(async () => {
      report = await withCapacity(TWO, [{ field: "救急", capacity: 1 }]);
    });

    it("is an error for each block over capacity, listing both residents' cells", () => {
      expect(only(report, "capacity").map((f) => [f.severity, f.sheet, f.trainee, f.cells, f.message])).toEqual([
        ["error", "2026年度", "", ["H2", "H3"], "救急 第7ブロック: 2名 (定員 1名)"],
        ["error", "2026年度", "", ["I2", "I3"], "救急 第8ブロック: 2名 (定員 1名)"],
        ["error", "2026年度", "", ["J2", "J3"], "救急 第9ブロック: 2名 (定員 1名)"],
      ]);
      expect(report.findings).toEqual(only(report, "capacity"));
    });

    it("does not read the 定員 sheet as a grid", () => {
      expect(report.grids.map((g) => g.sheet)).toEqual(["2026年度"]);
    });
  });

  describe("when the residents are at capacity", () => {
    it("is met", async () => {
      const report = await withCapacity(TWO, [{ field: "救急", capacity: 2 }, { field: "内科", capacity: 2 }]);
      expect(report.findings).toEqual([]);
    });
  });

  describe("when the sheet is in English", () => {
    it("reads Capacity | Field the same way", async () => {
      const report = await withCapacity(TWO, [{ field: "救急科", capacity: 1 }], { english: true });
      expect(only(report, "capacity")).toHaveLength(3);
    });
  });

  describe("when the capacity names a subspecialty", () => {
    it("counts only blocks of that subspecialty", async () => {
      const report = await withCapacity(TWO, [{ field: "血液内科", capacity: 1 }]);
      const cells = cellsOfText(cohortLayout({ header: "blocks", trainees: TWO }), "内科（血液）");
      expect(only(report, "capacity").map((f) => f.cells[0])).toEqual(cells);
      expect(only(report, "capacity")[0]!.message).toBe("内科(血液) 第20ブロック: 2名 (定員 1名)");
    });
  });

  describe("when the capacity is per site (a 施設 column)", () => {
    const atOji: FixtureRotation[] = replaced(CLEAN_PLAN, "内科（血液）", "内科（血液）@王子総合病院");

    it("counts only residents at that site", async () => {
      const report = await withCapacity(
        [
          { name: "研修医 太郎", rotations: atOji },
          { name: "研修医 花子", rotations: atOji },
          { name: "研修医 次郎", rotations: CLEAN_PLAN },
        ],
        [{ field: "内科", capacity: 1, site: "王子総合病院" }],
      );
      expect(only(report, "capacity").map((f) => [f.cells, f.message])).toEqual(
        ["U", "V", "W", "X"].map((col, i) => [[`${col}2`, `${col}3`], `内科@王子総合病院 第${20 + i}ブロック: 2名 (定員 1名)`]),
      );
    });

    it("is met when only one resident is there", async () => {
      const report = await withCapacity(
        [
          { name: "研修医 太郎", rotations: atOji },
          { name: "研修医 花子", rotations: CLEAN_PLAN },
        ],
        [{ field: "内科", capacity: 1, site: "王子総合病院" }],
      );
      expect(report.findings).toEqual([]);
    });
  });

  describe("when a capacity row cannot be read", () => {
    it("skips it", async () => {
      const report = await withCapacity(TWO, [
        { field: "救急", capacity: "多数" },
        { field: "ほげ", capacity: 1 },
        { field: "小児科", capacity: "1名" },
      ]);
      expect(only(report, "capacity").map((f) => f.message)).toEqual(["小児科 第12ブロック: 2名 (定員 1名)", "小児科 第13ブロック: 2名 (定員 1名)"]);
    });
  });

  describe("when there is no capacity sheet", () => {
    it("is not checked", async () => {
      const report = await validate(cohortWorkbook({ header: "blocks", trainees: TWO }));
      expect(only(report, "capacity")).toEqual([]);
    });
  });
});
