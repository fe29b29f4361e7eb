import { validateClinicianScientist } from "./cs";
import { findGrids } from "./detect/find-grids";
import { SEVERITY_ORDER, type Finding, type Severity } from "./model/finding";
import { at } from "./model/invariant";
import { sortFindings } from "./sort-findings";
import type { Grid, Plan } from "./model/plan";
import type { SheetData } from "./model/sheet";
import type { RuleOverride, ValidateOptions } from "./options";
import type { GridSummary, ValidationReport } from "./report";
import { PROFILE_MESSAGES } from "./messages/profile";
import { profileVocabulary, readProfileSheet, rulesSheetOf } from "./profile";
import { EMPTY_PROFILE, type Profile } from "./profile/profile";
import { CAPACITY_UNREADABLE_RULE, readCapacitySheet, type CapacityEntry } from "./rules/capacity";
import { checkOverrides } from "./rules/check-overrides";
import { RuleConfigError } from "./rules/errors";
import { findCourse, PROGRAM_COURSE_RULES } from "./rules/course-rules";
import type { CourseDef } from "./rules/course-plan";
import { programMaxRule, programMinRule } from "./rules/program";
import { COURSE_RULES, GRID_RULES, PLAN_RULES } from "./rules/registry";
import { applyOverrides, collectFindings, measureRules, runRules, type FindingTarget, type SomeRule } from "./rules/rule";
import { tallyPlan, weeksOfTally, type PlanTally } from "./rules/tally";
import { HEADER_READING_RULE } from "./rules/header-reading";
import { explainGrid } from "./explain/explain-grid";
import { AlikePlans, type Said } from "./alike-plans";

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
  const profile = options.profile === undefined ? workbookProfile(sheets) : options.profile;
  options = { ...options, profile };
  const rulesSheet = rulesSheetOf(sheets);
  const selected = (options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet)).filter((s) => s !== rulesSheet);
  const { entries: capacity, unreadable: unreadableCapacity } = readCapacitySheet(sheets);
  const vocabulary = profile ? profileVocabulary(profile) : undefined;
  const perSheet = selected.map((sheet) => ({ sheet, grids: findGrids(sheet, vocabulary ? { vocabulary } : {}) }));
  const plans = validatePlans(perSheet.flatMap((s) => s.grids), options, capacity);
  // A capacity that cannot be read is said once, on the 定員 sheet, when there are plans to check it against.
  const [unreadable] = unreadableCapacity;
  const twoYear =
    unreadable && plans.grids.length > 0
      ? report(plans.grids, [...plans.findings, ...runRules([CAPACITY_UNREADABLE_RULE], unreadableCapacity, { sheet: unreadable.sheet, trainee: "" }, rulesInForce(options))])
      : plans;
  const rules = rulesInForce(options);
  // Clinician-scientist plans (seed 001, one doctor per sheet) are found by their own labels on the
  // sheets that hold no two-year grid; a cohort sheet is not scanned for them cell by cell.
  const cs = perSheet.filter((s) => s.grids.length === 0).map(({ sheet }) =>
    validateClinicianScientist(sheet, {
      ...(options.csEdition !== undefined ? { csEdition: options.csEdition } : {}),
      rules,
    }),
  );
  const grids = perSheet.flatMap((s) => s.grids);
  if (cs.every((r) => r.grids.length === 0)) return { report: twoYear, grids };
  return { report: report([...twoYear.grids, ...cs.flatMap((r) => r.grids)], [...twoYear.findings, ...cs.flatMap((r) => r.findings)]), grids };
}

/**
 * The profile of the workbook's own 規則 sheet; null when it has none. Throws RuleConfigError
 * naming the cell when the sheet cannot be used (a profile is never half-applied).
 */
export function workbookProfile(sheets: readonly SheetData[]): Profile | null {
  const read = readProfileSheet(sheets);
  if (!read) return null;
  if (!read.ok) throw new RuleConfigError(read.problems);
  return read.profile;
}

/**
 * The rules' changes in force: the profile's, then the caller's own (`options.rules`), checked
 * against the registry. Throws RuleConfigError naming the rule or number when the caller's are wrong.
 */
export function rulesInForce(options: ValidateOptions): Readonly<Record<string, RuleOverride>> {
  const own = options.rules ?? {};
  const problems = checkOverrides(own, { national: "free" });
  if (problems.length > 0) throw new RuleConfigError(problems.map((p) => PROFILE_MESSAGES.ruleProblem(p, `rules.${p.rule}`)));
  const profile = options.profile ?? EMPTY_PROFILE;
  const merged: Record<string, RuleOverride> = { ...profile.rules };
  for (const [id, o] of Object.entries(own)) {
    const base = merged[id];
    merged[id] = base ? { ...base, ...o, ...(base.params || o.params ? { params: { ...base.params, ...o.params } } : {}) } : o;
  }
  return merged;
}

