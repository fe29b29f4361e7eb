/**
 * Issue 8 item 2: cells that carry more than a field: a site before it, a length inside it
 * (checked against the columns the cell spans: rule `cell-length`), footnote marks.
 */
import { fieldLabel, parseCell } from "../../../src/engine";
import { CLEAN_PLAN, CLEAN_PLAN_MONTHS } from "../../fixtures";
import { checkCohort, only, onePlan, replaced } from "../helpers";

describe("a site before the field", () => {
  it.each([
    ["宮大附属 内科", "内科", "宮大附属"],
    ["A病院 外科", "外科", "A病院"],
    ["市立病院 小児科", "小児科", "市立病院"],
    ["C病院 地域", "地域医療", "C病院"],
    ["宮大附属集中治療部", "救急(ICU)", "宮大附属"],
  ])("reads %s as %s at %s", (text, label, site) => {
    const parsed = parseCell(text);
    expect(fieldLabel(parsed)).toBe(label);
    expect(parsed.site).toBe(site);
    expect(parsed.sitePrefix).toBe(true);
  });

  it("does not take a field for a site (`内科 外科` is not 外科 at 内科)", () => {
    expect(parseCell("内科 外科").kind).toBe("unknown");
  });

  it("classifies a 附属 site as the core hospital", async () => {
    const plan = replaced(CLEAN_PLAN, "内科（血液）", "宮大附属 内科");
    const { report } = await onePlan(plan);
    expect(report.grids[0]!.trainees[0]!.weeks["内科"]).toBe(40);
    expect(only(report, "unknown-rotation")).toEqual([]);
  });
});

describe("a length inside the cell", () => {
  it.each([
    ["内科6ヵ月", "内科", 26],
    ["救急 3か月", "救急", 13],
    ["地域医療1ヶ月", "地域医療", 52 / 12],
    ["外科(8週)", "外科", 8],
    ["外科（８週）", "外科", 8],
    ["精神科 4週間", "精神科", 4],
    ["3ヶ月 小児科", "小児科", 13],
  ])("reads %s as %s with %d weeks stated", (text, label, weeks) => {
    const parsed = parseCell(text);
    expect(fieldLabel(parsed)).toBe(label);
    expect(parsed.stated!.weeks).toBeCloseTo(weeks, 6);
  });

  it("never reads a bare month as a length (`内科6月` names June, not six months)", () => {
    expect(parseCell("内科6月").stated).toBeUndefined();
  });

  it("is quiet when the cell spans its stated length (months over month columns)", async () => {
    const plan = CLEAN_PLAN_MONTHS.map(([text, n]) => [text === "救急" ? "救急 3か月" : text === "外科" ? "外科(8週)" : text, n] as const);
    const { report } = await checkCohort({ header: "months", trainees: [{ name: "研修 花子", rotations: plan }] });
    expect(only(report, "cell-length")).toEqual([]);
    expect(report.grids[0]!.trainees[0]!.weeks["救急"]).toBe(13);
  });

  it("is quiet for `6ヵ月` over six 4-week blocks (programmes write months over blocks)", async () => {
    const plan = replaced(CLEAN_PLAN, "内科（血液）", "内科4ヵ月");
    const { report } = await onePlan(plan);
    expect(only(report, "cell-length")).toEqual([]);
  });

  it.each(["merge", "repeat", "ditto"] as const)("says so when the cell and its columns disagree (%s)", async (continuation) => {
    // 救急 3か月 written over two months only.
    const plan = CLEAN_PLAN_MONTHS.map(([text, n]) => (text === "救急" ? (["救急 3か月", 2] as const) : text === "内科（血液）" ? ([text, n + 1] as const) : ([text, n] as const)));
    const { report, layout } = await checkCohort({ header: "months", continuation, trainees: [{ name: "研修 花子", rotations: plan }] });
    const found = only(report, "cell-length");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.cells).toEqual(layout.trainees[0]!.rotations[3]!.cells);
    expect(found[0]!.message).toContain("3か月");
    // The columns are what is counted.
    expect(report.grids[0]!.trainees[0]!.weeks["救急"]).toBeCloseTo(8.67, 2);
  });
});

describe("footnote marks", () => {
  it.each(["内科※", "内科※1", "内科†", "内科‡", "内科*1", "内科＊", "内科①", "内科⑫", "内科¹", "内科(注2)"])("reads %s as 内科 and keeps the mark", (text) => {
    const parsed = parseCell(text);
    expect(parsed.field).toBe("内科");
    expect(parsed.marks!.length).toBe(1);
  });

  it("keeps a cell that is only a mark unknown, not empty", () => {
    expect(parseCell("※").kind).toBe("unknown");
  });

  it("counts a plan whose cells carry marks like the same plan without them", async () => {
    const marked = CLEAN_PLAN.map(([text, n], i) => [i % 3 === 0 ? `${text}※` : i % 3 === 1 ? `${text}①` : text, n] as const);
    const a = await onePlan(marked);
    const b = await onePlan(CLEAN_PLAN);
    expect(a.report.grids[0]!.trainees[0]!.weeks).toEqual(b.report.grids[0]!.trainees[0]!.weeks);
    expect(a.report.findings.map((f) => f.rule)).toEqual(b.report.findings.map((f) => f.rule));
  });
});
