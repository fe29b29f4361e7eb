/**
 * Reading the values of a clinician-scientist plan's cells. Every reader returns a value, `undefined`
 * for an empty cell, or {@link UNREADABLE} for a filled cell it cannot read; none throws.
 */
import type { CellValue } from "../model/cell";
import { cellText, isCellError } from "../model/cell";
import { fromSerial as excelDate } from "../model/excel-date";
import {
  csKey,
  DONE_WORDS,
  ENGLISH_WORDS,
  JAPANESE_WORDS,
  NO_WORDS,
  NOT_DONE_WORDS,
  PHASE_WORDS,
  SITE_KIND_WORDS,
  YES_WORDS,
  type CsPhase,
  type CsSiteKind,
} from "./vocabulary";

/** A filled cell that could not be read. */
export const UNREADABLE = Symbol("unreadable");
export type Read<T> = T | undefined | typeof UNREADABLE;

/** Empty: null, blank text, "" from a custom function. */
export function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Yes / no in any of the usual spellings (はい/いいえ, 有/無, あり/なし, ○/×, ✓, Yes/No, TRUE/FALSE, 1/0).
 *
 * @example readYesNo("有") // → true
 * @example readYesNo("×")  // → false
 */
export function readYesNo(value: CellValue | undefined): Read<boolean> {
  if (isEmpty(value)) return undefined;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : UNREADABLE;
  if (typeof value !== "string") return UNREADABLE;
  const k = csKey(value).replace(/[。.]$/, "");
  if (YES_WORDS.test(k)) return true;
  if (NO_WORDS.test(k)) return false;
  return UNREADABLE;
}

/**
 * Research effort in percent: 50, "50%", "５０％", 0.5 (a percent-formatted cell), "50%以上", a
 * research-to-clinical ratio "7:3".
 * A number from 0 to 1 is a fraction (0.5 → 50; 1 → 100); from 1 to 100 a percentage.
 *
 * @example readEffort(0.5)    // → 50
 * @example readEffort("50%")  // → 50
 */
export function readEffort(value: CellValue | undefined): Read<number> {
  if (isEmpty(value)) return undefined;
  if (typeof value === "number") return effortNumber(value, false);
  if (typeof value !== "string") return UNREADABLE;
  const k = csKey(value).replace(/^(約|研究)/, "").replace(/(以上|程度|前後|くらい|ぐらい)$/, "");
  if (/^(-+|ー+|なし|無)$/.test(k)) return 0;
  // "研究:臨床" as a ratio: 7:3 → 70.
  const ratio = /^(\d+(?:\.\d+)?)[:：対/](\d+(?:\.\d+)?)$/.exec(k);
  if (ratio) {
    const [a, b] = [Number(ratio[1]), Number(ratio[2])];
    return a + b > 0 ? Math.round((a / (a + b)) * 10000) / 100 : UNREADABLE;
  }
  const m = /^(\d+(?:\.\d+)?)(%|パーセント|percent)?$/.exec(k);
  if (!m) return UNREADABLE;
  return effortNumber(Number(m[1]), m[2] !== undefined);
}

function effortNumber(n: number, percent: boolean): Read<number> {
  if (!Number.isFinite(n) || n < 0) return UNREADABLE;
  const pct = !percent && n <= 1 ? n * 100 : n;
  if (pct > 100) return UNREADABLE;
  return Math.round(pct * 100) / 100;
}

/**
 * A phase: 臨床 / 研究 / 休止 (and 臨床フェーズ, Research, 留学 → research, 産休 → leave …).
 */
export function readPhase(value: CellValue | undefined): Read<CsPhase> {
  if (isEmpty(value)) return undefined;
  if (typeof value !== "string") return UNREADABLE;
  const k = csKey(value);
  for (const [phase, re] of PHASE_WORDS) if (re.test(k)) return phase;
  return UNREADABLE;
}

/** The site-kind column: 責任医療機関, 連携施設, 大学院, ナショナルセンター, 留学先, その他. */
export function readSiteKind(value: CellValue | undefined): Read<CsSiteKind> {
  if (isEmpty(value)) return undefined;
  if (typeof value !== "string") return UNREADABLE;
  const k = csKey(value);
  for (const [kind, re] of SITE_KIND_WORDS) if (re.test(k)) return kind;
  return UNREADABLE;
}

/** A paper's language. */
export function readLanguage(value: CellValue | undefined): Read<"en" | "ja"> {
  if (isEmpty(value)) return undefined;
  if (typeof value !== "string") return UNREADABLE;
  const k = csKey(value);
  if (ENGLISH_WORDS.test(k)) return "en";
  if (JAPANESE_WORDS.test(k)) return "ja";
  return UNREADABLE;
}

