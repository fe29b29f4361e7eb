import { validateClinicianScientist } from "./cs";
import { findGrids } from "./detect/find-grids";
import { SEVERITY_ORDER, type Finding } from "./model/finding";
import type { Grid, Plan } from "./model/plan";
import type { SheetData } from "./model/sheet";
import type { ValidateOptions } from "./options";
import type { GridSummary, ValidationReport } from "./report";
import { CAPACITY_RULE, readCapacity, type CapacityEntry } from "./rules/capacity";
import { COURSE_MARK_RULE, HEMATOLOGY_RULES } from "./rules/hematology";
import { NATIONAL_RULES } from "./rules/national";
import { runRules } from "./rules/rule";
import { tallyPlan, weeksOfTally } from "./rules/tally";

/**
 * Checks every rotation plan in a workbook: finds the grids on each sheet by itself, reads every
 * trainee's plan, and runs the national rules on all of them and the hematology department's rules
 * on plans marked as course A, B or C. Never throws on what a cell holds.
 */
export function validateWorkbook(sheets: readonly SheetData[], options: ValidateOptions = {}): ValidationReport {
  return checkWorkbook(sheets, options).report;
}

/**
 * {@link validateWorkbook}, with the two-year grids it found (and their plans) beside the report,
 * for a caller that shows more than the findings (the task pane's cards) without finding them again.
 */
export function checkWorkbook(sheets: readonly SheetData[], options: ValidateOptions = {}): { report: ValidationReport; grids: Grid[] } {
  const selected = options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet);
  const capacity = readCapacity(sheets);
  const perSheet = selected.map((sheet) => ({ sheet, grids: findGrids(sheet) }));
  const twoYear = validatePlans(perSheet.flatMap((s) => s.grids), options, capacity);
  // Clinician-scientist plans (seed 001, one doctor per sheet) are found by their own labels on the
  // sheets that hold no two-year grid; a cohort sheet is not scanned for them cell by cell.
  const cs = perSheet.filter((s) => s.grids.length === 0).map(({ sheet }) =>
    validateClinicianScientist(sheet, {
      ...(options.csEdition !== undefined ? { csEdition: options.csEdition } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
    }),
  );
  const grids = perSheet.flatMap((s) => s.grids);
  if (cs.every((r) => r.grids.length === 0)) return { report: twoYear, grids };
  return { report: report([...twoYear.grids, ...cs.flatMap((r) => r.grids)], [...twoYear.findings, ...cs.flatMap((r) => r.findings)]), grids };
}

/** Checks grids already found (the custom functions and the task pane find them themselves). */
export function validatePlans(grids: readonly Grid[], options: ValidateOptions = {}, capacity: readonly CapacityEntry[] = []): ValidationReport {
  const overrides = options.rules ?? {};
  const findings: Finding[] = [];
  const summaries: GridSummary[] = [];
  const total = grids.reduce((n, g) => n + g.plans.length, 0);
  let done = 0;
  for (const grid of grids) {
    const plans: Plan[] = options.course ? grid.plans.map((p) => ({ ...p, course: options.course! })) : [...grid.plans];
    const weeks: Record<string, number>[] = [];
    for (const plan of plans) {
      const tally = tallyPlan(plan);
      weeks.push(weeksOfTally(tally));
      const target = { sheet: plan.sheet, trainee: plan.trainee };
      findings.push(...runRules(NATIONAL_RULES, tally, target, overrides));
      if (plan.course) findings.push(...runRules(HEMATOLOGY_RULES, tally, target, overrides));
      else if (plan.unknownCourse) findings.push(...runRules([COURSE_MARK_RULE], tally, target, overrides));
      options.onProgress?.(++done, total);
    }
    if (capacity.length > 0) findings.push(...runRules([CAPACITY_RULE], { grid: { ...grid, plans }, entries: capacity }, { sheet: grid.sheet, trainee: "" }, overrides));
    summaries.push({
      sheet: grid.sheet,
      range: grid.range,
      layout: grid.layout,
      trainees: plans.map((p, i) => ({ name: p.trainee, row: p.row, course: p.course ?? null, weeks: weeks[i]! })),
    });
  }
  return report(summaries, findings);
}

/** Sorts findings (errors first, then by sheet and row as met) and counts them. */
export function report(grids: readonly GridSummary[], findings: readonly Finding[]): ValidationReport {
  // Rank each finding once (severity, then the order its trainee was first met, then its own order).
  const firstMet = new Map<string, number>();
  const ranked = findings.map((f, i) => {
    const key = `${f.sheet}\u0000${f.trainee}`;
    let who = firstMet.get(key);
    if (who === undefined) firstMet.set(key, (who = firstMet.size));
    return { f, rank: (SEVERITY_ORDER[f.severity] * 1e6 + who) * 1e7 + i };
  });
  ranked.sort((a, b) => a.rank - b.rank);
  const sorted = ranked.map((x) => x.f);
  const count = (severity: Finding["severity"]) => sorted.reduce((n, f) => (f.severity === severity ? n + 1 : n), 0);
  return { grids, findings: sorted, summary: { errors: count("error"), warnings: count("warning"), infos: count("info") } };
}
