import { cellText, type CellValue } from "../model/cell";
import { toA1 } from "../model/address";
import { foldWidth, labelKey, normalizeText } from "../text/normalize";
import type { SheetData } from "../model/sheet";
import { PROFILE_MESSAGES as M } from "../messages/profile";
import type { RuleOverride } from "../options";
import { ruleById } from "../rules/registry";
import { ProfileBuilder, readSeverity, type ProfileResult } from "./build";
import { weeksColumns } from "./starting-sheet";

/** The sheet a workbook keeps its profile on (CONTRACT §7). */
export const RULES_SHEET = /^(規則|rules)$/i;

/**
 * The 規則 table's columns: each header (in either language, after NFKC) → what it holds.
 * CONTRACT §7 fixes `分野` and `最低週数`; docs/rules.md lists the rest.
 */
const HEADERS: Readonly<Record<string, Column>> = {
  規則: "rule",
  規則id: "rule",
  rule: "rule",
  分野: "field",
  診療科: "field",
  field: "field",
  最低週数: "min",
  最低: "min",
  min_weeks: "min",
  min: "min",
  最大週数: "max",
  最大: "max",
  max_weeks: "max",
  max: "max",
  年次: "year",
  year: "year",
  重要度: "severity",
  severity: "severity",
  有効: "enabled",
  enabled: "enabled",
  書き方: "spelling",
  表記: "spelling",
  略称: "spelling",
  spelling: "spelling",
  text: "spelling",
  コース: "course",
  course: "course",
  施設: "site",
  site: "site",
  項目: "param",
  parameter: "param",
  値: "value",
  value: "value",
  説明: "note",
  備考: "note",
  出典: "note",
  メモ: "note",
  note: "note",
  description: "note",
  source: "note",
};
/** The headers a coordinator is told about when one is not known: the Japanese ones. */
const JAPANESE_HEADERS = Object.keys(HEADERS).filter((h) => !/^[a-z_]+$/.test(h));

type Column = "course" | "site" | "rule" | "field" | "min" | "max" | "year" | "severity" | "enabled" | "spelling" | "param" | "value" | "note";

const TRUE = new Set(["true", "yes", "on", "1", "はい", "有効", "○", "◯", "〇", "する"]);
const FALSE = new Set(["false", "no", "off", "0", "いいえ", "無効", "×", "✕", "しない", "-"]);

const key = (v: CellValue | undefined): string => labelKey(cellText(v ?? null));

/**
 * A profile from a table (the workbook's `規則` sheet, an .xlsx or .csv file of the same table).
 * The header row is the first row holding `分野` or `規則` beside other known headers. Each row is
 * one of:
 * - a change to a rule: `規則` = a rule id (surg-4w), with `最低週数` / `最大週数` (its min / max),
 *   `重要度`, `有効`, or `項目` + `値` for another number (anesthesiaMax);
 * - a spelling: `書き方` = the text in the grid, `分野` = the field it names;
 * - a program field: `分野` with `最低週数` and/or `最大週数` (and `年次`, `重要度`): program-min / program-max.
 * Every problem names its cell (`規則!C5`).
 */
