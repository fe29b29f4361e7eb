/**
 * One doctor's clinician-scientist plan as read from a sheet (CONTRACT §4): the eligibility facts,
 * the periods of the course and the papers. Every part keeps the A1 address of the cells it came
 * from, so findings can point at them.
 */
import type { Message } from "../messages/message";
import type { PeriodLabel } from "./period-label";
import type { CsDate, TrainingDone } from "./values";
import type { CsFactKey, CsPhase, CsSiteKind } from "./vocabulary";

/** A labelled fact: where its label and value are, what it says and what it was read as. */
export interface CsFact<T> {
  readonly labelCell: string;
  /** The value's cell (the cell right of the label when the value is empty). */
  readonly cell: string;
  readonly text: string;
  /** Undefined when the cell is empty or could not be read (then `unreadable`). */
  readonly value?: T;
  readonly unreadable?: boolean;
}

export interface CsFacts {
  readonly name?: CsFact<string>;
  readonly field?: CsFact<string>;
  readonly start?: CsFact<CsDate>;
  readonly trainingDone?: CsFact<TrainingDone>;
  readonly obligation?: CsFact<boolean>;
  readonly regional?: CsFact<boolean>;
  readonly responsible?: CsFact<string>;
  readonly partners?: CsFact<readonly string[]>;
  readonly edition?: CsFact<string>;
}

/** The cells of one periods-table row, by column (A1 addresses; absent when the table has no such column). */
export type PeriodCells = Partial<Record<"period" | "phase" | "site" | "siteKind" | "effort" | "extension" | "reason" | "remarks", string>>;

/** An extension or leave reason, and whether seed 001 Ⅲ.1 allows it. */
export interface CsReason {
  readonly text: string;
  readonly cell: string;
  /** The allowed reason it names (its label, e.g. "妊娠・出産・育児"), if any. */
  readonly allowed?: string;
}

/** One row of the periods table. */
export interface CsPeriod {
  /** 1-based sheet row. */
  readonly row: number;
  /** "3年目 後期", as shown in messages ("7行目" when the period cell is empty). */
  readonly label: string;
  readonly cells: PeriodCells;
  readonly when?: PeriodLabel;
  /** The phase as written (undefined: empty or unreadable). */
  readonly phase?: CsPhase;
  readonly site: string;
  /** The kind of site: from the site-kind column, else from the site's text. */
  readonly siteKind: CsSiteKind;
  /** The site matches the responsible institution's name / one of the listed partner facilities. */
  readonly atResponsible: boolean;
  readonly atPartner: boolean;
  /** Research effort in percent, as written. */
  readonly effort?: number;
  /** Study abroad (留学): in the site, its kind, the phase or the remarks. Counts as research time (Ⅲ.2). */
  readonly abroad: boolean;
  /** Marked as an extension (延長 column, or 延長 in the phase or remarks). */
  readonly extension: boolean;
  /** The reason given for an extension or a leave, if any. */
  readonly reason?: CsReason;
  readonly remarks: string;
}

/** One row of the papers table. */
export interface CsPaper {
  readonly row: number;
  readonly title: string;
  readonly cells: Partial<Record<"title" | "journal" | "language" | "sci" | "firstAuthor" | "caseReport" | "year", string>>;
  /** "en" / "ja"; from the language column, else guessed from the title's script. */
  readonly language?: "en" | "ja";
  readonly sci?: boolean;
  readonly firstAuthor?: boolean;
  /** Undefined (empty) is read as "not a case report". */
  readonly caseReport?: boolean;
  readonly year?: number;
}

/** Something the reader could not read: a finding of `cs-unreadable`. */
export interface CsUnreadable {
  readonly cell: string;
  readonly message: Message;
}

/** Facts or cells not filled in yet: findings of `cs-missing`. */
export interface CsMissing {
  readonly cells: readonly string[];
  readonly message: Message;
}

export interface CsPlan {
  readonly sheet: string;
  /** A1 range from the first labelled cell or table to the last. */
  readonly range: string;
  /** Name shown in findings ("(氏名未記入)" when empty). */
  readonly trainee: string;
  /** The cell to point at when nothing else fits: the name's value cell, else the first cell found. */
  readonly nameCell: string;
  /** 1-based row of {@link nameCell}. */
  readonly row: number;
  readonly facts: CsFacts;
  /** Labels found, by fact. */
  readonly found: ReadonlySet<CsFactKey>;
  readonly periods: readonly CsPeriod[];
  /** A1 of the periods table's first header cell, if found. */
  readonly periodsHeader?: string;
  readonly papers: readonly CsPaper[];
  readonly papersHeader?: string;
  readonly unreadable: readonly CsUnreadable[];
}
