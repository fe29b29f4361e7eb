import type { CellValue } from "../engine";

/** A 2-D array as Excel hands it to a function (or anything a caller passed instead). */
export type Matrix = ReadonlyArray<ReadonlyArray<unknown>>;

/** Excel's error codes, for values that arrive as objects. */
const ERROR_TYPE_CODES: Readonly<Record<string, string>> = {
  NotAvailable: "#N/A",
  Value: "#VALUE!",
  Div0: "#DIV/0!",
  Num: "#NUM!",
  Null: "#NULL!",
  Name: "#NAME?",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Busy: "#BUSY!",
  Connect: "#CONNECT!",
  Field: "#FIELD!",
};

interface ObjectValue {
  readonly code?: unknown;
  readonly type?: unknown;
  readonly errorType?: unknown;
  readonly basicValue?: unknown;
  readonly text?: unknown;
  readonly error?: unknown;
}

/**
 * One value from Excel as the engine takes it. Excel gives empty cells as `""` (sometimes `null`),
 * dates as serial numbers (kept: the engine reads them in date headers), error values as
 * `CustomFunctions.Error`-like objects `{ code: "#N/A" }`, and, for parameters of type any, rich
 * values as `Excel.CellValue` objects (`{ type: "String", basicValue: "内科" }`, entities with
 * `text`). Anything else becomes `#VALUE!`, never an exception.
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "object") {
    const o: ObjectValue = value;
    if (typeof o.error === "string") return { error: o.error };
    if (typeof o.code === "string" && o.code.startsWith("#")) return { error: o.code };
    if (o.type === "Error") {
      if (typeof o.basicValue === "string" && o.basicValue.startsWith("#"))
        return { error: o.basicValue };
      return {
        error: (typeof o.errorType === "string" && ERROR_TYPE_CODES[o.errorType]) || "#VALUE!",
      };
    }
    if (o.type === "Empty") return null;
    if (o.basicValue !== undefined && o.basicValue !== null && typeof o.basicValue !== "object") {
      return toCellValue(o.basicValue);
    }
    if (typeof o.text === "string") return o.text === "" ? null : o.text;
  }
  return { error: "#VALUE!" };
}

export function isEmpty(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** A scalar argument or a 1×1 array (Excel hands both) as its one value; undefined when it is more. */
export function single(value: unknown): { value: unknown } | undefined {
  if (!Array.isArray(value)) return { value };
  if (value.length === 0) return { value: null };
  if (value.length !== 1) return undefined;
  const row: unknown = value[0];
  if (!Array.isArray(row)) return { value: row };
  if (row.length > 1) return undefined;
  return { value: row.length === 0 ? null : row[0] };
}

/** A matrix argument as rows of engine values; a scalar becomes a 1×1 matrix. */
export function toMatrix(value: unknown): CellValue[][] {
  if (!Array.isArray(value)) return [[toCellValue(value)]];
  return value.map((row: unknown) =>
    Array.isArray(row) ? row.map(toCellValue) : [toCellValue(row)]
  );
}

/** A value as a message shows it: an error value by its code. */
export function displayed(value: CellValue): string | number | boolean | Date | null {
  return value !== null && typeof value === "object" && !(value instanceof Date)
    ? value.error
    : value;
}
