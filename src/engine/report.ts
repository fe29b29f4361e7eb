import type { GridExplain } from "./explain/explain-grid";
import type { Finding } from "./model/finding";
import type { CourseId, LayoutKind } from "./model/plan";
import type { FieldProgress } from "./rules/rule";

/** One trainee as CONTRACT §3's JSON lists them. */
export interface TraineeSummary {
  readonly name: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly course: CourseId | "cs" | null;
  /** One of the program's own courses (its profile's `courses`), when the course column names one. */
  readonly programCourse?: string;
  /** Set on a course sheet that names no resident: a course template, not counted as a resident. */
  readonly template?: true;
  /** Weeks per field (canonical field ids), rounded to 2 decimals. */
  readonly weeks: Readonly<Record<string, number>>;
  /**
   * Each requirement the rules in force measured, met or not (the task pane's week bars): a rule
   * switched off is absent, a program's numbers are the ones here. Absent for clinician-scientist plans.
   */
  readonly progress?: readonly FieldProgress[];
}

export interface GridSummary {
  readonly sheet: string;
  readonly range: string;
  readonly layout: LayoutKind | "clinician-scientist";
  readonly trainees: readonly TraineeSummary[];
  /** How the grid was read, when asked (ValidateOptions.explain). */
  readonly explain?: GridExplain;
}

export interface ValidationReport {
  readonly grids: readonly GridSummary[];
  /** Sorted: errors, then warnings, then infos; within a severity in sheet and row order. */
  readonly findings: readonly Finding[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}
