import type { SheetView } from "./sheet-view";
import { headerToken, type HeaderToken } from "./header-token";
import { addYear, dayOf, ymd } from "./dates";

import { EPS, MONTH_WEEKS, PLAN_WEEKS, YEAR_WEEKS } from "../model/units";

/** Fewest header cells in a row that make a block header. */
const MIN_RUN = 6;

/** One block of a header: its column and where it sits in the two years. */
export interface BlockSpan {
  readonly col: number;
  readonly startWeek: number;
  readonly weeks: number;
  /** From the header alone (start week < 52, or < a year from the first date); a year row may override it. */
  readonly year: 1 | 2;
}

export interface HeaderRun {
  readonly row: number;
  readonly kind: HeaderToken["kind"];
  readonly blocks: readonly BlockSpan[];
  /** 13/12 where blocks are months (see Plan.upperLimitScale), else 1. */
  readonly upperLimitScale: number;
  /** What one column is, as read: a month, a week or several, a block between dates. */
  readonly unit: "month" | "week" | "block" | "date";
  /**
   * How a header of bare numbers was read where it could be read two ways (`1 … 104` as weeks, not
   * 104 four-week blocks): chosen so that each year covers 52 weeks and the plan 104, and said.
   */
  readonly reading?: HeaderReading;
}

/** A header read one way of several: what it looked like and how it was taken. */
export interface HeaderReading {
  /** `1…104`, `4…3 (×2)`. */
  readonly looked: string;
  /** Weeks per column. */
  readonly weeks: number;
  readonly unit: "month" | "week" | "block";
}

/** Every block header on the sheet, top to bottom. */
export function findHeaderRuns(view: SheetView): HeaderRun[] {
  const runs: HeaderRun[] = [];
  for (let row = view.top; row < view.end; row++) {
    let col = view.left;
    while (col < view.right) {
      const run = readRun(view, row, col);
      if (run.tokens.length >= MIN_RUN && plausibleStart(run.tokens[0]!)) {
        const spans = toRun(row, run.tokens, run.cols);
        if (spans) runs.push(spans);
        col = run.cols[run.cols.length - 1]! + 1;
      } else col++;
    }
  }
  return runs;
}

/** A numbered header starts within the first year (or at a month number); `61 … 86` is no header. */
function plausibleStart(token: HeaderToken): boolean {
  return token.kind !== "block" || token.n <= YEAR_WEEKS + 1;
}

interface RawRun {
  readonly tokens: HeaderToken[];
  readonly cols: number[];
}

/** The longest progression of header tokens starting at (row, col). */
function readRun(view: SheetView, row: number, start: number): RawRun {
  const tokens: HeaderToken[] = [];
  const cols: number[] = [];
  let step = 0;
  for (let col = start; col < view.right; col++) {
    const token = headerToken(view.raw(row, col));
    if (!token) break;
    const prev = tokens[tokens.length - 1];
    if (prev) {
      if (token.kind !== prev.kind) break;
      if (!continues(prev, token, tokens.length === 1 ? undefined : step, tokens)) break;
      if (tokens.length === 1 && token.kind === "week" && prev.kind === "week") step = token.n - prev.n;
    }
    tokens.push(token);
    cols.push(col);
  }
  return { tokens, cols };
}

