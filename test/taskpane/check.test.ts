import { validateWorkbook, type TraineeSummary } from "../../src/engine";
import { weekBars } from "../../src/taskpane/check/bars";
import { residentViews } from "../../src/taskpane/check/residents";
import { checkSnapshot, runCheck } from "../../src/taskpane/check/run-check";
import { chooseScope, clipSheet } from "../../src/taskpane/check/scope";
import { newSheetWrite } from "../../src/taskpane/insert/new-sheet";
import { renderTemplate } from "../../src/taskpane/insert/templates";
import { MemoryWorkbook } from "./memory/workbook";
import { addCapacitySheet, cohortWorkbook, sheetsOf } from "../fixtures";
import { COHORT, LAYOUT, SHEET, cohortMemory } from "./seeds";

const trainee = (weeks: Record<string, number>, course: TraineeSummary["course"] = null): TraineeSummary => ({ name: "t", row: 3, course, weeks });

describe("weekBars", () => {
  const barsOf = async (rotations: ReadonlyArray<readonly [string, number]>, header: "blocks" | "months" = "blocks") =>
    weekBars(validateWorkbook(await sheetsOf(cohortWorkbook({ header, trainees: [{ name: "t", rotations }] }))).grids[0]!.trainees[0]!);

  it("shows each required field against the rules' minimum, 救急 with at most 4 weeks of 麻酔科", async () => {
    const bars = await barsOf([["内科", 7], ["救急", 2], ["麻酔科", 2], ["外科", 1], ["整形外科", 14]]);
    expect(bars.map((b) => [b.field, b.weeks, b.min, b.met])).toEqual([
      ["内科", 28, 24, true],
      ["救急", 12, 12, true],
      ["外科", 4, 4, true],
      ["小児科", 0, 4, false],
      ["産婦人科", 0, 4, false],
      ["精神科", 0, 4, false],
      ["地域医療", 0, 4, false],
      ["一般外来", 0, 4, false],
    ]);
  });

  it("counts 麻酔科 as em-12w does on a month grid: a month of it is a month (52/12 weeks), not 4 weeks", async () => {
    const months: Array<[string, number]> = [["内科", 6], ["救急", 2], ["麻酔科", 1], ["外科", 1], ["小児科", 1], ["産婦人科", 1], ["精神科", 1], ["地域医療（一般外来）", 1], ["内科（血液）", 10]];
    const emergency = (await barsOf(months, "months")).find((b) => b.field === "救急")!;
    expect(emergency.weeks).toBeCloseTo(13, 1); // 2 months + 1 month of 麻酔科, each 52/12 weeks
    expect(emergency.met).toBe(true);
  });

  it("has no bars for a clinician-scientist plan", () => {
    expect(weekBars(trainee({}, "cs"))).toEqual([]);
  });
});

