import type { CourseId } from "./model/plan";
import type { Severity } from "./model/finding";
import type { Profile } from "./profile/profile";

/** A program's changes to one rule: turn it off, change its severity or its numbers. */
export interface RuleOverride {
  readonly enabled?: boolean;
  readonly severity?: Severity;
  readonly params?: Readonly<Record<string, number>>;
}

export interface ValidateOptions {
  /** Marks every plan as this course (overrides a course column or a sheet title). */
  readonly course?: CourseId;
  /** Only this sheet. */
  readonly sheet?: string;
  /**
   * Per rule id, applied over the profile's. Checked against the registry (unknown id, unknown
   * number, value out of bounds): validateWorkbook throws RuleConfigError when they are wrong.
   */
  readonly rules?: Readonly<Record<string, RuleOverride>>;
  /**
   * The program's profile (profile/index.ts). When absent, validateWorkbook reads the workbook's
   * `規則` sheet if it has one (and throws RuleConfigError naming the cell when it is wrong);
   * `null` checks against the shipped rules only.
   */
  readonly profile?: Profile | null;
  /** Clinician-scientist course edition; by default the one in force for the plan's start year. */
  readonly csEdition?: string;
  /** Adds how each grid was read (GridSummary.explain): `rota validate --explain`, the pane's 読み取り. */
  readonly explain?: boolean;
  /**
   * Whether each trainee's summary carries `progress`, what the rules measured for the task pane's
   * week bars (default true). `rota validate` shows no bars and passes false: measuring every
   * requirement of every resident again was a tenth of its checking time on a large cohort.
   */
  readonly weekBars?: boolean;
  /** Called as plans are checked (for a progress display). */
  readonly onProgress?: (done: number, total: number) => void;
}
