import { continuationOf, findGrids, fitBlocks, renderCourseTemplate, templateTextOneLine, type SheetData } from "../../src/engine";
import { planRowInsertion } from "../../src/taskpane/insert/cohort-row";
import { newSheetWrite } from "../../src/taskpane/insert/new-sheet";
import { sanitizeSheetName, uniqueSheetName } from "../../src/taskpane/insert/sheet-name";
import { renderTemplate, templateSheetName } from "../../src/taskpane/insert/templates";
import { MemoryWorkbook } from "./memory/workbook";
import { CLEAN_PLAN, CLEAN_PLAN_MONTHS, cohortLayout, cohortWorkbook, sheetsOf, type CohortOptions } from "../fixtures";

async function cohort(options: CohortOptions): Promise<SheetData> {
  return (await sheetsOf(cohortWorkbook(options)))[0]!;
}

describe("fitBlocks", () => {
  it("gives each rotation its share of the blocks, at least one each while there are enough", () => {
    expect(fitBlocks([{ text: "a", weeks: 8 }, { text: "b", weeks: 4 }], 3).assignment).toEqual([0, 0, 1]);
    // Course A's first year (11 rotations, 52 weeks) in 12 months: every rotation keeps a month.
    const a = fitBlocks([8, 4, 4, 4, 4, 4, 8, 4, 4, 4, 4].map((weeks, i) => ({ text: String(i), weeks })), 12);
    expect(a.assignment).toHaveLength(12);
    expect(new Set(a.assignment).size).toBe(11);
    expect(a.dropped).toEqual([]);
  });

  it("drops the rotations that find no block in a short year, and says which", () => {
    const fit = fitBlocks([{ text: "a", weeks: 4 }, { text: "b", weeks: 4 }, { text: "c", weeks: 4 }], 2);
    expect(fit.assignment).toHaveLength(2);
    expect(fit.dropped).toHaveLength(1);
  });
});

describe("templateTextOneLine", () => {
  it("puts a template cell on one line, 必修/選択 kept", () => {
    expect(templateTextOneLine("必修\n内科\n（血液）")).toBe("必修 内科（血液）");
    expect(templateTextOneLine("必修\n産婦人科")).toBe("必修 産婦人科");
    expect(templateTextOneLine("救急")).toBe("救急");
  });
});

describe("continuationOf", () => {
  it.each(["merge", "repeat", "ditto"] as const)("reads a cohort written with %s", async (continuation) => {
    const sheet = await cohort({ header: "blocks", continuation, ditto: "同上", trainees: [{ name: "a", rotations: CLEAN_PLAN }] });
    expect(continuationOf(sheet, findGrids(sheet)[0]!, { kind: "merge" })).toEqual(continuation === "ditto" ? { kind: "ditto", mark: "同上" } : { kind: continuation });
  });
});

