import type { CourseId, ValidateOptions, ValidationReport } from "../../src/engine";
import { a1, CLEAN_PLAN, CLEAN_PLAN_MONTHS, cohortWorkbook, courseSheetLayout, courseSheetWorkbook, courseSpec } from "../fixtures";
import type { CourseSpec, FixtureRotation, HeaderKind } from "../fixtures";
import { only, shape, units, validate } from "./helpers";

/**
 * The hematology department's rules (seed 000, CONTRACT §1), on for plans marked as course A, B or C.
 * Cohort plans here have a course column: name in A, course in B, blocks C2 … AB2.
 */

const HEMA_RULES = ["hema-4w", "hema-im-sub", "hema-surg-gi", "hema-icu", "course-y1-hema", "course-y2-hema", "course-b-y1-em", "course-b-y2", "course-site"];
const TARO = "研修医 太郎";

/**
 * A course-A plan that meets every national and hematology rule (rec-8w aside: the five are 4 weeks each).
 * 1年次: 血液 8, 腫瘍, 消化器, 循環器, 呼吸器, 脳神経, 免疫 4 each, ICU 8, 消化器外科, 小児科, 産婦人科 4 each.
 * 2年次: 地域医療 with 一般外来, 救急, 精神科 4 each, 血液 40.
 */
const HEMA_PLAN: readonly FixtureRotation[] = [
  ["内科（血液）", 2], // blocks 0–1
  ["内科（腫瘍）", 1], // 2
  ["内科（消化器）", 1], // 3
  ["内科（循環器）", 1], // 4
  ["内科（呼吸器）", 1], // 5
  ["内科（脳神経）", 1], // 6
  ["内科（免疫）", 1], // 7
  ["救急（ICU）", 2], // 8–9
  ["外科（消化器）", 1], // 10
  ["小児科", 1], // 11
  ["産婦人科", 1], // 12
  ["地域医療（一般外来）", 1], // 13, 2年次 from here
  ["救急", 1], // 14
  ["精神科", 1], // 15
  ["選択 内科（血液）", 10], // 16–25
];

/** The block cell of a 0-based block on row 2 of a sheet with a course column. */
const block = (i: number) => a1(2, 3 + i);
const blocks = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => block(from + k));

/** HEMA_PLAN with some rotations changed (the plan must still fill 26 blocks). */
function changed(changes: Readonly<Record<string, FixtureRotation | readonly FixtureRotation[]>>, plan: readonly FixtureRotation[] = HEMA_PLAN): FixtureRotation[] {
  const out = plan.flatMap((r): FixtureRotation[] => {
    const c = changes[r[0]];
    return c === undefined ? [r] : typeof c[0] === "string" ? [c as FixtureRotation] : [...(c as readonly FixtureRotation[])];
  });
  if (units(out) !== units(plan)) throw new Error("test: the plan's length changed");
  return out;
}

/** One trainee with a course column. */
function checkPlan(rotations: readonly FixtureRotation[], course: string | undefined, options?: ValidateOptions, header: HeaderKind = "blocks"): Promise<ValidationReport> {
  return validate(cohortWorkbook({ header, courseColumn: true, trainees: [{ name: TARO, ...(course !== undefined ? { course } : {}), rotations }] }), options);
}

const notInfo = (report: ValidationReport) => report.findings.filter((f) => f.severity !== "info");
const hemaFindings = (report: ValidationReport) => report.findings.filter((f) => HEMA_RULES.includes(f.rule));

