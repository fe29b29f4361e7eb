/**
 * The bundled examples (examples/*.xlsx) say what the README and the docs say they say, and read
 * the same once LibreOffice has opened and saved them (test/fixtures/libreoffice/: cohort-2026,
 * cs-plan, and the course-B template written by `rota template B`, each re-saved by
 * `soffice --headless --convert-to xlsx`).
 */
import * as path from "node:path";
import { readWorkbook, templateWorkbook, workbookBuffer, loadWorkbook } from "../../src/adapters/xlsx";
import { findGrids, renderCourseTemplate, validateWorkbook, type ValidationReport } from "../../src/engine";

const ROOT = path.join(__dirname, "..", "..");
const example = (name: string) => path.join(ROOT, "examples", name);
const libre = (name: string) => path.join(ROOT, "test", "fixtures", "libreoffice", name);

async function check(file: string): Promise<ValidationReport> {
  return validateWorkbook((await readWorkbook(file)).sheets);
}

/** What a report says, without the workbook's name: the grids, and each finding's rule and cells. */
function gist(report: ValidationReport) {
  return {
    grids: report.grids.map((g) => [g.sheet, g.range, g.layout, g.trainees.length]),
    findings: report.findings.map((f) => [f.sheet, f.trainee, f.rule, f.severity, f.cells.join(",")]).sort(),
  };
}

describe("the bundled examples", () => {
  it("2026年度ローテ.xlsx: several grids, with errors for the README to show", async () => {
    const report = await check(example("2026年度ローテ.xlsx"));
    expect(report.grids.length).toBeGreaterThan(1);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it("臨床研究医コース_計画例.xlsx: exactly the two deliberate problems the docs name", async () => {
    const report = await check(example("臨床研究医コース_計画例.xlsx"));
    expect(report.findings.map((f) => f.rule).sort()).toEqual(["cs-papers", "cs-research-effort"]);
  });

  it("2027年度_計画作成: the plan rota plan wrote has no error, the input it started from has", async () => {
    expect((await check(example("2027年度_計画作成.xlsx"))).summary.errors).toBeGreaterThan(0);
    expect((await check(example("2027年度_計画作成.planned.xlsx"))).summary.errors).toBe(0);
  });
});

describe("workbooks saved by LibreOffice", () => {
  it.each([
    ["cohort-2026.xlsx", "2026年度ローテ.xlsx"],
    ["cs-plan.xlsx", "臨床研究医コース_計画例.xlsx"],
  ])("%s reads as the example it was saved from", async (saved, original) => {
    expect(gist(await check(libre(saved)))).toEqual(gist(await check(example(original))));
  });

  it("Bコース.xlsx (rota template B, re-saved) reads as course B, its rotations and weeks as written", async () => {
    const original = await loadWorkbook(await workbookBuffer(templateWorkbook([{ template: renderCourseTemplate("B", { name: "研修医 花子" }) }])));
    const fromLibre = (await readWorkbook(libre("Bコース.xlsx"))).sheets;
    const plan = findGrids(fromLibre[0]!)[0]!.plans[0]!;
    expect([plan.course, plan.trainee, plan.slots.length]).toEqual(["B", "研修医 花子", 26]);
    expect(gist(validateWorkbook(fromLibre))).toEqual(gist(validateWorkbook(original.sheets)));
  });
});
