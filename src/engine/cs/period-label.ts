/**
 * The period column of a clinician-scientist plan: which course years (or fiscal years) a row
 * covers, and which half when it is a half-year.
 */
import type { CellValue } from "../model/cell";
import { csKey } from "./vocabulary";
import { eraToWestern, fiscalYearOf, fromSerial, isEmpty, UNREADABLE, type Read } from "./values";

/**
 * A row's place in the course: course years `from`–`to` (1-based, inclusive: "1〜2年目" is 1–2),
 * or fiscal years; `half` 1 or 2 for 前期 / 後期.
 */
export interface PeriodLabel {
  readonly kind: "course" | "fiscal";
  readonly from: number;
  readonly to: number;
  readonly half?: 1 | 2;
}

const FIRST_HALF = /(前期|上期|前半期|前半|上半期|第1期|\(前\)|h1|1h|firsthalf|4月[~〜\-–]9月|4[~〜\-–]9月)/;
const SECOND_HALF = /(後期|下期|後半期|後半|下半期|第2期|\(後\)|h2|2h|secondhalf|10月[~〜\-–]3月|10[~〜\-–]3月)/;
const RANGE = /[~〜～\-–—]/;

/**
 * Reads a period cell.
 *
 * @example readPeriodLabel("1年目")       // → { kind: "course", from: 1, to: 1 }
 * @example readPeriodLabel("3年目 後期")  // → { kind: "course", from: 3, to: 3, half: 2 }
 * @example readPeriodLabel("R3")          // → { kind: "fiscal", from: 2021, to: 2021 }
 * @example readPeriodLabel("1〜2年目")    // → { kind: "course", from: 1, to: 2 }
 */
export function readPeriodLabel(value: CellValue | undefined): Read<PeriodLabel> {
  if (isEmpty(value)) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? UNREADABLE : fiscal(fiscalYearOf(value));
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1 && value <= 20) return course(value, value);
    if (Number.isInteger(value) && value >= 1990 && value <= 2100) return fiscal(value);
    if (value > 20_000 && value < 80_000) return fiscal(fiscalYearOf(fromSerial(value)));
    return UNREADABLE;
  }
  if (typeof value !== "string") return UNREADABLE;
  let k = csKey(value);
  let half: 1 | 2 | undefined;
  if (FIRST_HALF.test(k)) {
    half = 1;
    k = k.replace(FIRST_HALF, "");
  } else if (SECOND_HALF.test(k)) {
    half = 2;
    k = k.replace(SECOND_HALF, "");
  }
  k = k.replace(/\([^()]*\)/g, "").replace(/[・,、]$/, "");
  const withHalf = (p: PeriodLabel | undefined): Read<PeriodLabel> =>
    p === undefined ? UNREADABLE : half && p.from === p.to ? { ...p, half } : p;

  // Course years: 1, 1年目, 1年次, 第1年, year 1, Y1, 1〜2年目.
  let m = /^第?(\d{1,2})(?:年目|年次|年)?$/.exec(k) ?? /^(?:year|y)(\d{1,2})$/.exec(k);
  if (m) return withHalf(courseChecked(Number(m[1]), Number(m[1])));
  m = new RegExp(`^第?(\\d{1,2})(?:年目|年次|年)?${RANGE.source}第?(\\d{1,2})(?:年目|年次|年)$`).exec(k);
  if (m) return withHalf(courseChecked(Number(m[1]), Number(m[2])));

  // Fiscal years: 2021, 2021年度, R3, 令和3年度, FY2021, 2021〜2022年度, 2021/4.
  const w = eraToWestern(k.replace(/^fy/, ""));
  m = /^(\d{4})(?:年度|年)?$/.exec(w);
  if (m) return withHalf(fiscalChecked(Number(m[1]), Number(m[1])));
  m = new RegExp(`^(\\d{4})(?:年度|年)?${RANGE.source}(?:fy)?(\\d{4}|(?:令和|r|平成|h)\\d{1,2})(?:年度|年)?$`).exec(w);
  if (m) return withHalf(fiscalChecked(Number(m[1]), Number(eraToWestern(m[2] ?? ""))));
  m = new RegExp(`^(\\d{4})[/.年-](\\d{1,2})月?(?:[/.-]?\\d{1,2}日?)?${RANGE.source}(\\d{4})[/.年-](\\d{1,2})月?(?:[/.-]?\\d{1,2}日?)?$`).exec(w);
  if (m) return dateRange(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]));
  m = /^(\d{4})[/.年-](\d{1,2})月?$/.exec(w);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return UNREADABLE;
    return fiscal(mo >= 4 ? y : y - 1);
  }
  return UNREADABLE;
}

/**
 * A range of months, "2024/4〜2025/3": the fiscal years it spans, or a half of one ("2024/10〜2025/3"
 * is the second half of FY2024). Ranges of other lengths are rounded to whole fiscal years.
 */
function dateRange(y1: number, m1: number, y2: number, m2: number): Read<PeriodLabel> {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return UNREADABLE;
  const months = y2 * 12 + m2 - (y1 * 12 + m1) + 1;
  if (months <= 0 || months > 240) return UNREADABLE;
  const fy = m1 >= 4 ? y1 : y1 - 1;
  if (months <= 7 && (m1 === 4 || m1 === 10)) return { kind: "fiscal", from: fy, to: fy, half: m1 === 4 ? 1 : 2 };
  return { kind: "fiscal", from: fy, to: fy + Math.max(1, Math.round(months / 12)) - 1 };
}

function course(from: number, to: number): PeriodLabel {
  return { kind: "course", from, to };
}

function fiscal(fy: number): PeriodLabel {
  return { kind: "fiscal", from: fy, to: fy };
}

function courseChecked(from: number, to: number): PeriodLabel | undefined {
  return from >= 1 && to >= from && to <= 20 ? course(from, to) : undefined;
}

function fiscalChecked(from: number, to: number): PeriodLabel | undefined {
  return from >= 1990 && from <= 2100 && to >= from && to - from < 20 ? { kind: "fiscal", from, to } : undefined;
}