function continues(prev: HeaderToken, next: HeaderToken, step: number | undefined, tokens: readonly HeaderToken[]): boolean {
  switch (prev.kind) {
    case "week": {
      const n = (next as { n: number }).n;
      const s = step ?? n - prev.n;
      if (s <= 0) return false;
      // `4 週 … 52 週` twice: the second year starts over.
      if (n === s && prev.n === YEAR_WEEKS && tokens.length * s === YEAR_WEEKS) return true;
      return n - prev.n === s;
    }
    case "block": {
      const { n, unit } = next as { n: number; unit?: "month" };
      if (unit !== prev.unit) return false;
      if (n === prev.n + 1) return true;
      // Month numbers `4 5 … 12 1 2 3`: wrap after December.
      if (n === 1 && prev.n === 12 && unit === undefined && (tokens[0] as { n: number }).n > 1 && tokens.length < 24) return true;
      // `1 … 13`, `1 … 12`, `1 … 26`, `1 … 52` once per year: the second year starts over.
      return n === 1 && tokens.length === prev.n && prev.n >= MIN_RUN;
    }
    case "month":
      return (next as { month: number }).month === (prev.month % 12) + 1;
    case "date": {
      let day = (next as { day: number }).day;
      if ((next as { yearless?: boolean }).yearless) day = advanceYearless(prev.day, day);
      return day > prev.day && day - prev.day <= 124;
    }
  }
}

/** A month/day date without a year follows the one before it: a later year when the month wraps. */
function advanceYearless(prevDay: number, day: number): number {
  let d = day;
  while (d <= prevDay) d = addYear(d);
  return d;
}

function toRun(row: number, tokens: readonly HeaderToken[], cols: readonly number[]): HeaderRun | undefined {
  const kind = tokens[0]!.kind;
  const blocks: BlockSpan[] = [];
  const yearOf = (startWeek: number): 1 | 2 => (startWeek < YEAR_WEEKS - EPS ? 1 : 2);
  switch (kind) {
    case "week": {
      const first = (tokens[0] as { n: number }).n;
      const step = (tokens[1] as { n: number }).n - first;
      let offset = 0;
      tokens.forEach((t, i) => {
        const n = (t as { n: number }).n;
        if (i > 0 && n === step && (tokens[i - 1] as { n: number }).n === YEAR_WEEKS) offset += YEAR_WEEKS;
        const startWeek = offset + n - step;
        blocks.push({ col: cols[i]!, startWeek, weeks: step, year: yearOf(startWeek) });
      });
      return { row, kind, blocks, upperLimitScale: 1, unit: "week" };
    }
    case "block": {
      const reading = numberedReading(tokens as ReadonlyArray<{ n: number; unit?: "month" }>);
      const weeks = reading.weeks;
      tokens.forEach((_, i) => blocks.push({ col: cols[i]!, startWeek: i * weeks, weeks, year: yearOf(i * weeks) }));
      return {
        row,
        kind,
        blocks,
        upperLimitScale: reading.unit === "month" ? 13 / 12 : 1,
        unit: reading.unit === "block" ? "block" : reading.unit,
        ...(reading.said ? { reading } : {}),
      };
    }
    case "month":
      tokens.forEach((_, i) => blocks.push({ col: cols[i]!, startWeek: i * MONTH_WEEKS, weeks: MONTH_WEEKS, year: i < 12 ? 1 : 2 }));
      return { row, kind, blocks, upperLimitScale: 13 / 12, unit: "month" };
    case "date":
      return dateRun(row, tokens, cols);
  }
}

/**
 * Block start dates: each block lasts until the next one starts (the last as long as the usual
 * block, not the one before it, which a 29 February may have made a day longer or shorter). Dates
 * on the first of consecutive months are months of 52/12 weeks.
 */
function dateRun(row: number, tokens: readonly HeaderToken[], cols: readonly number[]): HeaderRun {
  const days = startDays(tokens);
  const monthly = days.every((d, i) => {
    const { day, month } = ymd(d);
    if (day !== 1) return false;
    return i === 0 || month === (ymd(days[i - 1]!).month % 12) + 1;
  });
  const first = days[0]!;
  const secondYear = addYear(first);
  const usual = mostCommon(gaps(days));
  const blocks: BlockSpan[] = days.map((d, i) => {
    const next = days[i + 1] ?? d + usual;
    const weeks = monthly ? MONTH_WEEKS : (next - d) / 7;
    const startWeek = monthly ? i * MONTH_WEEKS : (d - first) / 7;
    return { col: cols[i]!, startWeek, weeks, year: d < secondYear ? 1 : 2 };
  });
  return { row, kind: "date", blocks, upperLimitScale: monthly ? 13 / 12 : 1, unit: monthly ? "month" : "date" };
}

