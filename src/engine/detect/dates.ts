/** Dates as whole UTC day numbers (days since 1970-01-01), the one unit the engine compares. */
import { DAY_MS, fromSerial, isDateSerial } from "../model/excel-date";

export { DAY_MS, isDateSerial };

/** An Excel serial (1900 date system) to its day. */
export function serialToDay(serial: number): number {
  return dateToDay(fromSerial(Math.round(serial)));
}

/** A Date to its day; dates within ±12 hours of midnight (any time zone) land on their calendar day. */
export function dateToDay(date: Date): number {
  return Math.round(date.getTime() / DAY_MS);
}

export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function ymd(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The same calendar day one year later. */
export function addYear(day: number): number {
  const { year, month, day: dom } = ymd(day);
  return dayOf(year + 1, month, dom);
}