/** The rules run on every two-year plan: the registry's, and the profile's own fields. */
function planRules(profile: Profile): ReadonlyArray<SomeRule<PlanTally>> {
  return profile.fields.length > 0 ? [...PLAN_RULES, programMinRule(profile.fields), programMaxRule(profile.fields)] : PLAN_RULES;
}

/**
 * Checks grids already found (the custom functions and the task pane find them themselves). Each
 * trainee's summary carries `progress`: what the rules in force measured (the week bars), unless
 * `weekBars` is false.
 */
export function validatePlans(grids: readonly Grid[], options: ValidateOptions = {}, capacity: readonly CapacityEntry[] = []): ValidationReport {
  const overrides = rulesInForce(options);
  const profile = options.profile ?? EMPTY_PROFILE;
  // The rules with the program's overrides applied, once for every plan they run on.
  const everyPlan = applyOverrides(planRules(profile), overrides);
  const withCourse = [...everyPlan, ...applyOverrides(COURSE_RULES, overrides)];
  const programCourse = applyOverrides(PROGRAM_COURSE_RULES, overrides);
  const findings: Finding[] = [];
  // Plans that read alike take the findings of the first of them (see alike-plans.ts).
  const alike = new AlikePlans();
  const summaries: GridSummary[] = [];
  const total = grids.reduce((n, g) => n + g.plans.length, 0);
  let done = 0;
  /** Runs the rules on a plan, and keeps what they said for the plans that read alike. */
  const check = (plan: Plan, own: CourseDef | undefined, target: FindingTarget): Said => {
    const tally = tallyPlan(plan);
    const rules = plan.course ? withCourse : everyPlan;
    const first = findings.length;
    collectFindings(rules, tally, target, findings);
    if (own) collectFindings(programCourse, { tally, course: own }, target, findings);
    const said = { weeks: weeksOfTally(tally), progress: options.weekBars === false ? undefined : measureRules(rules, tally) };
    alike.keep(plan, own, findings.slice(first), said);
    return said;
  };
  for (const grid of grids) {
    const course = options.course;
    const plans: Plan[] = course ? grid.plans.map((p) => ({ ...p, course })) : [...grid.plans];
    const trainees: GridSummary["trainees"][number][] = [];
    for (const marked of plans) {
      // A course column naming one of the program's own courses (D, 総合 …): its course, not course-unknown.
      const own = marked.course ? undefined : findCourse(profile.courses ?? [], marked.unknownCourse?.text);
      const plan = own ? withoutUnknownCourse(marked) : marked;
      const target = { sheet: plan.sheet, trainee: plan.trainee };
      const { weeks, progress } = alike.sayOf(plan, own, target, findings) ?? check(plan, own, target);
      trainees.push({
        name: plan.trainee,
        row: plan.row,
        course: plan.course ?? null,
        ...(own ? { programCourse: own.id } : {}),
        weeks,
        ...(progress ? { progress } : {}),
        ...(plan.template ? { template: true as const } : {}),
      });
      options.onProgress?.(++done, total);
    }
    const sheet = { sheet: grid.sheet, trainee: "" };
    if (grid.headers?.some((h) => h.reading)) collectFindings(applyOverrides([HEADER_READING_RULE], overrides), grid, sheet, findings);
    if (capacity.length > 0) collectFindings(applyOverrides(GRID_RULES, overrides), { grid: { ...grid, plans }, entries: capacity }, sheet, findings);
    summaries.push({ sheet: grid.sheet, range: grid.range, layout: grid.layout, trainees, ...(options.explain ? { explain: explainGrid(grid) } : {}) });
  }
  return report(summaries, findings);
}

/** The plan without its unrecognised course mark (it named one of the program's courses). */
function withoutUnknownCourse(plan: Plan): Plan {
  const { unknownCourse: _mark, ...rest } = plan;
  return rest;
}

/** Sorts findings (errors first, then by sheet and row as met) and counts them. */
export function report(grids: readonly GridSummary[], findings: readonly Finding[]): ValidationReport {
  const sorted = sortFindings(findings);
  // Sorted by severity: each severity's count is where the next one starts.
  const errors = firstOfSeverity(sorted, "warning");
  const infos = firstOfSeverity(sorted, "info");
  return { grids, findings: sorted, summary: { errors, warnings: infos - errors, infos: sorted.length - infos } };
}

/** Where findings sorted by severity reach `severity` (a binary search: a cohort has tens of thousands). */
function firstOfSeverity(sorted: readonly Finding[], severity: Severity): number {
  const order = SEVERITY_ORDER[severity];
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (SEVERITY_ORDER[at(sorted, mid, "mid lies between 0 and the length").severity] < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