/** A calendar date, and the Japanese fiscal year (April–March) it falls in. */
export interface CsDate {
  /** UTC midnight; for a bare year, the first day of the fiscal year (April 1). */
  readonly date: Date;
  readonly fiscalYear: number;
  /** Only a (fiscal) year was given. */
  readonly yearOnly: boolean;
}

/** The fiscal year of a date: April to March. */
export function fiscalYearOf(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** A Date from an Excel serial day number (1900 date system), whole days. */
export function fromSerial(serial: number): Date {
  return excelDate(Math.round(serial));
}

/**
 * A date or a fiscal year: a Date, an Excel serial number, "2024-04-01", "2024/4/1",
 * "2024年4月1日", "令和6年4月1日", "2024年4月", "2024年度", "2024", "R6", "令和6年度".
 *
 * @example readDate("R6")         // → { date: 2024-04-01, fiscalYear: 2024, yearOnly: true }
 * @example readDate(45383)        // → { date: 2024-04-01, fiscalYear: 2024, yearOnly: false }
 */
export function readDate(value: CellValue | undefined): Read<CsDate> {
  if (isEmpty(value)) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? UNREADABLE : fromDate(utcMidnight(value));
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1990 && value <= 2100) return fromFiscalYear(value);
    if (value > 20_000 && value < 80_000) return fromDate(fromSerial(value));
    return UNREADABLE;
  }
  if (typeof value !== "string") return UNREADABLE;
  const k = eraToWestern(csKey(value));
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(k);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(k);
  if (m) return ymd(Number(m[1]), Number(m[2]), 1);
  m = /^(\d{4})(年度|年|fy)?(版|開始|入学|登録)?$/.exec(k) ?? /^fy(\d{4})$/.exec(k);
  if (m) return fromFiscalYear(Number(m[1]));
  return UNREADABLE;
}

/** "令和6年" → "2024年", "R6" → "2024", "平成31年度" → "2019年度", "元" as 1. */
export function eraToWestern(key: string): string {
  return key.replace(/^(令和|r|平成|h)(\d{1,2}|元)/, (_all, era: string, n: string) => {
    const num = n === "元" ? 1 : Number(n);
    return String((era === "令和" || era === "r" ? 2018 : 1988) + num);
  });
}

function ymd(y: number, mo: number, d: number): Read<CsDate> {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return UNREADABLE;
  return fromDate(date);
}

function fromDate(date: Date): CsDate {
  return { date, fiscalYear: fiscalYearOf(date), yearOnly: false };
}

function fromFiscalYear(fy: number): CsDate {
  return { date: new Date(Date.UTC(fy, 3, 1)), fiscalYear: fy, yearOnly: true };
}

/** exceljs gives dates at UTC midnight; a local-midnight date from elsewhere is rounded to its UTC day. */
function utcMidnight(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + (d.getUTCHours() >= 12 ? 1 : 0)));
}

/** 臨床研修 finished: a date (finished then), yes / 修了 / 見込み (finished), no / 未修了 (not). */
export type TrainingDone = { readonly done: true; readonly on?: CsDate } | { readonly done: false };

export function readTrainingDone(value: CellValue | undefined): Read<TrainingDone> {
  if (isEmpty(value)) return undefined;
  if (typeof value === "string") {
    const k = csKey(value);
    if (DONE_WORDS.test(k)) return { done: true };
    if (NOT_DONE_WORDS.test(k)) return { done: false };
  }
  const yn = readYesNo(value);
  if (yn === true) return { done: true };
  if (yn === false) return { done: false };
  const d = readDate(value);
  if (d === UNREADABLE || d === undefined) return UNREADABLE;
  // A bare year is the calendar year of finishing (臨床研修 ends in March): 2024 → 2024-03-31.
  return { done: true, on: d.yearOnly ? { date: new Date(Date.UTC(d.fiscalYear, 2, 31)), fiscalYear: d.fiscalYear - 1, yearOnly: true } : d };
}

/** A paper's year: 2023, "2023年", "R5", a date. */
export function readYear(value: CellValue | undefined): Read<number> {
  if (isEmpty(value)) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? UNREADABLE : value.getUTCFullYear();
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1950 && value <= 2100) return value;
    if (value > 20_000 && value < 80_000) return fromSerial(value).getUTCFullYear();
    return UNREADABLE;
  }
  if (typeof value !== "string") return UNREADABLE;
  const k = eraToWestern(csKey(value));
  const m = /^(\d{4})(年|年度)?([-/.年]\d{1,2}([-/.月]\d{1,2}日?)?月?)?(予定|見込み|\(予定\))?$/.exec(k);
  return m ? Number(m[1]) : UNREADABLE;
}

/** The text of a cell on one line, for messages. */
export function shownText(value: CellValue | undefined): string {
  if (value === undefined) return "";
  if (isCellError(value)) return value.error;
  return cellText(value).replace(/\s*\n\s*/g, " ").trim();
}
