import { checkOverrides, RULES, validateWorkbook } from "../../src/engine";
import type { RuleOverride, ValidationReport } from "../../src/engine";
import { addCohortSheet, CLEAN_PLAN, cohortWorkbook, SHORT_EM_PLAN } from "../fixtures";
import type { FixtureRotation } from "../fixtures";
import * as ExcelJS from "exceljs";
import { only, readBack, replaced, validate } from "./helpers";

/** A program's own settings: rule overrides (STYLE "rules are data"), the sheet and course options, the registry. */

/** CLEAN_PLAN with 外科 cut to 4 weeks (the other block 整形外科). */
const SURG4: readonly FixtureRotation[] = CLEAN_PLAN.flatMap(([t, n]): FixtureRotation[] => (t === "外科" ? [["外科", 1], ["整形外科", 1]] : [[t, n]]));

const run = (rotations: readonly FixtureRotation[], rules?: Readonly<Record<string, RuleOverride>>): Promise<ValidationReport> =>
  validate(cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 太郎", rotations }] }), rules ? { rules } : {});

describe("rule overrides (options.rules)", () => {
  describe("when a program wants 8 weeks of 外科", () => {
    const rules = { "surg-4w": { params: { min: 8 } } };

    it("flags 4 weeks as an error with the program's number", async () => {
      const report = await run(SURG4, rules);
      expect(only(report, "surg-4w").map((f) => [f.severity, f.cells, f.message])).toEqual([["error", ["K2"], "外科 4週 (必要 8週以上)"]]);
    });

    it("is met by 8 weeks", async () => {
      expect(only(await run(CLEAN_PLAN, rules), "surg-4w")).toEqual([]);
    });

    it("leaves the other fields at 4 weeks", async () => {
      const plan = CLEAN_PLAN.flatMap(([t, n]): FixtureRotation[] => (t === "小児科" ? [["小児科", 1], ["整形外科", 1]] : [[t, n]]));
      expect(only(await run(plan, rules), "ped-4w")).toEqual([]);
    });
  });

  describe("when a rule is turned off", () => {
    it("gives none of its findings", async () => {
      const report = await run(SHORT_EM_PLAN, { "em-12w": { enabled: false } });
      expect(report.findings).toEqual([]);
      expect(report.summary.errors).toBe(0);
    });
  });

  describe("when a rule's severity is changed", () => {
    it("reports it at the new severity, counted and sorted as such", async () => {
      const plan = replaced(SURG4, "地域医療（一般外来）", "地域医療");
      const report = await run(plan, { "go-4w": { severity: "error" } });
      expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
        ["go-4w", "error"],
        ["rec-8w", "info"],
      ]);
      expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 1 });
    });
  });

  describe("when em-12w lets more 麻酔科 count", () => {
    it("uses the program's cap", async () => {
      const plan = CLEAN_PLAN.flatMap(([t, n]): FixtureRotation[] => (t === "救急" ? [["救急", 1], ["麻酔科", 2]] : [[t, n]]));
      expect(only(await run(plan), "em-12w")).toHaveLength(1);
      expect(only(await run(plan, { "em-12w": { params: { anesthesiaMax: 8 } } }), "em-12w")).toEqual([]);
    });
  });

  describe("when a hematology rule's numbers change", () => {
    it("uses them", async () => {
      // CLEAN_PLAN has 16 weeks of 血液.
      const workbook = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 太郎", course: "A", rotations: CLEAN_PLAN }] });
      expect(only(await validate(workbook), "hema-4w")).toEqual([]);
      const report = await validate(workbook, { rules: { "hema-4w": { params: { min: 20 } } } });
      expect(only(report, "hema-4w").map((f) => f.message)).toEqual(["内科(血液) 16週 (必要 20週以上)"]);
    });
  });
});

describe("validateWorkbook's options", () => {
  describe("when a sheet is named", () => {
    it("checks only that sheet", async () => {
      const workbook = new ExcelJS.Workbook();
      addCohortSheet(workbook, { header: "blocks", sheetName: "2025年度", trainees: [{ name: "a", rotations: SHORT_EM_PLAN }] });
      addCohortSheet(workbook, { header: "blocks", sheetName: "2026年度", trainees: [{ name: "b", rotations: SHORT_EM_PLAN }] });
      const sheets = await readBack(workbook);
      expect(validateWorkbook(sheets).findings.map((f) => [f.sheet, f.trainee])).toEqual([
        ["2025年度", "a"],
        ["2026年度", "b"],
      ]);
      const one = validateWorkbook(sheets, { sheet: "2026年度" });
      expect(one.grids.map((g) => g.sheet)).toEqual(["2026年度"]);
      expect(one.findings.map((f) => [f.sheet, f.trainee])).toEqual([["2026年度", "b"]]);
      expect(validateWorkbook(sheets, { sheet: "ない" }).grids).toEqual([]);
    });
  });

  describe("when a progress callback is given", () => {
    it("is called once per plan with the total", async () => {
      const sheets = await readBack(cohortWorkbook({ header: "blocks", trainees: ["a", "b", "c"].map((name) => ({ name, rotations: CLEAN_PLAN })) }));
      const calls: Array<[number, number]> = [];
      validateWorkbook(sheets, { onProgress: (done, total) => calls.push([done, total]) });
      expect(calls).toEqual([
        [1, 3],
        [2, 3],
        [3, 3],
      ]);
    });
  });

  describe("when findings of every severity come from several residents", () => {
    it("lists errors first, then warnings, then infos, each in row order", async () => {
      const report = await validate(
        cohortWorkbook({
          header: "blocks",
          trainees: [
            { name: "a", rotations: SURG4 },
            { name: "b", rotations: replaced(CLEAN_PLAN, "地域医療（一般外来）", "地域医療") },
            { name: "c", rotations: SHORT_EM_PLAN },
          ],
        }),
      );
      expect(report.findings.map((f) => [f.severity, f.trainee, f.rule])).toEqual([
        ["error", "c", "em-12w"],
        ["warning", "b", "go-4w"],
        ["info", "a", "rec-8w"],
      ]);
    });
  });
});

