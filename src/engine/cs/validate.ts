/**
 * Checking one sheet as a clinician-scientist plan: read it, choose the edition, place the periods,
 * run the rules.
 */
import type { Finding } from "../model/finding";
import type { SheetData } from "../model/sheet";
import type { RuleOverride } from "../options";
import type { GridSummary } from "../report";
import { runRules } from "../rules/rule";
import { CS_MESSAGES } from "../messages/cs";
import { chooseEdition } from "./choose-edition";
import type { CsPlan } from "./plan";
import { readClinicianScientistPlan } from "./read-plan";
import { CS_RULES } from "./rules/registry";
import { placePeriods, type CsTimeline } from "./timeline";

export interface CsValidateOptions {
  /** An edition id ("fy2021", "fy2024") or a fiscal year ("2024", "R6"); by default the one in force for the plan's start year. */
  readonly csEdition?: string;
  readonly rules?: Readonly<Record<string, RuleOverride>>;
}

/**
 * Checks a sheet as a clinician-scientist plan (CONTRACT §1 `cs-*`, §4). A sheet that is not one
 * gives empty arrays.
 *
 * The grid summary's trainee lists, as `weeks`, the weeks of each phase (臨床, 研究, and 休止 when
 * there is leave), 52 to a year.
 *
 * @example
 * const { grids, findings } = validateClinicianScientist(sheet, { csEdition: "fy2024" });
 * grids[0].trainees[0]; // → { name: "山田 太郎", row: 3, course: "cs", weeks: { 臨床: 52, 研究: 208 } }
 * findings.map((f) => f.rule); // → ["cs-papers"]
 */
export function validateClinicianScientist(sheet: SheetData, options: CsValidateOptions = {}): { grids: GridSummary[]; findings: Finding[] } {
  try {
    return check(sheet, options);
  } catch (err) {
    // The readers do not throw on any cell; should a bug make them, the user gets a finding, not a crash.
    const message = CS_MESSAGES.internal(err instanceof Error ? err.message : String(err));
    return {
      grids: [],
      findings: [{ rule: "cs-unreadable", severity: "warning", sheet: sheet.name, trainee: "", cells: [], message: message.ja, message_en: message.en }],
    };
  }
}

function check(sheet: SheetData, options: CsValidateOptions): { grids: GridSummary[]; findings: Finding[] } {
  const plan = readClinicianScientistPlan(sheet);
  if (!plan) return { grids: [], findings: [] };
  // The start year decides the default edition; the time line needs an edition only to infer empty phases.
  const start = plan.facts.start?.value?.fiscalYear ?? firstFiscalYear(plan);
  const choice = chooseEdition(plan, options.csEdition, start);
  const timeline = placePeriods(plan, choice.edition);
  const findings = runRules(CS_RULES, { plan, edition: choice.edition, choice, timeline }, { sheet: plan.sheet, trainee: plan.trainee }, options.rules ?? {});
  return {
    grids: [{ sheet: plan.sheet, range: plan.range, layout: "clinician-scientist", trainees: [{ name: plan.trainee, row: plan.row, course: "cs", weeks: phaseWeeks(timeline) }] }],
    findings,
  };
}

function firstFiscalYear(plan: CsPlan): number | undefined {
  const years = plan.periods.flatMap((p) => (p.when?.kind === "fiscal" ? [p.when.from] : []));
  return years.length ? Math.min(...years) : undefined;
}

function phaseWeeks(timeline: CsTimeline): Record<string, number> {
  const weeks: Record<string, number> = {};
  const names = { clinical: "臨床", research: "研究", leave: "休止" } as const;
  for (const t of timeline.periods) weeks[names[t.role]] = (weeks[names[t.role]] ?? 0) + t.duration * 52;
  for (const [k, w] of Object.entries(weeks)) weeks[k] = Math.round(w * 100) / 100;
  return weeks;
}