describe("the hematology plan's rules", () => {
  test("HEMA_PLAN fills two years", () => {
    expect(units(HEMA_PLAN)).toBe(26);
  });

  describe("when no course is marked", () => {
    it("does not run them, even on a plan with no 血液 at all", async () => {
      const report = await checkPlan(CLEAN_PLAN.map(([t, n]): FixtureRotation => [t === "内科（血液）" ? "内科（腎臓）" : t, n]), undefined);
      expect(report.grids[0]!.trainees[0]!.course).toBeNull();
      expect(hemaFindings(report)).toEqual([]);
      expect(report.findings).toEqual([]);
    });
  });

  describe.each<CourseId>(["A", "B", "C"])("when the plan is marked as course %s", (course) => {
    it("runs them, from the course column", async () => {
      const report = await checkPlan(CLEAN_PLAN, course);
      expect(report.grids[0]!.trainees[0]!.course).toBe(course);
      expect(hemaFindings(report).map((f) => f.rule)).toContain("hema-im-sub");
    });

    it("runs them, from validateWorkbook's course option", async () => {
      const report = await checkPlan(CLEAN_PLAN, undefined, { course });
      expect(report.grids[0]!.trainees[0]!.course).toBe(course);
      expect(hemaFindings(report).map((f) => f.rule)).toContain("hema-im-sub");
    });
  });

  describe("when a course sheet's title names the course", () => {
    it("runs them for that course, and not on the same sheet without a title", async () => {
      const b = courseSpec("B");
      const titled = await validate(courseSheetWorkbook({ courses: [b] }));
      const untitled = await validate(courseSheetWorkbook({ courses: [{ ...b, title: "" }] }));
      expect(titled.grids[0]!.trainees[0]!.course).toBe("B");
      expect(hemaFindings(titled).map((f) => f.rule)).toEqual(["hema-im-sub", "hema-surg-gi", "hema-icu"]);
      expect(untitled.grids[0]!.trainees[0]!.course).toBeNull();
      expect(hemaFindings(untitled)).toEqual([]);
    });
  });

  describe("when the course option and the course column disagree", () => {
    it("follows the option", async () => {
      // 40 weeks of 血液 in 2年次 suit A (8–44) but not B (8–36).
      const asA = await checkPlan(HEMA_PLAN, "A");
      const asB = await checkPlan(HEMA_PLAN, "A", { course: "B" });
      expect(only(asA, "course-y2-hema")).toEqual([]);
      expect(only(asB, "course-y2-hema").map((f) => f.message)).toEqual(["2年次の血液内科 40週 (B コースは 8〜36週)"]);
    });
  });

  describe("when a course-A plan meets all of them", () => {
    it("gives no warning or error", async () => {
      const report = await checkPlan(HEMA_PLAN, "A");
      expect(notInfo(report)).toEqual([]);
    });
  });
});

describe("hema-4w", () => {
  describe("when there is no 血液", () => {
    it("is an error on the trainee's name", async () => {
      const report = await checkPlan(changed({ "内科（血液）": ["内科（腎臓）", 2], "選択 内科（血液）": ["選択 内科（腎臓）", 10] }), "C");
      expect(only(report, "hema-4w").map(shape)).toEqual([{ rule: "hema-4w", severity: "error", trainee: TARO, cells: ["A2"] }]);
      expect(only(report, "hema-4w")[0]!.message).toBe("内科(血液) 0週 (必要 4週以上)");
    });
  });

  describe("when 血液 is half of one 4-week 内科（血液・消化器） block", () => {
    it("counts 2 weeks and points at that cell", async () => {
      const report = await checkPlan(changed({ "内科（血液）": [["内科（血液・消化器）", 1], ["内科（腎臓）", 1]], "選択 内科（血液）": ["選択 内科（腎臓）", 10] }), "C");
      expect(only(report, "hema-4w").map((f) => [f.cells, f.message])).toEqual([[[block(0)], "内科(血液) 2週 (必要 4週以上)"]]);
    });
  });

  describe("when 血液 is written 血液内科", () => {
    it("is met", async () => {
      const report = await checkPlan(changed({ "内科（血液）": ["血液内科", 2] }), "A");
      expect(only(report, "hema-4w")).toEqual([]);
    });
  });
});

