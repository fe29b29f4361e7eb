/**
 * Issue 8 items 4 and 5: headers (bare month numbers, ordinal months, week numbers per year or over
 * both, クール, 2-week columns, `4/1` dates) and row shapes (one row per year, a 一般外来 row, a
 * site row, blank and subtotal rows between residents). Each layout reads back with the weeks per
 * field the plan has; an ambiguous header is read so that each year covers 52 weeks, and said.
 */
import { findGrids } from "../../../src/engine";
import { CLEAN_PLAN, CLEAN_PLAN_MONTHS } from "../../fixtures";
import { checkCohort, only, onePlan, readBack, validate } from "../helpers";
import { LAYOUTS, render, type Columns, type ReadLayout } from "./render";

const MONTHLY = (layout: ReadLayout) => Math.abs(LAYOUTS[layout].columnWeeks - 52 / 12) < 1e-9;

/** CLEAN_PLAN (4-week units) or CLEAN_PLAN_MONTHS in the layout's columns. */
function planIn(layout: ReadLayout): Columns[] {
  if (MONTHLY(layout)) return CLEAN_PLAN_MONTHS.map(([t, n]) => [t, n]);
  const per = 4 / LAYOUTS[layout].columnWeeks;
  return CLEAN_PLAN.map(([t, n]) => [t, n * per]);
}

async function reference(layout: ReadLayout) {
  const { report } = MONTHLY(layout)
    ? await checkCohort({ header: "months", trainees: [{ name: "研修 一郎", rotations: CLEAN_PLAN_MONTHS }] })
    : await onePlan(CLEAN_PLAN);
  return report;
}

const ALL = Object.keys(LAYOUTS) as ReadLayout[];
const AMBIGUOUS: readonly ReadLayout[] = ["weeks-104", "weeks-per-year", "month-numbers", "year-rows-months", "year-rows-weeks"];

describe.each(ALL)("a header written as %s", (layout) => {
  it("reads every field's weeks as the plan has them, with the same findings", async () => {
    const { workbook } = render(layout, [
      { name: "研修 一郎", rotations: planIn(layout) },
      { name: "研修 二郎", rotations: planIn(layout) },
    ]);
    const report = await validate(workbook);
    const ref = await reference(layout);
    expect(report.grids).toHaveLength(1);
    expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(["研修 一郎", "研修 二郎"]);
    for (const t of report.grids[0]!.trainees) expect(t.weeks).toEqual(ref.grids[0]!.trainees[0]!.weeks);
    const rules = (r: typeof report) => [...new Set(r.findings.map((f) => f.rule))].filter((id) => id !== "header-reading").sort();
    expect(rules(report)).toEqual(rules(ref));
    expect(only(report, "total-104w")).toEqual([]);
    expect(only(report, "unknown-rotation")).toEqual([]);
  });

  it(AMBIGUOUS.includes(layout) ? "says how it read the header, once per grid" : "has nothing to say about the header", async () => {
    const { workbook } = render(layout, [
      { name: "研修 一郎", rotations: planIn(layout) },
      { name: "研修 二郎", rotations: planIn(layout) },
    ]);
    const notes = only(await validate(workbook), "header-reading");
    expect(notes).toHaveLength(AMBIGUOUS.includes(layout) ? 1 : 0);
    if (notes[0]) {
      expect(notes[0].severity).toBe("info");
      expect(notes[0].message).toMatch(/として読みました/);
    }
  });
});

describe("a header of bare numbers", () => {
  it("reads 1 … 104 as weeks (not 104 four-week blocks)", async () => {
    const sheets = await readBack(render("weeks-104", [{ name: "a", rotations: planIn("weeks-104") }]).workbook);
    const [grid] = findGrids(sheets[0]!);
    expect(grid!.layout).toBe("cohort-weeks");
    expect(grid!.plans[0]!.gridWeeks).toBe(104);
    expect(grid!.headers![0]!.reading).toMatchObject({ looked: "1…104", weeks: 1, unit: "week" });
  });

  it("reads 1 … 52 on one row per year as weeks, each year 52", async () => {
    const sheets = await readBack(render("year-rows-weeks", [{ name: "a", rotations: planIn("year-rows-weeks") }]).workbook);
    const [grid] = findGrids(sheets[0]!);
    const plan = grid!.plans[0]!;
    expect(plan.gridWeeks).toBe(104);
    expect(plan.slots.filter((s) => s.year === 2).reduce((n, s) => n + s.weeks, 0)).toBe(52);
    expect(plan.rows).toEqual([3, 4]);
  });

  it("reads 4 5 … 12 1 2 3 twice as months, not blocks", async () => {
    const sheets = await readBack(render("month-numbers", [{ name: "a", rotations: planIn("month-numbers") }]).workbook);
    const [grid] = findGrids(sheets[0]!);
    expect(grid!.layout).toBe("cohort-months");
    expect(grid!.plans[0]!.slots).toHaveLength(24);
    expect(grid!.plans[0]!.slots[12]!.year).toBe(2);
  });
});

