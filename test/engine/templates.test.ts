import { templateWorkbook } from "../../src/adapters/xlsx";
import { COURSE_TEMPLATES, fieldLabel, findGrids, parseCell, renderCourseTemplate, validatePlans, weeksByField } from "../../src/engine";
import type { CourseId, Grid } from "../../src/engine";
import { readBack } from "./helpers";

/** The department's course templates (seed 000 §3): rendered, read back, and checked. */

/** What the template data says, block by block: each rotation's canonical label, once per 4-week block. */
function expectedBlocks(course: CourseId): string[] {
  return COURSE_TEMPLATES[course].years.flatMap((year) => year.rotations.flatMap((r) => new Array<string>(r.weeks / 4).fill(fieldLabel(parseCell(r.text)))));
}

/** What the template data says, field by field. */
function expectedWeeks(course: CourseId): Record<string, number> {
  const weeks: Record<string, number> = {};
  for (const year of COURSE_TEMPLATES[course].years) {
    for (const r of year.rotations) {
      const field = parseCell(r.text).field!;
      weeks[field] = (weeks[field] ?? 0) + r.weeks;
    }
  }
  return weeks;
}

describe.each<CourseId>(["A", "B", "C"])("the course %s template", (course) => {
  it("fills two years of 52 weeks, every rotation read as a known field", () => {
    const years = COURSE_TEMPLATES[course].years;
    expect(years.map((y) => y.rotations.reduce((n, r) => n + r.weeks, 0))).toEqual([52, 52]);
    for (const r of years.flatMap((y) => y.rotations)) expect(parseCell(r.text).kind).toBe("rotation");
  });

  describe.each([
    ["when rendered and read back by findGrids", async (c: CourseId) => findGrids(renderCourseTemplate(c, { name: "研修医 太郎" }).sheet)],
    ["when written to .xlsx by the adapter and read back", async (c: CourseId) => (await readBack(templateWorkbook([{ template: renderCourseTemplate(c, { name: "研修医 太郎", start: new Date(Date.UTC(2026, 3, 1)) }) }]))).flatMap((s) => findGrids(s))],
  ])("%s", (_, read) => {
    let grids: Grid[];
    beforeAll(async () => {
      grids = await read(course);
    });

    it("gives one course-sheet plan of 26 blocks, marked with the course", () => {
      expect(grids.map((g) => [g.layout, g.plans.length])).toEqual([["course-sheet", 1]]);
      const plan = grids[0]!.plans[0]!;
      expect(plan.course).toBe(course);
      expect(plan.trainee).toBe("研修医 太郎");
      expect(plan.gridWeeks).toBe(104);
      expect(plan.slots).toHaveLength(26);
    });

    it("gives the template's rotations block by block", () => {
      expect(grids[0]!.plans[0]!.slots.map((s) => fieldLabel(s.parsed))).toEqual(expectedBlocks(course));
    });

    it("gives the template's weeks exactly", () => {
      expect(weeksByField(grids[0]!.plans[0]!)).toEqual(expectedWeeks(course));
    });

    it("reads each year's site from its year row", () => {
      const plan = grids[0]!.plans[0]!;
      const sites = COURSE_TEMPLATES[course].years.map((y) => y.site);
      expect(plan.slots.filter((s) => s.year === 1).every((s) => s.site?.text === sites[0])).toBe(true);
      expect(plan.slots.filter((s) => s.year === 2 && !s.parsed.site).every((s) => s.site?.text === sites[1])).toBe(true);
    });

    it("breaks no rule of error severity", () => {
      const report = validatePlans(grids);
      expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(report.summary.errors).toBe(0);
    });
  });
});

describe("the templates' derived week counts (DOMAIN §2)", () => {
  it.each<[CourseId, number, number]>([
    ["A", 8, 22],
    ["B", 6, 36],
    ["C", 8, 36],
  ])("course %s: 血液 %i weeks in 1年次 and %i in 2年次", async (course, y1, y2) => {
    const plan = findGrids(renderCourseTemplate(course).sheet)[0]!.plans[0]!;
    const hema = (year: 1 | 2) =>
      plan.slots.filter((s) => s.year === year && s.parsed.subs.includes("血液")).reduce((n, s) => n + s.weeks / s.parsed.subs.length, 0);
    expect([hema(1), hema(2)]).toEqual([y1, y2]);
  });
});