/**
 * What a column of a numbered header is (issue 8): the reading under which each year covers 52
 * weeks and the plan 104. Ordinal months (`1カ月`) and month numbers (`4 … 12 1 … 3`) are months;
 * numbers that start over each year (`1 … k` twice) are 52/k weeks; otherwise 12 or 24 numbers are
 * months, 13 or 26 are 4-week blocks, and 52 or 104 numbers are 104/n weeks (`1 … 104` are weeks,
 * never 104 four-week blocks). `said` when the numbers alone could be read another way.
 */
function numberedReading(tokens: ReadonlyArray<{ n: number; unit?: "month" }>): HeaderReading & { said: boolean } {
  const count = tokens.length;
  const first = tokens[0]!;
  const last = tokens[count - 1]!;
  const restart = tokens.findIndex((t, i) => i > 0 && t.n === 1 && tokens[i - 1]!.n !== 12);
  const wraps = first.n > 1 && tokens.some((t, i) => i > 0 && t.n === 1 && tokens[i - 1]!.n === 12);
  const looked = restart > 0 ? `${first.n}…${tokens[restart - 1]!.n} (×${Math.ceil(count / restart)})` : `${first.n}…${last.n}`;
  if (first.unit === "month") return { looked, weeks: MONTH_WEEKS, unit: "month", said: false };
  if (wraps) return { looked, weeks: MONTH_WEEKS, unit: "month", said: true };
  if (restart > 0) {
    if (restart === 13) return { looked, weeks: 4, unit: "block", said: false };
    if (restart === 12) return { looked, weeks: MONTH_WEEKS, unit: "month", said: true };
    return { looked, weeks: YEAR_WEEKS / restart, unit: "week", said: true };
  }
  if (count === 12 || count === 24) return { looked, weeks: MONTH_WEEKS, unit: "month", said: true };
  if (count === 52 || count === 104) return { looked, weeks: PLAN_WEEKS / count, unit: "week", said: true };
  return { looked, weeks: 4, unit: "block", said: false };
}

/**
 * The blocks' start days. A date without a year (`4/1`) follows the one before it; the first is
 * tried in four years in a row and the one that makes the blocks most regular is kept, so that a
 * 29 February falls where the plan had one and no block is read a day short.
 */
function startDays(tokens: readonly HeaderToken[]): number[] {
  const place = (shift: number): number[] => {
    const days: number[] = [];
    for (const t of tokens) {
      const { day, yearless } = t as { day: number; yearless?: boolean };
      const prev = days[days.length - 1];
      if (!yearless) {
        days.push(day);
        continue;
      }
      // The month and day as written (the token sits in a leap year, so 2/29 survives), in the first year after `prev`.
      const { year, month, day: dom } = ymd(day);
      let y = prev === undefined ? year + shift : ymd(prev).year;
      let d = dayOf(y, month, dom);
      while (prev !== undefined && d <= prev) d = dayOf(++y, month, dom);
      days.push(d);
    }
    return days;
  };
  let best = place(0);
  if (!tokens.some((t) => (t as { yearless?: boolean }).yearless)) return best;
  const regularity = (days: readonly number[]) => {
    const g = gaps(days);
    const usual = mostCommon(g);
    return g.filter((x) => x === usual).length;
  };
  for (const shift of [1, 2, 3]) {
    const days = place(shift);
    if (regularity(days) > regularity(best)) best = days;
  }
  return best;
}

/** Days between consecutive start days. */
function gaps(days: readonly number[]): number[] {
  return days.slice(1).map((d, i) => d - days[i]!);
}

/** The value met most often (the last one unless another is met more often). */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[values.length - 1]!;
  for (const [v, n] of counts) if (n > counts.get(best)!) best = v;
  return best;
}
