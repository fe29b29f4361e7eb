/**
 * A course template laid into a resident's row of a cohort sheet, planned by the engine
 * (templates/cohort-row.ts): the edits, applied to the sheet (applyEdits), read back by the grid
 * reader as the course's plan, in the sheet's own way of continuing a rotation.
 */
import {
  COURSE_TEMPLATES,
  continuationOf,
  fieldLabel,
  findGrids,
  fitFourWeekBlocks,
  parseCell,
  planCohortRow,
  weeksByField,
  type CohortRowPlan,
  type CourseId,
  type SheetData,
} from "../../src/engine";
import { applyEdits } from "../../src/engine/plan";
import { CLEAN_PLAN, CLEAN_PLAN_MONTHS, cohortLayout, cohortWorkbook, sheetsOf, type CohortOptions } from "../fixtures";

async function cohort(options: CohortOptions): Promise<SheetData> {
  const [sheet] = await sheetsOf(cohortWorkbook(options));
  if (!sheet) throw new Error("the fixture wrote no sheet");
  return sheet;
}

function planned(sheet: SheetData, row: number, course: CourseId, name: string): CohortRowPlan {
  const outcome = planCohortRow(sheet, findGrids(sheet), row, course, name);
  if (!outcome.ok) throw new Error(`not planned: ${outcome.reason}`);
  return outcome.plan;
}

/** The sheet with the plan's edits written, and the plan of the resident on the row, as read back. */
function readBack(sheet: SheetData, plan: CohortRowPlan, name: string) {
  const [after] = applyEdits([sheet], [plan.edits]);
  if (!after) throw new Error("applyEdits lost the sheet");
  const resident = findGrids(after)[0]?.plans.find((p) => p.trainee === name);
  if (!resident) throw new Error(`no plan for ${name} after writing`);
  return { after, resident };
}

/** What the template says, in weeks per field. */
function templateWeeks(course: CourseId): Record<string, number> {
  const weeks: Record<string, number> = {};
  for (const r of COURSE_TEMPLATES[course].years.flatMap((y) => y.rotations)) {
    const field = parseCell(r.text).field ?? "?";
    weeks[field] = (weeks[field] ?? 0) + r.weeks;
  }
  return weeks;
}

const TWO = [
  { name: "研修 一郎", rotations: CLEAN_PLAN },
  { name: "研修 二郎", rotations: CLEAN_PLAN },
];

