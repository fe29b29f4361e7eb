import { isCellError, type CellValue } from "../../engine";
import { toSerial } from "../../engine/model/excel-date";

/**
 * Values between Excel's API and the engine. Excel reads an empty cell as "" and an error value
 * as its text ("#N/A"); it writes a Date as a serial number, and a text that starts with "=" as a
 * formula.
 */
const ERROR_CODES = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#CONNECT!",
  "#FIELD!",
  "#GETTING_DATA",
  "#BLOCKED!",
  "#UNKNOWN!",
]);

/** One value as `range.values` gives it, as the engine takes it. */
export function fromExcel(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return ERROR_CODES.has(value) ? { error: value } : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  return null;
}

/** A UTC date as Excel's serial day number (1900 date system): 2026-04-01 → 46113. */
export function excelSerial(date: Date): number {
  return Math.round(toSerial(date));
}

/**
 * One value as `range.values` takes it. A text that Excel would read as a formula (`=…`, `+…`,
 * `-…`, `@…`) is written as text: a name typed into the pane never becomes a formula.
 */
export function toExcel(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (value instanceof Date) return excelSerial(value);
  if (isCellError(value)) return value.error;
  if (typeof value === "string" && /^[=+\-@]/.test(value) && !/^[+-]?\d/.test(value))
    return `'${value}`;
  return value;
}
