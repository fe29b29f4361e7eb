/**
 * Residents whose plans read alike take the findings of the first of them, pointed at their own
 * cells (alike-plans.ts): compared on generated cohorts with every plan checked alone.
 */
import fc from "fast-check";
import { findGrids, validatePlans, type Grid, type SheetData, type ValidateOptions } from "../../src/engine";
import type { Plan, Slot } from "../../src/engine/model/plan";
import { parseProfileJson, type Profile } from "../../src/engine/profile";
import { PLAN_KEYS, samePlanShape, SITE_KEYS, SLOT_KEYS } from "../../src/engine/rules/plan-shape";

/** Two courses of a program's own, alike but for their numbers (so that mixing them up shows). */
const PROFILE: Profile = (() => {
  const parsed = parseProfileJson(
    {
      courses: [
        { id: "D", years: [{ year: 1, ranges: [{ field: "麻酔科", min_weeks: 4, max_weeks: 8 }] }, { year: 2, required: ["小児科"] }] },
        { id: "E", years: [{ year: 1, ranges: [{ field: "麻酔科", min_weeks: 8, max_weeks: 12 }] }, { year: 2, required: ["精神科"] }] },
      ],
    },
    "p.json",
  );
  if (!parsed.ok) throw new Error("test: the profile is valid");
  return parsed.profile;
})();

const TEXTS = ["内科", "内科（血液）", "血液内科", "救急", "救急（ICU）", "外科", "小児科", "産婦人科", "精神科", "地域医療", "麻酔科", "一般外来", "休止", "〃", "", "謎の科", "内科(8週)", "地域医療@診療所", "外科 大学病院"];
const COURSES = ["A", "B", "C", "D", "Ｄコース", "E", "", "Ｘ"];
const BLOCKS = 26;

/** A cohort sheet: 氏名 | コース | 1 … 26, each resident's row from a template, some with a cell changed. */
const cohort = fc
  .record({
    templates: fc.array(fc.array(fc.constantFrom(...TEXTS), { minLength: BLOCKS, maxLength: BLOCKS }), { minLength: 1, maxLength: 3 }),
    residents: fc.array(
      fc.record({ template: fc.nat(2), course: fc.constantFrom(...COURSES), change: fc.option(fc.tuple(fc.nat(BLOCKS - 1), fc.constantFrom(...TEXTS)), { freq: 4 }) }),
      { minLength: 1, maxLength: 24 },
    ),
  })
  .map(({ templates, residents }): SheetData => {
    const header = ["氏名", "コース", ...Array.from({ length: BLOCKS }, (_, i) => i + 1)];
    const rows = residents.map((r, i) => {
      const cells = [...(templates[r.template % templates.length] ?? [])];
      if (r.change) cells[r.change[0]] = r.change[1];
      return [`研修医 ${i + 1}`, r.course, ...cells];
    });
    return { name: "2026年度", rows: [header, ...rows] };
  });

/** Each plan checked alone (nothing kept from another plan). */
function alone(grids: readonly Grid[], options: ValidateOptions) {
  return grids.flatMap((grid) => grid.plans.map((plan) => validatePlans([{ ...grid, plans: [plan] }], options)));
}

