/**
 * What a spreadsheet cell can hold, as every adapter hands it to the engine.
 *
 * - exceljs gives `Date` objects for date-formatted cells; Excel's custom functions give serial
 *   numbers. The engine accepts both wherever a date may stand.
 * - An error value (`#N/A`, `#REF!` …) is a {@link CellError}, never an exception.
 * - An empty cell is `null` (custom functions give `""`: both mean empty).
 */
export interface CellError {
  readonly error: string;
  /**
   * A formula whose result the file does not hold (a generator wrote the formula but never
   * calculated it): `error` is {@link UNCALCULATED} and this is the formula, without `=`.
   */
  readonly formula?: string;
}

/** The error code of a formula with no saved result (see {@link CellError.formula}). */
export const UNCALCULATED = "#UNCALCULATED";

/** Whether a value is a formula that was never calculated. */
export function isUncalculated(value: unknown): value is CellError & { formula: string } {
  return isCellError(value) && value.formula !== undefined;
}

export type CellValue = string | number | boolean | Date | CellError | null;

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value && typeof value.error === "string";
}

/** The text a person sees for a value (numbers plainly, dates as yyyy-mm-dd, errors as their code, an uncalculated formula as `=…`). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return value.formula !== undefined ? `=${value.formula}` : value.error;
}
