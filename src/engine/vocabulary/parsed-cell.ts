/**
 * What a rotation cell says once read (see parse-cell.ts): one shape per kind, so that a field is
 * there exactly when the cell names one and a reason exactly when it was not placed. Reading
 * `parsed.field` on any kind is allowed (undefined unless a rotation); narrowing on `kind` gives it.
 */
export type ParsedCell = EmptyCell | RotationCell | LeaveCell | DittoCell | UnknownCell;

export type CellKind = ParsedCell["kind"];

/** What every reading of a cell carries. */
interface CellBase {
  /** The text as a person sees it, on one line. */
  readonly text: string;
  /** NFKC, no spaces or line breaks, brackets unified: two cells with the same key say the same thing. */
  readonly key: string;
  /** Canonical subspecialties of the field named in the cell (内科（血液・消化器） → 血液, 消化器); empty unless a rotation. */
  readonly subs: readonly string[];
  /** The cell also marks 一般外来 (並行研修); false unless a rotation. */
  readonly generalOutpatient: boolean;
}

/** What a placed cell (a rotation or leave) may carry besides its meaning. */
interface PlacedExtras {
  /** 必修 / 選択 prefix: describes the slot, not the field. */
  readonly slotType?: "required" | "elective";
  /** A length written in the cell (`内科6ヵ月`, `外科(8週)`), checked against the columns it spans. */
  readonly stated?: StatedLength;
  /** Footnote marks the cell carried (※, †, *1, ①): not part of the field. */
  readonly marks?: readonly string[];
  /** A place named in the cell (`@王子総合病院`, or a bracket that names a place). */
  readonly site?: string;
}

/** The keys only some kinds have, absent on the others (so that they read as undefined there). */
interface NoRotation {
  readonly field?: undefined;
  readonly via?: undefined;
  readonly sitePrefix?: undefined;
}
interface NoReason {
  readonly reason?: undefined;
  readonly suggestion?: undefined;
}
interface NoExtras {
  readonly slotType?: undefined;
  readonly stated?: undefined;
  readonly marks?: undefined;
  readonly site?: undefined;
}

/** Nothing: a gap in the plan. */
export interface EmptyCell extends CellBase, NoRotation, NoReason, NoExtras {
  readonly kind: "empty";
}

/** A known field. */
export interface RotationCell extends CellBase, PlacedExtras, NoReason {
  readonly kind: "rotation";
  /** Canonical field id (fields.ts). */
  readonly field: string;
  /**
   * The spelling was read through a vocabulary other than the field table's own names: a short or
   * local name (local-names.ts) or the sheet's legend. For `--explain`.
   */
  readonly via?: ReadVia;
  /** The site came before the field (`宮大附属 内科`, `A病院 外科`). */
  readonly sitePrefix?: boolean;
}

/** 休止, 休職, 産休, 育休 … */
export interface LeaveCell extends CellBase, PlacedExtras, NoRotation, NoReason {
  readonly kind: "leave";
}

/** 〃, 同上, →, ←: continues the block before (resolved by the grid reader). */
export interface DittoCell extends CellBase, NoRotation, NoReason, NoExtras {
  readonly kind: "ditto";
}

/** Filled but names no known field: not a gap, an `unknown-rotation` finding. */
export interface UnknownCell extends CellBase, NoRotation, NoExtras {
  readonly kind: "unknown";
  /** Why the cell was not placed. */
  readonly reason: UnknownReason;
  /** The nearest known name. */
  readonly suggestion?: string;
}

/** Why a filled cell was not placed. */
export type UnknownReason =
  | "unrecognised" // text that names no known field
  | "doubtful" // text that could be two fields (婦人科 alone): ask, don't guess
  | "not-text" // a number, date, boolean or error value
  | "uncalculated" // a formula whose result the file does not hold
  | "nothing-to-continue"; // a ditto mark with no block before it

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