describe("row shapes", () => {
  it.each(["first", "merged"] as const)("reads one resident from its 1年目 and 2年目 rows (name %s)", async (yearName) => {
    const { workbook } = render("year-rows-months", [{ name: "研修 一郎", rotations: planIn("year-rows-months") }, { name: "研修 二郎", rotations: planIn("year-rows-months") }], { yearName });
    const report = await validate(workbook);
    expect(report.grids[0]!.trainees.map((t) => [t.name, t.row])).toEqual([
      ["研修 一郎", 3],
      ["研修 二郎", 5],
    ]);
    expect(only(report, "total-104w")).toEqual([]);
    // 地域医療 sits in 2年次 of CLEAN_PLAN_MONTHS: no comm-year2.
    expect(only(report, "comm-year2")).toEqual([]);
  });

  it("reads a 一般外来 row (labelled, marked ○) as weeks run in parallel", async () => {
    const plan = planIn("blocks").map(([t, n]): Columns => [t === "地域医療（一般外来）" ? "地域医療" : t, n]);
    const { workbook } = render("blocks", [{ name: "研修 一郎", rotations: plan, parallel: { columns: [20, 21], mark: "○", label: "一般外来" } }]);
    const report = await validate(workbook);
    expect(report.grids[0]!.trainees).toHaveLength(1);
    expect(report.grids[0]!.trainees[0]!.weeks["一般外来"]).toBe(8);
    expect(report.grids[0]!.trainees[0]!.weeks["内科"]).toBe(40);
    expect(only(report, "go-4w")).toEqual([]);
  });

  it("reads an unlabelled row of 一般外来 under the resident as parallel", async () => {
    const plan = planIn("blocks").map(([t, n]): Columns => [t === "地域医療（一般外来）" ? "地域医療" : t, n]);
    const { workbook } = render("blocks", [{ name: "研修 一郎", rotations: plan, parallel: { columns: [3, 4], mark: "一般外来" } }]);
    const report = await validate(workbook);
    expect(report.grids[0]!.trainees).toHaveLength(1);
    expect(only(report, "go-4w")).toEqual([]);
  });

  it("reads a site row under each resident as the blocks' sites", async () => {
    const sites = Array.from({ length: 26 }, (_, i) => (i < 13 ? "大学病院" : i < 24 ? "協力型病院" : "〃"));
    const { workbook } = render("blocks", [
      { name: "研修 一郎", rotations: planIn("blocks"), sites },
      { name: "研修 二郎", rotations: planIn("blocks"), sites },
    ]);
    const report = await validate(workbook);
    expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(["研修 一郎", "研修 二郎"]);
    // 52 weeks at the core hospital: exactly enough, so core-52w is checked (sites known) and quiet.
    expect(only(report, "core-52w")).toEqual([]);
    const sheets = await readBack(workbook);
    const plan = findGrids(sheets[0]!)[0]!.plans[0]!;
    expect(plan.slots[0]!.site).toMatchObject({ kind: "core" });
    expect(plan.slots[20]!.site).toMatchObject({ kind: "coop-hospital" });
    expect(plan.slots[25]!.site).toMatchObject({ kind: "coop-hospital" });
  });

  it("says core-52w when the site row puts too little at the core hospital", async () => {
    const sites = Array.from({ length: 26 }, (_, i) => (i < 10 ? "大学病院" : "協力型病院"));
    const { workbook } = render("blocks", [{ name: "研修 一郎", rotations: planIn("blocks"), sites }]);
    expect(only(await validate(workbook), "core-52w")).toHaveLength(1);
  });

  it.each(["blank", "subtotal"] as const)("keeps residents apart across a %s row", async (between) => {
    const { workbook } = render("months", [{ name: "研修 一郎", rotations: planIn("months") }, { name: "研修 二郎", rotations: planIn("months") }, { name: "研修 三郎", rotations: planIn("months") }], { between });
    const report = await validate(workbook);
    expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(["研修 一郎", "研修 二郎", "研修 三郎"]);
    expect(only(report, "total-104w")).toEqual([]);
  });
});
