/**
 * The rows of the papers table: title, journal, language, SCI-indexed, first author, case report,
 * year (CONTRACT §4).
 */
import type { CellValue } from "../model/cell";
import { CS_EXPECTED, CS_MESSAGES, CS_THINGS } from "../messages/cs";
import type { SheetView } from "../model/sheet-view";
import { columnsOf, type CsTable } from "./find-tables";
import type { CsPaper, CsUnreadable } from "./plan";
import { readLanguage, readYear, readYesNo, shownText, UNREADABLE, type Read } from "./values";
import { csKey, type PaperColumn } from "./vocabulary";

/** Japanese script (kana, kanji) in a text. */
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Reads the papers table's rows (blank rows and notes starting with ※ skipped). */
export function readPapers(grid: SheetView, table: CsTable<PaperColumn>, trainee: string | undefined): { papers: CsPaper[]; unreadable: CsUnreadable[] } {
  const papers: CsPaper[] = [];
  const unreadable: CsUnreadable[] = [];
  const col = table.columns;
  for (let row = table.bodyFrom; row <= table.bodyTo; row++) {
    const cells: CsPaper["cells"] = {};
    const values: Partial<Record<PaperColumn, CellValue>> = {};
    const texts: Partial<Record<PaperColumn, string>> = {};
    for (const [key, c] of columnsOf(col)) {
      cells[key] = grid.address(row, c);
      const value = grid.value(row, c);
      values[key] = value;
      texts[key] = shownText(value);
    }
    if (Object.values(texts).every((t) => t === "")) continue;
    const first = Object.values(texts).find((t) => t !== "") ?? "";
    if (/^[※*＊]|^注[:：]/.test(first)) continue;

    const keep = <T>(key: PaperColumn, read: Read<T>, what: keyof typeof CS_THINGS, expected: keyof typeof CS_EXPECTED): T | undefined => {
      if (read !== UNREADABLE) return read;
      // Only a column the table has reads as unreadable.
      const cell = cells[key];
      if (cell !== undefined) unreadable.push({ cell, message: CS_MESSAGES.unreadable(CS_THINGS[what], texts[key] ?? "", CS_EXPECTED[expected]) });
      return undefined;
    };
    const title = texts.title ?? "";
    const language = keep("language", readLanguage(values.language ?? null), "language", "language") ?? guessLanguage(title, texts.journal ?? "", texts.language ?? "");
    const sci = keep("sci", readSci(values.sci ?? null), "yesNo", "yesNo");
    const firstAuthor = keep("firstAuthor", readFirstAuthor(values.firstAuthor ?? null, trainee), "yesNo", "yesNo");
    const caseReport = keep("caseReport", readCaseReport(values.caseReport ?? null), "yesNo", "yesNo");
    const year = keep("year", readYear(values.year ?? null), "year", "year");
    papers.push({
      row: row + 1,
      title: title || texts.journal || `${row + 1}行目`,
      cells,
      ...(language ? { language } : {}),
      ...(sci !== undefined ? { sci } : {}),
      ...(firstAuthor !== undefined ? { firstAuthor } : {}),
      ...(caseReport !== undefined ? { caseReport } : {}),
      ...(year !== undefined ? { year } : {}),
    });
  }
  return { papers, unreadable };
}

/** With no language given: Japanese script in the title (or journal) → Japanese, Latin letters only → English. */
function guessLanguage(title: string, journal: string, languageText: string): "en" | "ja" | undefined {
  if (languageText !== "") return undefined;
  const text = title || journal;
  if (text === "") return undefined;
  if (JAPANESE_SCRIPT.test(text)) return "ja";
  return /[A-Za-z]/.test(text) ? "en" : undefined;
}

/** SCI-indexed: yes / no, or an impact factor (a positive number means indexed). */
function readSci(value: CellValue): Read<boolean> {
  const yn = readYesNo(value);
  if (yn !== UNREADABLE) return yn;
  if (typeof value === "number" && value > 0) return true;
  if (typeof value === "string") {
    const k = csKey(value);
    if (/^(sci|scie|sci収載|収載|indexed|if\d|impactfactor)/.test(k)) return true;
    if (/^(非収載|未収載|notindexed|none)/.test(k)) return false;
  }
  return UNREADABLE;
}

/** First author: yes / no, 筆頭, or the trainee's own name. */
function readFirstAuthor(value: CellValue, trainee: string | undefined): Read<boolean> {
  const yn = readYesNo(value);
  if (yn !== UNREADABLE) return yn;
  if (typeof value === "string") {
    const k = csKey(value);
    if (/^(筆頭|筆頭著者|first|firstauthor|本人)$/.test(k)) return true;
    if (/^(共著|共著者|第\d著者|co-?author|last|責任著者)$/.test(k)) return false;
    if (trainee && csKey(trainee).length >= 2 && k === csKey(trainee)) return true;
  }
  return UNREADABLE;
}

/** Case report: yes / no, or the article type (症例報告 / 原著). */
function readCaseReport(value: CellValue): Read<boolean> {
  const yn = readYesNo(value);
  if (yn !== UNREADABLE) return yn;
  if (typeof value === "string") {
    const k = csKey(value);
    if (/症例報告|casereport|case/.test(k)) return true;
    if (/原著|original|article|research|臨床研究|総説|review/.test(k)) return false;
  }
  return UNREADABLE;
}