describe("the rule registry", () => {
  /** CONTRACT §1, for two-year plans. */
  const CONTRACT: Record<string, string> = {
    "total-104w": "error",
    "im-24w": "error",
    "em-12w": "error",
    "surg-4w": "error",
    "ped-4w": "error",
    "obgyn-4w": "error",
    "psy-4w": "error",
    "comm-4w": "error",
    "rec-8w": "info",
    "go-4w": "warning",
    "comm-year2": "warning",
    "block-4w": "warning",
    "core-52w": "error",
    "coop-12w": "error",
    "leave-90d": "error",
    "unknown-rotation": "warning",
    capacity: "error",
    "hema-4w": "error",
    "hema-im-sub": "warning",
    "hema-surg-gi": "warning",
    "hema-icu": "warning",
    "course-y1-hema": "warning",
    "course-y2-hema": "warning",
    "course-b-y1-em": "warning",
    "course-b-y2": "warning",
    "course-site": "warning",
  };

  it("has every rule of CONTRACT §1 at its severity, each once", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.fromEntries(RULES.filter((r) => r.id in CONTRACT).map((r) => [r.id, r.severity]))).toEqual(CONTRACT);
  });

  it("says where each rule comes from and what it asks, in both languages", () => {
    for (const rule of RULES) {
      expect(rule.source).not.toBe("");
      expect(rule.description.ja).not.toBe("");
      expect(rule.description.en).not.toBe("");
    }
  });
});

describe("a program's changes that cannot be used", () => {
  const workbook = () => cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 太郎", rotations: CLEAN_PLAN }] });

  it.each([
    [{ "surg-8w": { enabled: false } }, /surg-8w/],
    [{ "surg-4w": { params: { minimum: 8 } } }, /surg-4w.*minimum/],
    [{ "surg-4w": { params: { min: -1 } } }, /surg-4w の min: -1 は 0〜104 の範囲外/],
    [{ "surg-4w": { params: { min: Number.NaN } } }, /数ではありません/],
  ] as Array<[Record<string, RuleOverride>, RegExp]>)("refuses %j, naming it, instead of ignoring it", async (rules, said) => {
    await expect(validate(workbook(), { rules })).rejects.toThrow(said);
  });

  it("lets a caller's own options lower a number (only a profile is held to the national floor)", async () => {
    await expect(validate(workbook(), { rules: { "surg-4w": { params: { min: 2 } } } })).resolves.toBeDefined();
  });
});

describe("checkOverrides (a profile's floor)", () => {
  it("refuses lowering a national minimum, switching a national error off, or making it a warning", () => {
    const problems = checkOverrides(
      { "surg-4w": { params: { min: 2 } }, "im-24w": { enabled: false }, "em-12w": { severity: "warning" }, "coop-12w": { params: { max: 20 } } },
      { national: "floor" },
    );
    expect(problems.map((p) => [p.code, p.rule])).toEqual([
      ["bad-value", "surg-4w"],
      ["national-off", "im-24w"],
      ["national-severity", "em-12w"],
      ["bad-value", "coop-12w"],
    ]);
  });

  it("lets a profile raise a minimum, tighten a maximum, switch a recommendation off and make a warning an error", () => {
    expect(
      checkOverrides(
        { "surg-4w": { params: { min: 8 } }, "coop-12w": { params: { max: 8 } }, "rec-8w": { enabled: false }, "go-4w": { severity: "error" }, "hema-4w": { params: { min: 2 } } },
        { national: "floor" },
      ),
    ).toEqual([]);
  });

  it("declares bounds for every number of every rule", () => {
    for (const rule of RULES) {
      expect(Object.keys(rule.paramSpecs).sort()).toEqual(Object.keys(rule.params).sort());
      for (const [key, spec] of Object.entries(rule.paramSpecs as Record<string, { lo: number; hi: number }>)) {
        const value = (rule.params as Record<string, number>)[key]!;
        expect(value).toBeGreaterThanOrEqual(spec.lo);
        expect(value).toBeLessThanOrEqual(spec.hi);
      }
    }
  });

  it("has the clinician-scientist rules and the readers' notes in the one registry", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["cs-papers", "cs-length", "capacity", "merged-cells-unknown", "program-min", "program-max"]));
  });
});
