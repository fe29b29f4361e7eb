import { validateWorkbook, type CellValue, type SheetData } from "../../src/engine";

/** A 定員 row whose capacity is not a number was skipped silently and its capacity errors vanished (issue 13). */

const PLAN = ["内科", "内科", "内科", "内科", "内科", "内科", "救急", "救急", "救急", "外科", "小児科", "産婦人科", "精神科", "地域医療", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科"];
const cohort: SheetData = {
  name: "2026年度",
  rows: [["氏名", ...PLAN.map((_, i) => i + 1)], ["研修医 一郎", ...PLAN], ["研修医 二郎", ...PLAN]],
};
const capacity = (rows: CellValue[][]): SheetData => ({ name: "定員", rows: [["診療科", "定員"], ...rows] });

describe("capacity-unreadable", () => {
  it.each<[string, CellValue]>([
    ["a negative number", "-3"],
    ["a word", "たくさん"],
    ["an error value", { error: "#REF!" }],
    ["a fraction", 2.5],
  ])("says which cell when the capacity is %s", (_what, value) => {
    const report = validateWorkbook([cohort, capacity([["外科", 1], ["内科", value]])]);
    const found = report.findings.filter((f) => f.rule === "capacity-unreadable");
    expect(found.map((f) => [f.severity, f.sheet, f.cells])).toEqual([["warning", "定員", ["B3"]]]);
    expect(found[0]!.message).toMatch(/^内科 の定員 \(B3\)「.+」を数値として読めません/);
  });

  it("still checks the rows it can read, and says nothing of an empty capacity or a readable one", () => {
    const report = validateWorkbook([cohort, capacity([["内科", 1], ["外科", null], ["救急", "2名"]])]);
    expect(report.findings.filter((f) => f.rule === "capacity-unreadable")).toEqual([]);
    expect(report.findings.filter((f) => f.rule === "capacity").length).toBeGreaterThan(0);
  });
});
