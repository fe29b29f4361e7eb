import type { SheetView } from "./sheet-view";
import { headerToken, type BlockToken, type DateToken, type HeaderToken, type MonthToken, type WeekToken } from "./header-token";
import { addYear, dayOf, ymd } from "./dates";

import { at, lastOf, mapNonEmpty, must, type NonEmpty } from "../model/invariant";
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
  readonly blocks: NonEmpty<BlockSpan>;
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
      if (run && run.tokens.length >= MIN_RUN && plausibleStart(run.tokens[0])) {
        const spans = toRun(row, run);
        if (spans) runs.push(spans);
        col = lastOf(run.cols) + 1;
      } else col++;
    }
  }
  return runs;
}

/** A numbered header starts within the first year (or at a month number); `61 … 86` is no header. */
function plausibleStart(token: HeaderToken): boolean {
  return token.kind !== "block" || token.n <= YEAR_WEEKS + 1;
}

/** Consecutive header cells of one kind, and their columns (one per token). */
interface Progression<T extends HeaderToken> {
  readonly tokens: NonEmpty<T>;
  readonly cols: NonEmpty<number>;
}

/** A run of header tokens, all of the kind it names. */
type RawRun =
  | ({ readonly kind: "week" } & Progression<WeekToken>)
  | ({ readonly kind: "block" } & Progression<BlockToken>)
  | ({ readonly kind: "month" } & Progression<MonthToken>)
  | ({ readonly kind: "date" } & Progression<DateToken>);

/** The longest progression of header tokens starting at (row, col); undefined when that cell is no header. */
function readRun(view: SheetView, row: number, start: number): RawRun | undefined {
  const first = headerToken(view.raw(row, start));
  switch (first?.kind) {
    case undefined:
      return undefined;
    case "week":
      return { kind: "week", ...extend(view, row, start, first, (t) => (t.kind === "week" ? t : undefined), weekContinues) };
    case "block":
      return { kind: "block", ...extend(view, row, start, first, (t) => (t.kind === "block" ? t : undefined), blockContinues) };
    case "month":
      return { kind: "month", ...extend(view, row, start, first, (t) => (t.kind === "month" ? t : undefined), monthContinues) };
    case "date":
      return { kind: "date", ...extend(view, row, start, first, (t) => (t.kind === "date" ? t : undefined), dateContinues) };
  }
}

/** Extends a run from its first token while the cells to the right are of its kind and continue it. */
function extend<T extends HeaderToken>(
  view: SheetView,
  row: number,
  start: number,
  first: T,
  ofKind: (token: HeaderToken) => T | undefined,
  continues: (prev: T, next: T, tokens: NonEmpty<T>) => boolean
): Progression<T> {
  const tokens: [T, ...T[]] = [first];
  const cols: [number, ...number[]] = [start];
  let prev = first;
  for (let col = start + 1; col < view.right; col++) {
    const token = headerToken(view.raw(row, col));
    if (!token) break;
    const next = ofKind(token);
    if (!next || !continues(prev, next, tokens)) break;
    tokens.push(next);
    cols.push(col);
    prev = next;
  }
  return { tokens, cols };
}

function weekContinues(prev: WeekToken, next: WeekToken, tokens: NonEmpty<WeekToken>): boolean {
  // The step is set by the first two tokens.
  const second = tokens[1];
  const s = second === undefined ? next.n - prev.n : second.n - tokens[0].n;
  if (s <= 0) return false;
  // `4 週 … 52 週` twice: the second year starts over.
  if (next.n === s && prev.n === YEAR_WEEKS && tokens.length * s === YEAR_WEEKS) return true;
  return next.n - prev.n === s;
}

function blockContinues(prev: BlockToken, next: BlockToken, tokens: NonEmpty<BlockToken>): boolean {
  const { n, unit } = next;
  if (unit !== prev.unit) return false;
  if (n === prev.n + 1) return true;
  // Month numbers `4 5 … 12 1 2 3`: wrap after December.
  if (n === 1 && prev.n === 12 && unit === undefined && tokens[0].n > 1 && tokens.length < 24) return true;
  // `1 … 13`, `1 … 12`, `1 … 26`, `1 … 52` once per year: the second year starts over.
  return n === 1 && tokens.length === prev.n && prev.n >= MIN_RUN;
}

function monthContinues(prev: MonthToken, next: MonthToken): boolean {
  return next.month === (prev.month % 12) + 1;
}

function dateContinues(prev: DateToken, next: DateToken): boolean {
  let day = next.day;
  if (next.yearless) day = advanceYearless(prev.day, day);
  return day > prev.day && day - prev.day <= 124;
}

/** A month/day date without a year follows the one before it: a later year when the month wraps. */
function advanceYearless(prevDay: number, day: number): number {
  let d = day;
  while (d <= prevDay) d = addYear(d);
  return d;
}

/** The column of a run's i-th token. */
const colOf = (cols: readonly number[], i: number): number => at(cols, i, "a header run has one column per token");

