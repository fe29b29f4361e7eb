import { findGrids } from "./detect/find-grids";
import { SEVERITY_ORDER, type Finding } from "./model/finding";
import type { Grid, Plan } from "./model/plan";
import type { SheetData } from "./model/sheet";
import type { ValidateOptions } from "./options";
import type { GridSummary, ValidationReport } from "./report";
import { CAPACITY_RULE, readCapacity, type CapacityEntry } from "./rules/capacity";
import { HEMATOLOGY_RULES } from "./rules/hematology";
import { NATIONAL_RULES } from "./rules/national";
import { runRules } from "./rules/rule";
import { tallyPlan, weeksOfTally } from "./rules/tally";

/**
 * Checks every rotation plan in a workbook: finds the grids on each sheet by itself, reads every
 * trainee's plan, and runs the national rules on all of them and the hematology department's rules
 * on plans marked as course A, B or C. Never throws on what a cell holds.
 */
export function validateWorkbook(sheets: readonly SheetData[], options: ValidateOptions = {}): ValidationReport {
  const selected = options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet);
  const capacity = readCapacity(sheets);
  const grids = selected.flatMap((sheet) => findGrids(sheet));
  return validatePlans(grids, options, capacity);
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
  const order = new Map<string, number>();
  findings.forEach((f) => {
    const key = `${f.sheet}\u0000${f.trainee}`;
    if (!order.has(key)) order.set(key, order.size);
  });
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || order.get(`${a.f.sheet}\u0000${a.f.trainee}`)! - order.get(`${b.f.sheet}\u0000${b.f.trainee}`)! || a.i - b.i)
    .map((x) => x.f);
  return {
    grids,
    findings: sorted,
    summary: {
      errors: sorted.filter((f) => f.severity === "error").length,
      warnings: sorted.filter((f) => f.severity === "warning").length,
      infos: sorted.filter((f) => f.severity === "info").length,
    },
  };
}
