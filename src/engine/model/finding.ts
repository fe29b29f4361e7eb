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
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