describe("hema-im-sub", () => {
  describe("when one recommended subspecialty is missing", () => {
    it("is one warning naming it, on the trainee's name", async () => {
      const report = await checkPlan(changed({ "内科（腫瘍）": ["内科（腎臓）", 1] }), "A");
      expect(notInfo(report).map((f) => [f.rule, f.severity, f.cells, f.message])).toEqual([["hema-im-sub", "warning", ["A2"], "内科(腫瘍) 0週 (必要 4週以上)"]]);
    });
  });

  describe("when a subspecialty is only half of a shared block", () => {
    it("is a warning on that cell", async () => {
      const report = await checkPlan(changed({ "内科（呼吸器）": ["内科（呼吸器・循環器）", 1] }), "A");
      expect(only(report, "hema-im-sub").map((f) => [f.cells, f.message])).toEqual([[[block(5)], "内科(呼吸器) 2週 (必要 4週以上)"]]);
    });
  });

  describe("when they are spelled as departments", () => {
    it("counts 膠原病内科, 神経内科, 循環器内科 …", async () => {
      const report = await checkPlan(
        changed({
          "内科（腫瘍）": ["腫瘍内科", 1],
          "内科（消化器）": ["消化器内科", 1],
          "内科（循環器）": ["循環器内科", 1],
          "内科（呼吸器）": ["呼吸器内科", 1],
          "内科（脳神経）": ["神経内科", 1],
          "内科（免疫）": ["膠原病内科", 1],
        }),
        "A",
      );
      expect(only(report, "hema-im-sub")).toEqual([]);
    });
  });
});

describe("hema-surg-gi", () => {
  describe("when 外科 is not 消化器外科", () => {
    it("is a warning on the 外科 cells", async () => {
      const report = await checkPlan(changed({ "外科（消化器）": ["外科", 1] }), "A");
      expect(notInfo(report).map((f) => [f.rule, f.severity, f.cells])).toEqual([["hema-surg-gi", "warning", [block(10)]]]);
      expect(only(report, "hema-surg-gi")[0]!.message).toBe("外科が消化器外科で 0週 (血液内科志望には消化器外科 4週以上を推奨)");
    });
  });

  describe("when 外科 is written 消化器外科", () => {
    it("is met", async () => {
      expect(only(await checkPlan(changed({ "外科（消化器）": ["消化器外科", 1] }), "A"), "hema-surg-gi")).toEqual([]);
    });
  });
});

describe("hema-icu", () => {
  describe("when 救急 has no ICU", () => {
    it("is a warning on the 救急 cells", async () => {
      const report = await checkPlan(changed({ "救急（ICU）": ["救急", 2] }), "A");
      expect(notInfo(report).map((f) => [f.rule, f.severity, f.cells])).toEqual([["hema-icu", "warning", [block(8), block(9), block(14)]]]);
      expect(only(report, "hema-icu")[0]!.message).toBe("救急のうち ICU 0週 (血液内科志望には ICU 4週以上を推奨)");
    });
  });

  describe("when ICU is written 集中治療", () => {
    it("is met", async () => {
      expect(only(await checkPlan(changed({ "救急（ICU）": ["集中治療", 2] }), "A"), "hema-icu")).toEqual([]);
    });
  });
});

describe("course-y1-hema", () => {
  describe.each<CourseId>(["A", "B", "C"])("for course %s", (course) => {
    it("is a warning on the 1年次 血液 cells over 8 weeks", async () => {
      const report = await checkPlan(changed({ "内科（血液）": ["内科（血液）", 3], "内科（消化器）": [] }), course);
      expect(only(report, "course-y1-hema").map((f) => [f.severity, f.cells, f.message])).toEqual([["warning", blocks(0, 2), `1年次の血液内科 12週 (${course} コースは 4〜8週)`]]);
    });

    it("is a warning on the trainee's name with none in 1年次", async () => {
      const report = await checkPlan(changed({ "内科（血液）": ["内科（腎臓）", 2] }), course);
      expect(only(report, "course-y1-hema").map((f) => [f.cells, f.message])).toEqual([[["A2"], `1年次の血液内科 0週 (${course} コースは 4〜8週)`]]);
    });

    it.each([4, 8])("is met at %i weeks", async (weeks) => {
      const report = await checkPlan(changed({ "内科（血液）": [["内科（血液）", weeks / 4], ["内科（腎臓）", 2 - weeks / 4]] }), course);
      expect(only(report, "course-y1-hema")).toEqual([]);
    });
  });

  describe("when the grid is in months", () => {
    const monthsPlan = (hema: number): FixtureRotation[] =>
      hema === 2 ? [["内科（血液）", 2], ...CLEAN_PLAN_MONTHS.slice(1)] : [["内科（血液）", 3], ["内科（循環器）", 1], ...CLEAN_PLAN_MONTHS.slice(2)];

    it("does not flag two months (8.7 weeks) against 4–8 weeks", async () => {
      const report = await checkPlan(monthsPlan(2), "A", undefined, "months");
      expect(report.grids[0]!.layout).toBe("cohort-months");
      expect(only(report, "course-y1-hema")).toEqual([]);
    });

    it("flags three months (13 weeks)", async () => {
      const report = await checkPlan(monthsPlan(3), "A", undefined, "months");
      expect(only(report, "course-y1-hema").map((f) => [f.cells, f.message])).toEqual([[blocks(0, 2), "1年次の血液内科 13週 (A コースは 4〜8週)"]]);
    });
  });
});

