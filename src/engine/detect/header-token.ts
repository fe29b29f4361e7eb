import type { CellValue } from "../model/cell";
import { normalizeText } from "../text/normalize";
import { dateToDay, dayOf, isDateSerial, serialToDay } from "./dates";

/** What one cell of a block header says (CONTRACT §4). */
export type HeaderToken = WeekToken | BlockToken | MonthToken | DateToken;

/** The block ends at week n: `4 週`. */
export interface WeekToken {
  readonly kind: "week";
  readonly n: number;
}

/** A block number: `1`, `第1クール`; ordinal months `1カ月`, `1ヶ月目` (unit "month"). */
export interface BlockToken {
  readonly kind: "block";
  readonly n: number;
  readonly unit?: "month";
}

/** A month: `4月`, `2026年4月`. */
export interface MonthToken {
  readonly kind: "month";
  readonly month: number;
}

/** The block's start date; `yearless` for `4/1`, placed in a leap year until the run reader places it. */
export interface DateToken {
  readonly kind: "date";
  readonly day: number;
  readonly yearless?: boolean;
}

const WEEK = /^第?(?:\d{1,3}[~〜-])?(\d{1,3})週(?:目|まで)?$/;
const BLOCK = /^(?:第)?(\d{1,3})(?:クール|ブロック|期|ターム|block)?$|^(?:B|block|ブロック|クール)(\d{1,2})$/i;
/** Ordinal months: `1カ月`, `1ヶ月目`, `第1月`, `1か月`. */
const ORDINAL_MONTH = /^第?(\d{1,2})(?:ヵ月|ヶ月|カ月|か月|ケ月|箇月)目?$|^第(\d{1,2})月$/;
/** Highest bare number a header may hold: week numbers over both years. */
const MAX_BLOCK = 104;
const MONTH = /^(?:(?:\d{4}|[RH]\d{1,2})[年./-])?(\d{1,2})月(?:分|~|〜)?$|^(\d{4})[./-](\d{1,2})$/i;
const DATE = /^(\d{4})[./\-年](\d{1,2})[./\-月](\d{1,2})日?(?:~|〜|から|-)?$/;
const MONTH_DAY = /^(\d{1,2})\/(\d{1,2})(?:~|〜|-)?$/;

/** Reads a header cell; undefined when it is not a block header. */
export function headerToken(value: CellValue): HeaderToken | undefined {
  if (value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { kind: "date", day: dateToDay(value) };
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1 && value <= MAX_BLOCK) return { kind: "block", n: value };
    if (isDateSerial(value)) return { kind: "date", day: serialToDay(value) };
    return undefined;
  }
  if (typeof value !== "string") return undefined;
  // Every header names a number; rotation text (most cells) has none and is turned away at once.
  if (!/[0-9０-９]/.test(value)) return undefined;
  let token = cache.get(value);
  if (token === undefined) {
    token = textToken(value) ?? null;
    if (cache.size > 10_000) cache.clear();
    cache.set(value, token);
  }
  return token ?? undefined;
}

const cache = new Map<string, HeaderToken | null>();

function textToken(value: string): HeaderToken | undefined {
  const key = normalizeText(value);
  if (key.length === 0 || key.length > 14) return undefined;
  let m = WEEK.exec(key);
  if (m) return { kind: "week", n: Number(m[1]) };
  m = ORDINAL_MONTH.exec(key);
  if (m) {
    const n = Number(m[1] ?? m[2]);
    return n >= 1 && n <= 24 ? { kind: "block", n, unit: "month" } : undefined;
  }
  m = BLOCK.exec(key);
  if (m) {
    const n = Number(m[1] ?? m[2]);
    return n >= 1 && n <= MAX_BLOCK ? { kind: "block", n } : undefined;
  }
  m = MONTH.exec(key);
  if (m) {
    const month = Number(m[1] ?? m[3]);
    return month >= 1 && month <= 12 ? { kind: "month", month } : undefined;
  }
  m = DATE.exec(key);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { kind: "date", day: dayOf(y, mo, d) } : undefined;
  }
  m = MONTH_DAY.exec(key);
  if (m) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    // The year is unknown: placed in a leap year (so that 2/29 is a day), advanced by the run reader
    // when months wrap and moved to the year that makes the blocks most regular.
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { kind: "date", day: dayOf(2028, mo, d), yearless: true } : undefined;
  }
  return undefined;
}