describe("planCohortRow", () => {
  it.each(["merge", "repeat", "ditto"] as const)("writes course B into the row below a %s cohort, and it reads back as course B's weeks", async (continuation) => {
    const options: CohortOptions = { header: "blocks", continuation, courseColumn: true, trainees: TWO.map((t) => ({ ...t, course: "A" })) };
    const sheet = await cohort(options);
    const row = cohortLayout(options).trainees[1]?.row ?? 0; // 1-based row of the last resident: 0-based, the row below
    const plan = planned(sheet, row, "B", "研修 三郎");
    expect(plan.style.kind).toBe(continuation);
    expect(plan.conflicts).toEqual([]);
    expect(plan.fitted).toBe(false);
    expect(plan.dropped).toEqual([]);
    const { resident } = readBack(sheet, plan, "研修 三郎");
    expect(resident.course).toBe("B");
    expect(weeksByField(resident)).toEqual(expect.objectContaining(templateWeeks("B")));
    // Merged runs only in a merged sheet; a ditto sheet writes its mark after the text.
    expect(plan.edits.merge.length > 0).toBe(continuation === "merge");
    const values = plan.edits.writes.map((w) => w.value);
    expect(values.includes("〃")).toBe(continuation === "ditto");
  });

  it("writes the blocks in template order, the name and course in their columns", async () => {
    const options: CohortOptions = { header: "weeks", continuation: "repeat", courseHeader: "研修コース", trainees: [{ name: "研修 一郎", course: "A", rotations: CLEAN_PLAN }] };
    const sheet = await cohort(options);
    const layout = cohortLayout(options);
    const plan = planned(sheet, layout.trainees[0]?.row ?? 0, "C", "研修 二郎");
    const [name, course, ...blocks] = plan.edits.writes;
    expect(name).toEqual({ cell: `A${plan.row + 1}`, value: "研修 二郎" });
    expect(course).toEqual({ cell: `B${plan.row + 1}`, value: "C" });
    const expected = COURSE_TEMPLATES.C.years.flatMap((y) => y.rotations.flatMap((r) => new Array<string>(r.weeks / 4).fill(fieldLabel(parseCell(r.text)))));
    expect(blocks.map((w) => fieldLabel(parseCell(w.value)))).toEqual(expected);
    expect(plan.region).toEqual({ top: plan.row, bottom: plan.row, left: 0, right: 1 + expected.length });
    expect(plan.blocks).toEqual({ top: plan.row, bottom: plan.row, left: 2, right: 1 + expected.length });
    expect(plan.before.every((v) => v === null)).toBe(true);
  });

  it("fits the rotations into months in proportion, every rotation kept", async () => {
    const options: CohortOptions = { header: "months", continuation: "repeat", trainees: [{ name: "研修 一郎", rotations: CLEAN_PLAN_MONTHS }] };
    const sheet = await cohort(options);
    const plan = planned(sheet, 2, "A", "研修 二郎");
    expect(plan.fitted).toBe(true);
    expect(plan.dropped).toEqual([]);
    const { resident } = readBack(sheet, plan, "研修 二郎");
    expect(resident.slots.filter((s) => s.parsed.kind === "rotation")).toHaveLength(24);
  });

  it("lists what it would overwrite on a resident's row, and the merges it would undo", async () => {
    const options: CohortOptions = { header: "blocks", continuation: "merge", trainees: TWO };
    const sheet = await cohort(options);
    const first = cohortLayout(options).trainees[0];
    const plan = planned(sheet, (first?.row ?? 1) - 1, "C", "別の名前");
    expect(plan.conflicts[0]).toEqual({ cell: first?.nameCell, before: "研修 一郎", after: "別の名前" });
    expect(plan.unmerged.length).toBeGreaterThan(0);
    expect(plan.edits.unmerge.length).toBeGreaterThanOrEqual(plan.unmerged.length);
    expect(plan.before[0]).toBe("研修 一郎");
  });

  it("refuses a row outside the cohort, a sheet without one, and a merge across rows", async () => {
    const sheet = await cohort({ header: "blocks", trainees: TWO });
    expect(planCohortRow(sheet, findGrids(sheet), 0, "A", "")).toEqual({ ok: false, reason: "outside", detail: "1" });
    expect(planCohortRow(sheet, [], 2, "A", "")).toEqual({ ok: false, reason: "no-cohort" });
    const merged = { ...sheet, merges: [...(sheet.merges ?? []), { top: 1, left: 3, bottom: 2, right: 3 }] };
    expect(planCohortRow(merged, findGrids(merged), 1, "A", "")).toMatchObject({ ok: false, reason: "merge-across-rows", detail: "D2:D3" });
  });
});

describe("continuationOf", () => {
  it("takes the sheet's most frequent habit, its own ditto mark, and the caller's fallback for a sheet with none", async () => {
    const ditto = await cohort({ header: "blocks", continuation: "ditto", ditto: "同上", trainees: TWO });
    expect(continuationOf(ditto, findGrids(ditto)[0]!, { kind: "merge" })).toEqual({ kind: "ditto", mark: "同上" });
    const single = await cohort({ header: "blocks", trainees: [{ name: "一人", rotations: [["内科", 1], ["外科", 1], ["救急", 1]] }] });
    const grid = findGrids(single)[0]!;
    expect(continuationOf(single, grid, { kind: "merge" })).toEqual({ kind: "merge" });
    expect(continuationOf(single, grid, { kind: "repeat" })).toEqual({ kind: "repeat" });
  });

  it("is not swayed by one merged cell on a sheet that repeats its text", async () => {
    const sheet = await cohort({ header: "blocks", continuation: "repeat", trainees: TWO });
    const grid = findGrids(sheet)[0]!;
    const row = (grid.plans[0]?.row ?? 1) - 1;
    const oneMerge = { ...sheet, merges: [{ top: row, left: 1, bottom: row, right: 2 }] };
    expect(continuationOf(oneMerge, findGrids(oneMerge)[0]!, { kind: "merge" })).toEqual({ kind: "repeat" });
  });
});

describe("fitFourWeekBlocks", () => {
  it("gives each rotation its weeks ÷ 4 blocks in order, drops what a short year cannot hold, and leaves the rest empty", () => {
    expect(fitFourWeekBlocks([{ text: "a", weeks: 8 }, { text: "b", weeks: 4 }], 4)).toEqual({ assignment: [0, 0, 1, -1], dropped: [] });
    expect(fitFourWeekBlocks([{ text: "a", weeks: 8 }, { text: "b", weeks: 4 }], 2)).toEqual({ assignment: [0, 0], dropped: [1] });
    expect(fitFourWeekBlocks([{ text: "a", weeks: 1 }], 1)).toEqual({ assignment: [0], dropped: [] });
  });
});
