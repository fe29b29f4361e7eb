/**
 * What the clinician-scientist rules look at: the plan, the edition it is checked against (and how
 * that edition was chosen), and its periods placed on the course's time line.
 */
import type { CsEdition } from "./editions";
import type { CsPeriod, CsPlan } from "./plan";
import type { CsTimeline } from "./timeline";

/** How the edition was chosen. */
export interface EditionChoice {
  readonly edition: CsEdition;
  /** The caller's option, the sheet's 適用版 cell, the plan's start year, or the newest (start unknown). */
  readonly by: "option" | "sheet" | "start-year" | "latest";
  /** The edition in force for the plan's start year (when the start is known). */
  readonly inForce?: CsEdition;
  /** A requested edition that names none: what it said and where. */
  readonly unknownRequest?: { readonly text: string; readonly cell?: string };
}

export interface CsSubject {
  readonly plan: CsPlan;
  readonly edition: CsEdition;
  readonly choice: EditionChoice;
  readonly timeline: CsTimeline;
}

/** Where a period is said, for a message: "3年目" or "3年目 (R5)". */
export function periodLabel(p: CsPeriod): string {
  return p.label;
}

/** The cell that best shows a period when no particular cell is at fault. */
export function periodCell(p: CsPeriod, plan: CsPlan): string {
  return p.cells.period ?? p.cells.phase ?? p.cells.site ?? p.cells.effort ?? plan.nameCell;
}