describe("planRowInsertion", () => {
  const trainees = [
    { name: "研修 一郎", rotations: CLEAN_PLAN },
    { name: "研修 二郎", rotations: CLEAN_PLAN },
  ];

  it("writes a ditto sheet's way: the text once, then its mark", async () => {
    const options: CohortOptions = { header: "weeks", continuation: "ditto", trainees };
    const sheet = await cohort(options);
    const layout = cohortLayout(options);
    const row = layout.trainees[1]!.row; // 1-based: the row below is empty
    const planned = planRowInsertion(sheet, findGrids(sheet), row, "B", "研修 三郎");
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.plan.conflicts).toEqual([]);
    expect(planned.plan.write.merges).toEqual([]);
    const values = planned.plan.write.blocks.flatMap((b) => b.values[0]!);
    expect(values.slice(0, 5)).toEqual(["研修 三郎", "必修 内科（血液・消化器）", "〃", "〃", "必修 内科（循環器）"]);
  });

  it("fits the rotations into a month grid in proportion, and the result reads back as course B", async () => {
    const options: CohortOptions = { header: "months", continuation: "repeat", trainees: [{ name: "研修 一郎", rotations: CLEAN_PLAN_MONTHS }] };
    const wb = MemoryWorkbook.fromSheets(await sheetsOf(cohortWorkbook(options)));
    const snapshot = await wb.read();
    const planned = planRowInsertion(snapshot.sheet, findGrids(snapshot.sheet), 2, "B", "研修 二郎");
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.plan.fitted).toBe(true);
    expect(planned.plan.dropped).toEqual([]);
    expect(await wb.write(planned.plan.write)).toMatchObject({ ok: true });
    const plan = findGrids((await wb.read()).sheet)[0]!.plans[1]!;
    expect(plan.trainee).toBe("研修 二郎");
    expect(plan.slots.filter((s) => s.parsed.kind === "rotation")).toHaveLength(24);
  });

  it("lists the non-empty cells it would change, and the merges it would undo", async () => {
    const options: CohortOptions = { header: "blocks", continuation: "merge", trainees };
    const sheet = await cohort(options);
    const layout = cohortLayout(options);
    const planned = planRowInsertion(sheet, findGrids(sheet), layout.trainees[0]!.row - 1, "C", "別の名前");
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.plan.conflicts[0]).toEqual({ cell: layout.trainees[0]!.nameCell, before: "研修 一郎", after: "別の名前" });
    expect(planned.plan.conflicts.map((c) => c.cell)).toContain(layout.trainees[0]!.blockCells[0]);
    expect(planned.plan.unmerged.length).toBeGreaterThan(0);
    expect(planned.plan.write.target).toMatchObject({ kind: "existing", expect: { area: { top: layout.trainees[0]!.row - 1 } } });
  });

  it("finds the course column under a title and a year row, and never writes into the header", async () => {
    const options: CohortOptions = { header: "weeks", yearRow: true, title: "2027年度", trainees: [{ name: "研修 一郎", course: "A", rotations: CLEAN_PLAN }] };
    const sheet = await cohort(options);
    const layout = cohortLayout(options);
    const planned = planRowInsertion(sheet, findGrids(sheet), layout.trainees[0]!.row, "B", "研修 二郎");
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.plan.write.blocks[0]!.values[0]!.slice(0, 3)).toEqual(["研修 二郎", "B", "必修 内科（血液・消化器）"]);
    expect(planRowInsertion(sheet, findGrids(sheet), layout.headerRow - 1, "B", "")).toMatchObject({ ok: false, reason: "outside" });
  });

  it.each(["研修コース", "選択コース", "Course"])("writes the course into a column headed %s, as the engine reads it", async (courseHeader) => {
    // Issue 11: the pane had a regex of its own for the header and left a 研修コース column empty,
    // so the inserted course-B row escaped the course rules.
    const options: CohortOptions = { header: "blocks", courseHeader, trainees: [{ name: "研修 一郎", course: "A", rotations: CLEAN_PLAN }] };
    const wb = MemoryWorkbook.fromSheets(await sheetsOf(cohortWorkbook(options)));
    const snapshot = await wb.read();
    const planned = planRowInsertion(snapshot.sheet, findGrids(snapshot.sheet), cohortLayout(options).trainees[0]!.row, "B", "研修 二郎");
    if (!planned.ok) throw new Error(planned.reason);
    expect(await wb.write(planned.plan.write)).toMatchObject({ ok: true });
    const plan = findGrids((await wb.read()).sheet)[0]!.plans[1]!;
    expect([plan.trainee, plan.course]).toEqual(["研修 二郎", "B"]);
  });

  it("refuses a row outside the cohort, a sheet with no cohort, and a merge across rows", async () => {
    const options: CohortOptions = { header: "blocks", trainees };
    const sheet = await cohort(options);
    expect(planRowInsertion(sheet, findGrids(sheet), 0, "A", "")).toEqual({ ok: false, reason: "outside", detail: "1" });
    expect(planRowInsertion(sheet, findGrids(sheet), 10, "A", "")).toEqual({ ok: false, reason: "outside", detail: "11" });
    const course = renderCourseTemplate("A").sheet;
    expect(planRowInsertion(course, findGrids(course), 5, "A", "")).toEqual({ ok: false, reason: "no-cohort" });
    const merged = { ...sheet, merges: [...(sheet.merges ?? []), { top: 1, left: 3, bottom: 2, right: 3 }] };
    expect(planRowInsertion(merged, findGrids(merged), 1, "A", "")).toMatchObject({ ok: false, reason: "merge-across-rows", detail: "D2:D3" });
  });
});

describe("new sheets", () => {
  it("names a sheet after the course and the resident, as Excel allows", () => {
    expect(templateSheetName({ choice: "A", name: "研修 太郎" })).toBe("Aコース 研修 太郎");
    expect(templateSheetName({ choice: "cs", name: "" })).toBe("臨床研究医コース");
    expect(sanitizeSheetName("a/b:c*d?[e]")).toBe("a-b-c-d--e-");
    expect(sanitizeSheetName("'x'")).toBe("x");
    expect([...sanitizeSheetName("あ".repeat(40))]).toHaveLength(31);
    expect(uniqueSheetName("Aコース", (n) => n === "Aコース" || n === "Aコース (2)")).toBe("Aコース (3)");
  });

  it("writes the template from A1 with its merges, role formats, widths and lists, and selects the name cell", () => {
    const write = newSheetWrite(renderTemplate({ choice: "cs", name: "山田 太郎", startYear: 2024 }), "臨床研究医コース");
    expect(write.target).toEqual({ kind: "new-sheet", name: "臨床研究医コース" });
    expect(write.blocks[0]!.values[3]!.slice(0, 2)).toEqual(["氏名", "山田 太郎"]);
    expect(write.lists.length).toBeGreaterThan(0);
    expect(write.formats.some((f) => f.format.numberFormat === "yyyy/m/d")).toBe(true);
    expect(write.select).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
  });
});
