/** What a rotation cell says once read (see parse-cell.ts). */
export type CellKind =
  | "empty" // nothing: a gap in the plan
  | "rotation" // a known field
  | "leave" // 休止, 休職, 産休, 育休 …
  | "ditto" // 〃, 同上, →, ←: continues the block before (resolved by the grid reader)
  | "unknown"; // filled but names no known field: not a gap, an `unknown-rotation` finding

/** Why a filled cell was not placed. */
export type UnknownReason =
  | "unrecognised" // text that names no known field
  | "doubtful" // text that could be two fields (婦人科 alone): ask, don't guess
  | "not-text" // a number, date, boolean or error value
  | "uncalculated" // a formula whose result the file does not hold
  | "nothing-to-continue"; // a ditto mark with no block before it

export interface ParsedCell {
  readonly kind: CellKind;
  /** The text as a person sees it, on one line. */
  readonly text: string;
  /** NFKC, no spaces or line breaks, brackets unified: two cells with the same key say the same thing. */
  readonly key: string;
  /** 必修 / 選択 prefix: describes the slot, not the field. */
  readonly slotType?: "required" | "elective";
  /** Canonical field id (fields.ts), for kind "rotation". */
  readonly field?: string;
  /** Canonical subspecialties of the field named in the cell (内科（血液・消化器） → 血液, 消化器). */
  readonly subs: readonly string[];
  /** A place named in the cell (`@王子総合病院`, or a bracket that names a place). */
  readonly site?: string;
  /** The cell also marks 一般外来 (並行研修). */
  readonly generalOutpatient: boolean;
  /** For kind "unknown": why, and the nearest known name. */
  readonly reason?: UnknownReason;
  readonly suggestion?: string;
  /**
   * The spelling was read through a vocabulary other than the field table's own names: a short or
   * local name (local-names.ts) or the sheet's legend. For `--explain`.
   */
  readonly via?: ReadVia;
  /** A length written in the cell (`内科6ヵ月`, `外科(8週)`), checked against the columns it spans. */
  readonly stated?: StatedLength;
  /** Footnote marks the cell carried (※, †, *1, ①): not part of the field. */
  readonly marks?: readonly string[];
  /** The site came before the field (`宮大附属 内科`, `A病院 外科`). */
  readonly sitePrefix?: boolean;
}

/** Where a spelling's meaning came from. */
export interface ReadVia {
  readonly kind: "abbreviation" | "department" | "legend" | "profile";
  /** The spelling as the vocabulary lists it. */
  readonly spelling: string;
  /** What it means, as written there. */
  readonly means: string;
  /** Where the spelling was seen (local-names.ts) or the legend's cell. */
  readonly source: string;
}

export interface StatedLength {
  readonly weeks: number;
  /** As written (`6ヵ月`, `8週`). */
  readonly text: string;
  readonly unit: "month" | "week";
}
