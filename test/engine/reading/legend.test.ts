/**
 * Issue 8 item 3: a legend on the sheet (`消内：消化器内科`, `消内=消化器内科`, one per line or
 * several per cell, or a 凡例 heading over two columns) is that sheet's vocabulary; its lines are
 * never residents.
 */
import { findGrids, parseCell, vocabularyOf } from "../../../src/engine";
import { CLEAN_PLAN, cohortLayout, cohortWorkbook, type CohortOptions } from "../../fixtures";
import { only, readBack, ruleIds, validate } from "../helpers";

/** CLEAN_PLAN in the sheet's own abbreviations (none of which the field table knows). */
const OWN = CLEAN_PLAN.map(([text, n]) => {
  const own: Record<string, string> = { "内科（消化器）": "GI", "内科（循環器）": "CV", "内科（呼吸器）": "Resp", 救急: "ER救", "内科（血液）": "Hem" };
  return [own[text] ?? text, n] as const;
});

const OPTIONS: CohortOptions = {
  header: "blocks",
  trainees: [
    { name: "研修 一郎", rotations: OWN },
    { name: "研修 二郎", rotations: OWN },
  ],
};

function withLegend(lines: ReadonlyArray<[row: number, col: number, text: string]>) {
  const workbook = cohortWorkbook(OPTIONS);
  const ws = workbook.worksheets[0]!;
  for (const [row, col, text] of lines) ws.getCell(row, col).value = text;
  return workbook;
}

async function expectReadThroughLegend(workbook: ReturnType<typeof cohortWorkbook>) {
  const report = await validate(workbook);
  const clean = await validate(cohortWorkbook({ ...OPTIONS, trainees: OPTIONS.trainees.map((t) => ({ ...t, rotations: CLEAN_PLAN })) }));
  expect(report.grids).toHaveLength(1);
  expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(["研修 一郎", "研修 二郎"]);
  expect(report.grids[0]!.trainees[0]!.weeks).toEqual(clean.grids[0]!.trainees[0]!.weeks);
  expect(only(report, "unknown-rotation")).toEqual([]);
  expect(only(report, "total-104w")).toEqual([]);
  expect(ruleIds(report)).toEqual(ruleIds(clean));
  return report;
}

describe("a legend on the sheet", () => {
  const layout = cohortLayout(OPTIONS);
  const below = layout.trainees[1]!.row + 2;

  it("without it, the sheet's own abbreviations are unknown", async () => {
    const report = await validate(cohortWorkbook(OPTIONS));
    expect(only(report, "unknown-rotation").length).toBeGreaterThan(0);
  });

  it("reads one entry per line under the grid (full-width colon), and its lines are not residents", async () => {
    await expectReadThroughLegend(
      withLegend([
        [below, 1, "GI：消化器内科"],
        [below + 1, 1, "CV：循環器内科"],
        [below + 2, 1, "Resp：呼吸器内科"],
        [below + 3, 1, "ER救：救急科"],
        [below + 4, 1, "Hem：血液内科"],
      ]),
    );
  });

  it("reads several entries in one cell, with = and ＝, under a 凡例 heading in the same cell", async () => {
    await expectReadThroughLegend(withLegend([[below, 1, "凡例：GI=消化器内科、CV＝循環器内科\nResp=呼吸器内科 ER救=救急科 Hem=血液内科"]]));
  });

  it("reads a legend beside the grid, to the right of the blocks", async () => {
    const right = layout.trainees[0]!.blockCells.length + 4;
    await expectReadThroughLegend(
      withLegend([
        [2, right, "GI : 消化器内科"],
        [3, right, "CV : 循環器内科"],
        [4, right, "Resp : 呼吸器内科"],
        [5, right, "ER救 : 救急科"],
        [6, right, "Hem : 血液内科"],
      ]),
    );
  });

  it("reads a 凡例 heading over two columns (spelling | name)", async () => {
    await expectReadThroughLegend(
      withLegend([
        [below, 1, "凡例"],
        [below + 1, 1, "GI"],
        [below + 1, 2, "消化器内科"],
        [below + 2, 1, "CV"],
        [below + 2, 2, "循環器内科"],
        [below + 3, 1, "Resp"],
        [below + 3, 2, "呼吸器内科"],
        [below + 4, 1, "ER救"],
        [below + 4, 2, "救急科"],
        [below + 5, 1, "Hem"],
        [below + 5, 2, "血液内科"],
      ]),
    );
  });

  it("lists the legend on the grid, and says each cell was read through it", async () => {
    const sheets = await readBack(withLegend([[below, 1, "GI：消化器内科 CV：循環器内科 Resp：呼吸器内科 ER救：救急科 Hem：血液内科"]]));
    const [grid] = findGrids(sheets[0]!);
    expect(grid!.legend!.map((e) => [e.spelling, e.means])).toEqual([
      ["GI", "消化器内科"],
      ["CV", "循環器内科"],
      ["Resp", "呼吸器内科"],
      ["ER救", "救急科"],
      ["Hem", "血液内科"],
    ]);
    const gi = grid!.plans[0]!.slots[0]!.parsed;
    expect(gi.via).toMatchObject({ kind: "legend", spelling: "GI", source: `A${below}` });
  });

  it("keeps the legend to its own sheet", async () => {
    const workbook = withLegend([[below, 1, "GI：消化器内科 CV：循環器内科 Resp：呼吸器内科 ER救：救急科 Hem：血液内科"]]);
    const { addCohortSheet } = await import("../../fixtures");
    addCohortSheet(workbook, { ...OPTIONS, sheetName: "別シート" });
    const report = await validate(workbook);
    const unknown = only(report, "unknown-rotation");
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((f) => f.sheet === "別シート")).toBe(true);
  });

  it("ignores a line that is not a legend (a name that is no field, a time)", () => {
    const legend = vocabularyOf([]);
    expect(parseCell("GI", legend).kind).toBe("unknown");
  });
});