describe("plans that read alike", () => {
  it("get the findings and summaries each plan gets when checked alone", () => {
    fc.assert(
      fc.property(cohort, fc.boolean(), (sheet, weekBars) => {
        const grids = findGrids(sheet);
        const options: ValidateOptions = { profile: PROFILE, weekBars };
        const all = validatePlans(grids, options);
        const each = alone(grids, options);
        expect(all.grids.flatMap((g) => g.trainees)).toEqual(each.flatMap((r) => r.grids.flatMap((g) => g.trainees)));
        for (const r of each) {
          const [trainee] = r.grids.flatMap((g) => g.trainees);
          if (!trainee) continue;
          const own = (f: { trainee: string }) => f.trainee === trainee.name;
          expect(all.findings.filter(own)).toEqual(r.findings.filter(own));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("named as different courses of the program's, each get their own course's findings", () => {
    const row = ["内科", "内科", "内科", "内科", "内科", "内科", "救急", "救急", "救急", "外科", "小児科", "産婦人科", "精神科", "地域医療", "内科", "内科", "内科", "内科", "麻酔科", "外科", "外科", "救急", "地域医療", "内科", "内科", "内科"];
    const sheet: SheetData = { name: "s", rows: [["氏名", "コース", ...row.map((_, i) => i + 1)], ["研修医 1", "D", ...row], ["研修医 2", "E", ...row]] };
    const report = validatePlans(findGrids(sheet), { profile: PROFILE });
    const said = (trainee: string) => report.findings.filter((f) => f.trainee === trainee && f.rule.startsWith("course-")).map((f) => f.message);
    expect(said("研修医 1")).toEqual(["1年次の 麻酔科 0週 (D コースは 4〜8週)", "D コースの2年次に 小児科 がありません"]);
    expect(said("研修医 2")).toEqual(["1年次の 麻酔科 0週 (E コースは 8〜12週)", "E コースの2年次に 精神科 がありません"]);
  });

  it("point at each resident's own cells", () => {
    const row = ["内科", "内科", "内科", "内科", "内科", "内科", "救急", "救急", "救急", "外科", "小児科", "産婦人科", "精神科", "地域医療", "休止", "休止", "休止", "休止", "麻酔科", "外科", "外科", "救急", "地域医療", "内科", "内科", "内科"];
    const sheet: SheetData = { name: "s", rows: [["氏名", "コース", ...row.map((_, i) => i + 1)], ["研修医 1", "A", ...row], ["研修医 2", "A", ...row]] };
    const leave = validatePlans(findGrids(sheet)).findings.filter((f) => f.rule === "leave-90d");
    expect(leave.map((f) => [f.trainee, f.cells])).toEqual([
      ["研修医 1", ["Q2", "R2", "S2", "T2"]],
      ["研修医 2", ["Q3", "R3", "S3", "T3"]],
    ]);
  });
});

describe("samePlanShape", () => {
  const slot = (i: number, grids: readonly Grid[]): Slot => {
    const s = grids[0]?.plans[0]?.slots[i];
    if (!s) throw new Error("test: the plan has the slot");
    return s;
  };
  const row = ["内科", "〃", "救急", ...Array.from({ length: BLOCKS - 3 }, () => "外科")];
  const sheet: SheetData = { name: "s", rows: [["氏名", "コース", ...row.map((_, i) => i + 1)], ["研修医 1", "Ｘ", ...row]] };
  const grids = findGrids(sheet);
  const plan = ((): Plan => {
    const p = grids[0]?.plans[0];
    if (!p) throw new Error("test: the sheet has a plan");
    return p;
  })();

  it("tells apart plans that differ in anything the rules see, and only in that", () => {
    const other = { text: "他", cell: "Z9" };
    const seen: Partial<Record<keyof Plan, Plan>> = {
      course: { ...plan, course: "A" },
      template: { ...plan, template: true },
      unknownCourse: { ...plan, unknownCourse: { ...other } },
      slots: { ...plan, slots: plan.slots.slice(1) },
      parallel: { ...plan, parallel: [slot(0, grids)] },
      gridWeeks: { ...plan, gridWeeks: 8 },
      upperLimitScale: { ...plan, upperLimitScale: 13 / 12 },
    };
    const where: Partial<Record<keyof Plan, Plan>> = {
      sheet: { ...plan, sheet: "t" },
      trainee: { ...plan, trainee: "研修医 2" },
      nameCell: { ...plan, nameCell: "A3" },
      row: { ...plan, row: 3 },
      rows: { ...plan, rows: [3, 4] },
    };
    for (const [key, kind] of Object.entries(PLAN_KEYS)) {
      const changed = (kind === "seen" ? seen : where)[key as keyof Plan];
      expect([key, changed && samePlanShape(plan, changed)]).toEqual([key, kind === "where"]);
    }
    const first = slot(0, grids);
    const ditto = slot(1, grids);
    const slotChanged: Record<keyof Slot, Slot> = {
      cell: { ...first, cell: "Z9" },
      index: { ...first, index: 7 },
      startWeek: { ...first, startWeek: 8 },
      weeks: { ...first, weeks: 2 },
      year: { ...first, year: 2 },
      parsed: { ...first, parsed: slot(2, grids).parsed },
      site: { ...first, site: { text: "他病院", kind: "coop-hospital" } },
      ditto: { ...first, ditto: { text: "〃", from: "C2" } },
    };
    for (const [key, kind] of Object.entries(SLOT_KEYS)) {
      const changed = slotChanged[key as keyof Slot];
      expect([key, samePlanShape(plan, { ...plan, slots: [changed, ...plan.slots.slice(1)] })]).toEqual([key, kind === "where"]);
    }
    expect(samePlanShape(plan, { ...plan, slots: [first, { ...ditto, ditto: { text: "同上", from: "C2" } }, ...plan.slots.slice(2)] })).toBe(false);
    expect(samePlanShape(plan, { ...plan, slots: [first, { ...ditto, ditto: { text: "〃", from: "Q7" } }, ...plan.slots.slice(2)] })).toBe(true);
    const site = { text: "大学病院", kind: "core" } as const;
    const atSite = { ...plan, slots: [{ ...first, site }, ...plan.slots.slice(1)] };
    expect(samePlanShape(atSite, { ...plan, slots: [{ ...first, site: { ...site } }, ...plan.slots.slice(1)] })).toBe(true);
    for (const key of Object.keys(SITE_KEYS)) {
      const changedSite = { ...site, [key]: key === "kind" ? "coop-facility" : "他病院" };
      expect([key, samePlanShape(atSite, { ...plan, slots: [{ ...first, site: changedSite }, ...plan.slots.slice(1)] })]).toEqual([key, false]);
    }
  });
});