export function parseProfileTable(sheet: SheetData, source = `${sheet.name} シート`): ProfileResult {
  const b = new ProfileBuilder(source);
  const top = sheet.origin?.row ?? 0;
  const left = sheet.origin?.col ?? 0;
  const at = (r: number, c: number) => `${sheet.name}!${toA1(top + r, left + c)}`;
  const headerAt = sheet.rows.findIndex((row) => {
    const known = row.map((v) => HEADERS[key(v)]);
    return (known.includes("field") || known.includes("rule")) && known.filter(Boolean).length >= 2;
  });
  if (headerAt < 0) {
    b.problem(M.noHeader(sheet.name));
    return b.finish();
  }
  const columns = new Map<Column, number>();
  (sheet.rows[headerAt] ?? []).forEach((v, c) => {
    if (key(v) === "") return;
    const column = HEADERS[key(v)];
    if (!column) b.problem(M.unknownKey(cellText(v), JAPANESE_HEADERS, at(headerAt, c)));
    else if (!columns.has(column)) columns.set(column, c);
  });

  for (const [r, row] of sheet.rows.entries()) {
    if (r <= headerAt) continue;
    const cell = (c: Column): CellValue | undefined => {
      const col = columns.get(c);
      return col === undefined ? undefined : row[col];
    };
    const text = (c: Column): string => cellText(cell(c) ?? null).trim();
    const where = (c: Column) => at(r, columns.get(c) ?? 0);
    if ([...columns.keys()].every((c) => c === "note" || text(c) === "")) continue;

    const number = (c: "min" | "max" | "value"): number | undefined | null => {
      const v = cell(c);
      if (v === undefined || v === null || text(c) === "") return undefined;
      const n = typeof v === "number" ? v : Number(foldWidth(text(c)).replace(/週|日|%$/g, ""));
      if (!Number.isFinite(n)) {
        b.problem(M.badNumber(text(c), where(c), 0, 104));
        return null;
      }
      return n;
    };
    const severity = (): RuleOverride["severity"] | null | undefined => {
      if (text("severity") === "") return undefined;
      const s = readSeverity(text("severity"));
      if (!s) b.problem(M.badSeverity(text("severity"), where("severity")));
      return s ?? null;
    };

    /** A row of one of the program's courses: コース + 年次, with 施設, or 分野 and its weeks (a range) or none (required). */
    function readCourseRow(): void {
      const id = text("course");
      const y = normalizeText(text("year")).replace(/年次|年目/, "");
      if (y !== "1" && y !== "2") return b.problem(M.badYear(text("year"), where("year")));
      const year = y === "1" ? 1 : 2;
      if (text("site") !== "") b.courseSite(id, year, text("site"), where("site"));
      if (text("field") === "") return;
      const min = number("min");
      const max = number("max");
      if (min === null || max === null) return;
      if (min === undefined && max === undefined) return b.courseRequired(id, year, text("field"), where("field"));
      b.courseRange(id, year, text("field"), min ?? 0, max, where("field"));
    }

    const ruleId = labelKey(text("rule"));
    if (ruleId !== "" && ruleId !== "program-min" && ruleId !== "program-max") {
      const rule = ruleById(ruleId);
      if (!rule) {
        b.problem(M.ruleProblem({ code: "unknown-rule", rule: text("rule") }, where("rule")));
        continue;
      }
      const params: Record<string, number> = {};
      const numbersWhere: Record<string, string> = {};
      const put = (name: string, value: number | null | undefined, c: Column) => {
        if (value === undefined || value === null) return;
        params[name] = value;
        numbersWhere[name] = where(c);
      };
      // 最低週数 is the rule's minimum: `min`, or its one minimum in weeks (total-104w's weeks); 最大週数 likewise.
      const cols = weeksColumns(rule.params, rule.paramSpecs);
      put(cols.min ?? "min", number("min"), "min");
      put(cols.max ?? "max", number("max"), "max");
      if (text("param") !== "") put(text("param"), number("value"), "value");
      let change: RuleOverride = Object.keys(params).length > 0 ? { params } : {};
      const s = severity();
      if (s) change = { ...change, severity: s };
      if (text("enabled") !== "") {
        const e = key(cell("enabled"));
        if (TRUE.has(e)) change = { ...change, enabled: true };
        else if (FALSE.has(e)) change = { ...change, enabled: false };
        else b.problem(M.badBoolean(text("enabled"), where("enabled")));
      }
      b.rule(rule.id, change, where("rule"), numbersWhere);
      continue;
    }

    if (text("course") !== "") {
      readCourseRow();
      continue;
    }
    if (text("spelling") !== "") {
      b.spelling(text("spelling"), text("field"), where("spelling"));
      continue;
    }
    if (text("field") === "") {
      b.problem(M.unknownField("", where("field")));
      continue;
    }
    const min = number("min");
    const max = number("max");
    if (min === null || max === null) continue;
    if (min === undefined && max === undefined) {
      b.problem(M.badNumber("", where("min"), 0, 104));
      continue;
    }
    for (const [v, c] of [[min, "min"], [max, "max"]] as const) {
      if (v !== undefined && (v < 0 || v > 104)) b.problem(M.badNumber(v, where(c), 0, 104));
    }
    if ((min ?? 0) < 0 || (min ?? 0) > 104 || (max ?? 0) < 0 || (max ?? 0) > 104) continue;
    let year: 1 | 2 | undefined;
    if (text("year") !== "") {
      const y = normalizeText(text("year")).replace(/年次|年目/, "");
      if (y !== "1" && y !== "2") {
        b.problem(M.badYear(text("year"), where("year")));
        continue;
      }
      year = y === "1" ? 1 : 2;
    }
    const s = severity();
    if (s === null) continue;
    b.field(text("field"), { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), ...(year ? { year } : {}), ...(s ? { severity: s } : {}) }, where("field"));
  }
  return b.finish();
}