function toRun(row: number, run: RawRun): HeaderRun | undefined {
  const { cols } = run;
  const yearOf = (startWeek: number): 1 | 2 => (startWeek < YEAR_WEEKS - EPS ? 1 : 2);
  switch (run.kind) {
    case "week": {
      const [firstToken, second] = run.tokens;
      if (second === undefined) return undefined;
      const step = second.n - firstToken.n;
      let offset = 0;
      let prev: WeekToken | undefined;
      const blocks = mapNonEmpty(run.tokens, (t, i): BlockSpan => {
        const n = t.n;
        if (prev !== undefined && n === step && prev.n === YEAR_WEEKS) offset += YEAR_WEEKS;
        const startWeek = offset + n - step;
        prev = t;
        return { col: colOf(cols, i), startWeek, weeks: step, year: yearOf(startWeek) };
      });
      return { row, kind: run.kind, blocks, upperLimitScale: 1, unit: "week" };
    }
    case "block": {
      const reading = numberedReading(run.tokens);
      const weeks = reading.weeks;
      const blocks = mapNonEmpty(cols, (col, i): BlockSpan => ({ col, startWeek: i * weeks, weeks, year: yearOf(i * weeks) }));
      return {
        row,
        kind: run.kind,
        blocks,
        upperLimitScale: reading.unit === "month" ? 13 / 12 : 1,
        unit: reading.unit === "block" ? "block" : reading.unit,
        ...(reading.said ? { reading } : {}),
      };
    }
    case "month": {
      const blocks = mapNonEmpty(cols, (col, i): BlockSpan => ({ col, startWeek: i * MONTH_WEEKS, weeks: MONTH_WEEKS, year: i < 12 ? 1 : 2 }));
      return { row, kind: run.kind, blocks, upperLimitScale: 13 / 12, unit: "month" };
    }
    case "date":
      return dateRun(row, run.tokens, cols);
  }
}

/**
 * Block start dates: each block lasts until the next one starts (the last as long as the usual
 * block, not the one before it, which a 29 February may have made a day longer or shorter). Dates
 * on the first of consecutive months are months of 52/12 weeks.
 */
function dateRun(row: number, tokens: NonEmpty<DateToken>, cols: readonly number[]): HeaderRun {
  const days = startDays(tokens);
  const monthly = days.every((d, i) => {
    const { day, month } = ymd(d);
    if (day !== 1) return false;
    const before = days[i - 1];
    return before === undefined || month === (ymd(before).month % 12) + 1;
  });
  const first = days[0];
  const secondYear = addYear(first);
  const usual = must(mostCommon(gaps(days)), "a run of dates has at least two");
  const blocks = mapNonEmpty(days, (d, i): BlockSpan => {
    const next = days[i + 1] ?? d + usual;
    const weeks = monthly ? MONTH_WEEKS : (next - d) / 7;
    const startWeek = monthly ? i * MONTH_WEEKS : (d - first) / 7;
    return { col: colOf(cols, i), startWeek, weeks, year: d < secondYear ? 1 : 2 };
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
function numberedReading(tokens: NonEmpty<BlockToken>): HeaderReading & { said: boolean } {
  const count = tokens.length;
  const first = tokens[0];
  const last = lastOf(tokens);
  // Where the numbers start over (a 1 not after 12), the number before it, and whether they wrap after 12.
  let restart = -1;
  let beforeRestart = 0;
  let wrapsAt12 = false;
  let prev: BlockToken | undefined;
  for (const [i, t] of tokens.entries()) {
    if (prev !== undefined && t.n === 1) {
      if (prev.n === 12) wrapsAt12 = true;
      else if (restart < 0) [restart, beforeRestart] = [i, prev.n];
    }
    prev = t;
  }
  const wraps = first.n > 1 && wrapsAt12;
  const looked = restart > 0 ? `${first.n}…${beforeRestart} (×${Math.ceil(count / restart)})` : `${first.n}…${last.n}`;
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
function startDays(tokens: NonEmpty<DateToken>): NonEmpty<number> {
  const place = (shift: number): NonEmpty<number> => {
    let prev: number | undefined;
    const dayOfToken = ({ day, yearless }: DateToken): number => {
      if (!yearless) return day;
      // The month and day as written (the token sits in a leap year, so 2/29 survives), in the first year after `prev`.
      const { year, month, day: dom } = ymd(day);
      let y = prev === undefined ? year + shift : ymd(prev).year;
      let d = dayOf(y, month, dom);
      while (prev !== undefined && d <= prev) d = dayOf(++y, month, dom);
      return d;
    };
    const [first, ...rest] = tokens;
    const days: [number, ...number[]] = [(prev = dayOfToken(first))];
    for (const t of rest) days.push((prev = dayOfToken(t)));
    return days;
  };
  let best = place(0);
  if (!tokens.some((t) => t.yearless)) return best;
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
  const out: number[] = [];
  let prev: number | undefined;
  for (const d of days) {
    if (prev !== undefined) out.push(d - prev);
    prev = d;
  }
  return out;
}

/** The value met most often (the last one unless another is met more often); undefined for none. */
function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values.at(-1);
  let most = best === undefined ? 0 : (counts.get(best) ?? 0);
  for (const [v, n] of counts) if (n > most) [best, most] = [v, n];
  return best;
}
