import type { FieldProgress } from "../../src/engine";
import type { FixtureRotation } from "../fixtures";
import { CLEAN_PLAN, cohortWorkbook } from "../fixtures";
import { onePlan, replaced, validate } from "./helpers";

/**
 * Each trainee's `progress`: what the rules in force measured, met or not (the pane's week bars).
 * The minimums are the rules' own: nothing outside them repeats a number.
 */
const progressOf = async (rotations: readonly FixtureRotation[]): Promise<readonly FieldProgress[]> =>
  (await onePlan(rotations)).report.grids[0]!.trainees[0]!.progress!;

/** CLEAN_PLAN with 救急 as 1 block of 救急 and 2 of 麻酔科 (4 + at most 4 of 8 weeks). */
const ANESTHESIA: readonly FixtureRotation[] = CLEAN_PLAN.flatMap(([t, n]): FixtureRotation[] => (t === "救急" ? [["救急", 1], ["麻酔科", 2]] : [[t, n]]));

describe("a trainee's progress", () => {
  it("gives each required field against its rule's minimum, in the rules' order", async () => {
    expect((await progressOf(ANESTHESIA)).map((p) => [p.field, p.weeks, p.min, p.met, p.rule])).toEqual([
      ["内科", 40, 24, true, "im-24w"],
      ["救急", 8, 12, false, "em-12w"], // 4 + at most 4 of 麻酔科
      ["外科", 8, 4, true, "surg-4w"],
      ["小児科", 8, 4, true, "ped-4w"],
      ["産婦人科", 8, 4, true, "obgyn-4w"],
      ["精神科", 8, 4, true, "psy-4w"],
      ["地域医療", 8, 4, true, "comm-4w"],
      ["一般外来", 8, 4, true, "go-4w"],
    ]);
  });

  it("drops a rule switched off, and shows a raised minimum", async () => {
    const report = await validate(cohortWorkbook({ header: "blocks", trainees: [{ name: "t", rotations: ANESTHESIA }] }), {
      rules: { "em-12w": { enabled: false }, "surg-4w": { params: { min: 12 } } },
    });
    const progress = report.grids[0]!.trainees[0]!.progress!;
    expect(progress.map((p) => p.rule)).not.toContain("em-12w");
    expect(progress.find((p) => p.field === "外科")).toMatchObject({ weeks: 8, min: 12, met: false });
  });

  it("is what the findings say when short: the finding's facts are the bar's numbers", async () => {
    const { report } = await onePlan(replaced(CLEAN_PLAN, "外科", "整形外科"));
    const bar = report.grids[0]!.trainees[0]!.progress!.find((p) => p.rule === "surg-4w")!;
    const finding = report.findings.find((f) => f.rule === "surg-4w")!;
    expect(finding.facts).toEqual({ field: "外科", actual: 0, required: 4, unit: "weeks" });
    expect([bar.weeks, bar.min, bar.met]).toEqual([finding.facts!.actual, finding.facts!.required, false]);
  });
});

describe("weekBars: false (rota validate, which draws no bars)", () => {
  it("leaves progress out and changes nothing else", async () => {
    const book = cohortWorkbook({ header: "blocks", trainees: [{ name: "t", rotations: ANESTHESIA }, { name: "u", rotations: replaced(CLEAN_PLAN, "外科", "整形外科") }] });
    const withBars = await validate(book);
    const without = await validate(book, { weekBars: false });
    expect(without.grids[0]!.trainees.map((t) => t.progress)).toEqual([undefined, undefined]);
    expect(withBars.grids[0]!.trainees.every((t) => (t.progress ?? []).length > 0)).toBe(true);
    const strip = (r: typeof withBars) => ({ ...r, grids: r.grids.map((g) => ({ ...g, trainees: g.trainees.map(({ progress: _bars, ...rest }) => rest) })) });
    expect(strip(without)).toEqual(strip(withBars));
  });
});