describe("course-y2-hema", () => {
  /** HEMA_PLAN with `weeks` of 血液 in 2年次 (the rest 腎臓). */
  const y2 = (weeks: number) => {
    const parts: FixtureRotation[] = [
      ["選択 内科（血液）", weeks / 4],
      ["内科（腎臓）", 10 - weeks / 4],
    ];
    return changed({ "選択 内科（血液）": parts.filter(([, n]) => n > 0) });
  };

  it.each<[CourseId, number, boolean]>([
    ["A", 4, true],
    ["A", 8, false],
    ["A", 40, false],
    ["B", 8, false],
    ["B", 36, false],
    ["B", 40, true],
    ["C", 4, false],
    ["C", 40, false],
  ])("course %s with %i weeks: flagged %s", async (course, weeks, flagged) => {
    const report = await checkPlan(y2(weeks), course);
    const max = course === "A" ? 44 : 36;
    expect(only(report, "course-y2-hema").map((f) => [f.severity, f.message])).toEqual(flagged ? [["warning", `2年次の血液内科 ${weeks}週 (${course} コースは 8〜${max}週)`]] : []);
  });

  it("is a warning on the 2年次 血液 cells over the limit", async () => {
    const report = await checkPlan(HEMA_PLAN, "B");
    expect(only(report, "course-y2-hema").map((f) => f.cells)).toEqual([blocks(16, 25)]);
  });

  it("is a warning over 44 weeks for course A (a 48-week 2年次 of 血液 on a course sheet)", async () => {
    const a = courseSpec("A");
    const spec: CourseSpec = { ...a, years: [a.years[0]!, { ...a.years[1]!, rotations: [["必修\n地域医療", 1], ["選択\n内科\n（血液）", 12]] }] };
    const report = await validate(courseSheetWorkbook({ courses: [spec] }));
    expect(only(report, "course-y2-hema").map((f) => f.message)).toEqual(["2年次の血液内科 48週 (A コースは 8〜44週)"]);
  });
});

describe("course-b-y1-em", () => {
  describe("when course B has no 救急 in 1年次", () => {
    it("is a warning on the trainee's name", async () => {
      const plan = changed({ "救急（ICU）": ["内科（腎臓）", 2], 救急: ["救急（ICU）", 1], "選択 内科（血液）": [["救急（ICU）", 2], ["選択 内科（血液）", 8]] });
      const report = await checkPlan(plan, "B");
      expect(only(report, "course-b-y1-em").map((f) => [f.severity, f.cells, f.message])).toEqual([["warning", ["A2"], "B コースは1年次に救急を研修します (1年次に救急がありません)"]]);
    });

    it("is not checked for course A", async () => {
      const plan = changed({ "救急（ICU）": ["内科（腎臓）", 2], 救急: ["救急（ICU）", 1], "選択 内科（血液）": [["救急（ICU）", 2], ["選択 内科（血液）", 8]] });
      expect(only(await checkPlan(plan, "A"), "course-b-y1-em")).toEqual([]);
    });
  });

  describe("when course B has 救急 in 1年次", () => {
    it("is met", async () => {
      expect(only(await checkPlan(HEMA_PLAN, "B"), "course-b-y1-em")).toEqual([]);
    });
  });
});

