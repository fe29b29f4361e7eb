import type { CourseId } from "./model/plan";
import type { Severity } from "./model/finding";

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
  /** Per rule id. */
  readonly rules?: Readonly<Record<string, RuleOverride>>;
  /** Clinician-scientist course edition; by default the one in force for the plan's start year. */
  readonly csEdition?: string;
  /** Called as plans are checked (for a progress display). */
  readonly onProgress?: (done: number, total: number) => void;
}
