/** Dates as whole UTC day numbers (days since 1970-01-01), the one unit the engine compares. */
export const DAY_MS = 86_400_000;

/** Excel's serial 25569 is 1970-01-01 (serials count from 1899-12-30, the 1900 leap-year bug included). */
const EXCEL_EPOCH_SERIAL = 25569;

export function serialToDay(serial: number): number {
  return Math.round(serial) - EXCEL_EPOCH_SERIAL;
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

/** Whether a number is plausibly an Excel date serial (1954 … 2119). */
export function isDateSerial(value: number): boolean {
  return Number.isInteger(value) && value >= 20_000 && value <= 80_000;
}
