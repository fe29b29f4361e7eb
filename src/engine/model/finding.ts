/** How serious a finding is (CONTRACT §1). */
export type Severity = "error" | "warning" | "info";

/**
 * One broken rule, as CONTRACT §2 fixes it. Rules find; the CLI, the task pane, the formulas and
 * the annotated workbook each present.
 */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly trainee: string;
  /** A1 addresses on `sheet` of the cells that show the problem. */
  readonly cells: readonly string[];
  /** Japanese. */
  readonly message: string;
  readonly message_en: string;
  /**
   * What the rule measured, beside the words: the field, the weeks found and required. Notes,
   * bars and reports draw from these instead of recomputing a minimum. Absent for rules that
   * measure no number.
   */
  readonly facts?: Facts;
}

/** A finding's facts (every key optional: a rule gives those it measured). */
export interface Facts {
  /** A field id (内科), or `field/sub` (内科/血液). */
  readonly field?: string;
  /** What was found, in `unit` (weeks unless said). */
  readonly actual?: number;
  /** The minimum the rule asks. */
  readonly required?: number;
  /** The maximum the rule allows. */
  readonly max?: number;
  readonly unit?: "weeks" | "days" | "residents" | "years" | "percent" | "papers";
  readonly year?: 1 | 2;
  readonly course?: string;
  /** The text of a cell the rule is about (an unknown rotation). */
  readonly text?: string;
  /** What the text may have meant. */
  readonly suggestion?: string;
  /** 1-based block of the grid (capacity). */
  readonly block?: number;
  readonly site?: string;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
