/**
 * Excel's serial day numbers, the one converter the engine and its adapters share.
 *
 * A serial counts days from 1899-12-30 in the 1900 date system (Excel's 1900 leap-year bug makes
 * every serial from 61 on line up with that epoch), and from 1904-01-01 in the 1904 system (old Mac
 * workbooks, `<workbookPr date1904="1"/>`). A fraction is a time of day. Dates are UTC midnight.
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** Serial 0 of each date system, in ms since 1970 (UTC). */
const EPOCH_MS = { 1900: Date.UTC(1899, 11, 30), 1904: Date.UTC(1904, 0, 1) } as const;

export type DateSystem = 1900 | 1904;

/**
 * The Date of an Excel serial (time of day kept, to the millisecond).
 *
 * @example fromSerial(46113) // → 2026-04-01T00:00:00Z
 * @example fromSerial(44651, 1904) // → 2026-04-01T00:00:00Z
 */
export function fromSerial(serial: number, system: DateSystem = 1900): Date {
  return new Date(EPOCH_MS[system] + Math.round(serial * DAY_MS));
}

/**
 * The serial of a date (1900 system unless told): whole days for a UTC midnight.
 *
 * @example toSerial(new Date(Date.UTC(2026, 3, 1))) // → 46113
 */
export function toSerial(date: Date, system: DateSystem = 1900): number {
  return (date.getTime() - EPOCH_MS[system]) / DAY_MS;
}

/** Whether a number is plausibly a date serial of a rotation plan (1954 … 2119, whole days). */
export function isDateSerial(value: number): boolean {
  return Number.isInteger(value) && value >= 20_000 && value <= 80_000;
}