describe("checking a sheet", () => {
  it("groups findings by resident, the residents with errors first, then warnings, then the rest", async () => {
    const result = checkSnapshot(await (await cohortMemory()).read(), { kind: "sheet" });
    expect(result.residents.map((r) => [r.name, r.worst])).toEqual([
      ["研修 二郎", "error"],
      ["研修 一郎", "warning"],
      ["研修 三子", "warning"],
      ["研修 四郎", null],
      [LAYOUT.trainees[4]!.name, null],
    ]);
    const ichiro = result.residents[1]!;
    expect(ichiro.course).toBe("A");
    expect(ichiro.bars.map((b) => b.field)).toContain("血液"); // course A: the department's own minimum
    expect(ichiro.findings.every((f) => f.severity !== "error")).toBe(true);
    expect(result.report.findings).toEqual(validateWorkbook((await sheetsOf(cohortWorkbook(COHORT))), {}).findings);
  });

  it("puts findings about a whole grid (capacity) first, under no resident", async () => {
    const workbook = cohortWorkbook(COHORT);
    addCapacitySheet(workbook, [{ field: "救急", capacity: 1 }]);
    const memory = MemoryWorkbook.fromSheets(await sheetsOf(workbook));
    const result = checkSnapshot(await memory.read({ sheet: SHEET }), { kind: "sheet" });
    expect(result.residents[0]).toMatchObject({ row: 0, name: "", worst: "error" });
    expect(residentViews(result.report).length).toBe(result.residents.length);
  });

  it("checks the user's selection when there is one, and not a selection Rota made", async () => {
    const wb = await cohortMemory();
    wb.userSelect(SHEET, ["A2:AB4"]);
    const snapshot = await wb.read();
    expect(chooseScope(snapshot)).toEqual({ kind: "range", range: "A2:AB4" });
    expect(chooseScope(snapshot, ["A2:AB4"])).toEqual({ kind: "sheet" });
    const result = checkSnapshot(snapshot, chooseScope(snapshot));
    expect(result.residents.map((r) => r.name)).toEqual(["研修 二郎", "研修 一郎"]);
    wb.userSelect(SHEET, ["B7"]);
    expect(chooseScope(await wb.read())).toEqual({ kind: "sheet" });
  });

  it("checks a clinician-scientist plan: its findings under the doctor's name, no week bars", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "S", rows: [] }]);
    await wb.write(newSheetWrite(renderTemplate({ choice: "cs", name: "山田 太郎", startYear: 2024 }), "臨床研究医コース"));
    const result = checkSnapshot(await wb.read({ sheet: "臨床研究医コース" }), { kind: "sheet" });
    expect(result.residents).toHaveLength(1);
    expect(result.residents[0]).toMatchObject({ name: "山田 太郎", course: "cs", bars: [], worst: "error" });
    expect(result.residents[0]!.findings.map((f) => f.rule)).toContain("cs-papers");
  });

  it("clips a sheet to an area, merged areas with it", () => {
    const clipped = clipSheet({ name: "S", rows: [["a", "b", "c"], ["d", "e", "f"]], origin: { row: 1, col: 1 }, merges: [{ top: 1, left: 1, bottom: 1, right: 3 }] }, { top: 1, left: 2, bottom: 2, right: 3 });
    expect(clipped).toEqual({ name: "S", rows: [["b", "c"], ["e", "f"]], origin: { row: 1, col: 2 }, merges: [{ top: 1, left: 2, bottom: 1, right: 3 }] });
  });

  it("reads then checks, telling each stage", async () => {
    const stages: string[] = [];
    const result = await runCheck(await cohortMemory(), () => ({ kind: "sheet" }), (s) => stages.push(s));
    expect(stages).toEqual(["read", "check", "done"]);
    expect(result.report.summary.errors).toBe(1);
  });
});

describe("checking a sheet of a workbook with a 規則 sheet", () => {
  it("applies the program's rules: its own field is a finding and a week bar", async () => {
    const sheets = await sheetsOf(cohortWorkbook(COHORT));
    const rules = { name: "規則", rows: [["分野", "最低週数"], ["麻酔科", 4]] };
    const result = checkSnapshot(await MemoryWorkbook.fromSheets([...sheets, rules]).read({ sheet: SHEET }), { kind: "sheet" });
    expect(result.report.findings.filter((f) => f.rule === "program-min").length).toBe(LAYOUT.trainees.length);
    expect(result.residents[0]!.bars.map((b) => b.field)).toContain("麻酔科");
  });

  it("says what is wrong with a 規則 sheet, naming the cell, instead of checking without it", async () => {
    const sheets = await sheetsOf(cohortWorkbook(COHORT));
    const rules = { name: "規則", rows: [["分野", "最低週数"], ["外科", 2]] };
    const snapshot = await MemoryWorkbook.fromSheets([...sheets, rules]).read({ sheet: SHEET });
    expect(() => checkSnapshot(snapshot, { kind: "sheet" })).toThrow("規則!A2");
  });
});