describe("course-b-y2", () => {
  describe("when course B's 2年次 lacks 脳神経内科 and 免疫・リウマチ内科", () => {
    it("is one warning for each, listing the 2年次 cells", async () => {
      const report = await checkPlan(HEMA_PLAN, "B");
      expect(only(report, "course-b-y2").map((f) => [f.severity, f.cells, f.message])).toEqual([
        ["warning", blocks(13, 25), "B コースの2年次に 内科(脳神経) がありません"],
        ["warning", blocks(13, 25), "B コースの2年次に 内科(免疫・リウマチ) がありません"],
      ]);
    });
  });

  describe("when course B's 2年次 has all four", () => {
    it("is met", async () => {
      const plan = changed({ "選択 内科（血液）": [["神経内科", 1], ["リウマチ科", 1], ["選択 内科（血液）", 8]] });
      expect(only(await checkPlan(plan, "B"), "course-b-y2")).toEqual([]);
    });
  });

  describe("when course B's 2年次 lacks 精神科", () => {
    it("names it", async () => {
      const plan = changed({ 精神科: ["内科（腎臓）", 1], "選択 内科（血液）": [["神経内科", 1], ["リウマチ科", 1], ["選択 内科（血液）", 8]] });
      expect(only(await checkPlan(plan, "B"), "course-b-y2").map((f) => f.message)).toEqual(["B コースの2年次に 精神科 がありません"]);
    });
  });
});

describe("course-site", () => {
  /** A course sheet of one course, its year rows relabelled. */
  async function courseSheet(id: CourseId, year1?: string, year2?: string): Promise<ValidationReport> {
    const spec = courseSpec(id);
    const years = spec.years.map((y, i) => ({ ...y, label: [year1, year2][i] ?? y.label }));
    return validate(courseSheetWorkbook({ courses: [{ ...spec, years }] }));
  }
  const row = (r: number) => Array.from({ length: 13 }, (_, i) => a1(r, 1 + i));

  it.each<CourseId>(["A", "B", "C"])("is met by the department's course %s as the seed lays it out", async (id) => {
    expect(only(await courseSheet(id), "course-site")).toEqual([]);
  });

  describe("when course A spends 1年次 at a 協力型 hospital", () => {
    it("is a warning on the 1年次 cells", async () => {
      const report = await courseSheet("A", "1 年次 協力型研修病院");
      expect(only(report, "course-site").map((f) => [f.severity, f.cells, f.message])).toEqual([["warning", row(4), "1年次の研修施設が 協力型研修病院 (A コースは 基幹型 (大学病院))"]]);
    });
  });

  describe("when course B's years are the other way round", () => {
    it("is a warning for each year", async () => {
      const report = await courseSheet("B", "1 年次 大学病院", "2 年次 協力型研修病院");
      expect(only(report, "course-site").map((f) => [f.cells, f.message])).toEqual([
        [row(4), "1年次の研修施設が 基幹型 (大学病院) (B コースは 協力型研修病院)"],
        [row(7), "2年次の研修施設が 協力型研修病院 (B コースは 基幹型 (大学病院))"],
      ]);
    });
  });

  describe("when course C spends 2年次 at a 協力型 hospital", () => {
    it("is a warning on the 2年次 cells", async () => {
      const report = await courseSheet("C", undefined, "2 年次 協力型研修病院");
      expect(only(report, "course-site").map((f) => f.cells)).toEqual([row(7)]);
    });
  });

  describe("when course C does a short rotation at the city's 協力型 hospitals", () => {
    it("is met: the year is still mainly at the 大学病院", async () => {
      const layout = courseSheetLayout({ courses: [courseSpec("C")] });
      expect(layout.courses[0]!.years[1]!.rotations[3]!.text).toContain("市内協力型病院");
      expect(only(await courseSheet("C"), "course-site")).toEqual([]);
    });
  });

  describe("when sites are not known", () => {
    it("is not checked", async () => {
      const report = await courseSheet("B", "1 年次", "2 年次");
      expect(report.grids[0]!.trainees[0]!.course).toBe("B");
      expect(only(report, "course-site")).toEqual([]);
    });
  });
});
