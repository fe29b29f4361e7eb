/**
 * Every text the ROTA functions show, in Japanese (the default) and English, in one place.
 * Findings bring their own messages from the engine; these are the functions' own: bad arguments,
 * the header row, and the notes that say when a result could not be exact.
 */
import type { Bilingual, Lang } from "../engine";

export type { Bilingual, Lang } from "../engine";

const t = (ja: string, en: string): Bilingual => ({ ja, en });

/** Shows a value as the user typed it, shortened, for a message. */
export function shown(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 30 ? `${oneLine.slice(0, 29)}…` : oneLine;
}

export const MESSAGES = {
  argMissing: (name: string) =>
    t(`引数 ${name} を指定してください。`, `Give the argument ${name}.`),
  argNotRange: (name: string) =>
    t(
      `引数 ${name} にはセル範囲を指定してください。`,
      `The argument ${name} must be a range of cells.`
    ),
  argNotSingle: (name: string) =>
    t(
      `引数 ${name} はセル 1 つか値 1 つで指定してください。`,
      `The argument ${name} must be a single cell or value.`
    ),
  argNotText: (name: string, value: unknown) =>
    t(
      `引数 ${name} は文字で指定してください（「${shown(value)}」）。`,
      `The argument ${name} must be text ("${shown(value)}").`
    ),
  argNotNumber: (name: string, value: unknown) =>
    t(
      `引数 ${name} は数値で指定してください（「${shown(value)}」）。`,
      `The argument ${name} must be a number ("${shown(value)}").`
    ),
  argNotInteger: (name: string, value: unknown) =>
    t(
      `引数 ${name} は整数で指定してください（${shown(value)}）。`,
      `The argument ${name} must be a whole number (${shown(value)}).`
    ),
  argOutOfRange: (name: string, min: number, max: number, value: unknown) =>
    t(
      `引数 ${name} は ${min} から ${max} までです（${shown(value)}）。`,
      `The argument ${name} must be from ${min} to ${max} (${shown(value)}).`
    ),
  argErrorValue: (name: string, code: string) =>
    t(`引数 ${name} がエラー値 ${code} です。`, `The argument ${name} is the error value ${code}.`),
  courseUnknown: (value: unknown) =>
    t(
      `コース「${shown(value)}」はありません。A、B、C のいずれかを指定してください。`,
      `There is no course "${shown(value)}": give A, B or C.`
    ),
  optionUnknown: (key: string) =>
    t(
      `オプション「${shown(key)}」はありません。使えるのは lang、off、min、header、edition です。`,
      `There is no option "${shown(key)}": use lang, off, min, header or edition.`
    ),
  optionBadValue: (key: string, value: string, allowed: string) =>
    t(
      `オプション ${key} の値「${shown(value)}」は使えません（${allowed}）。`,
      `The option ${key} cannot be "${shown(value)}" (${allowed}).`
    ),
  optionNoValue: (text: string) =>
    t(
      `オプション「${shown(text)}」は「名前=値」の形で書いてください（例: lang=en; off=go-4w）。`,
      `Write the option "${shown(text)}" as name=value (for example lang=en; off=go-4w).`
    ),
  ruleUnknown: (id: string) =>
    t(
      `ルール「${shown(id)}」はありません（off に書けるのはルール ID です）。`,
      `There is no rule "${shown(id)}" (off takes rule ids).`
    ),
  gridEmpty: t(
    "範囲が空です。見出し行を含めてローテーション表を指定してください。",
    "The range is empty: give the rotation grid with its header row."
  ),
  gridNotFound: t(
    "ローテーション表が見つかりません。見出し行（4週…、1…26、4月…、開始日）と研修医の行を含めて範囲を指定してください。",
    "No rotation grid found: include the header row (4週…, 1…26, 4月… or start dates) and the residents' rows."
  ),
  fieldUnknown: (value: unknown, suggestion: string | undefined) =>
    suggestion
      ? t(
          `「${shown(value)}」は診療科として読めません。「${suggestion}」のことですか？`,
          `"${shown(value)}" names no known field. Did you mean "${suggestion}"?`
        )
      : t(
          `「${shown(value)}」は診療科として読めません。`,
          `"${shown(value)}" names no known field.`
        ),
  fieldNotText: (value: unknown) =>
    t(
      `「${shown(value)}」は診療科の名前ではありません。`,
      `"${shown(value)}" is not the name of a field.`
    ),
  fieldEmpty: t(
    "診療科を指定してください（例: 内科、救急）。",
    "Give a field (for example 内科 or 救急)."
  ),
  quotaShape: t(
    "fields と applicants は同じ大きさの 1 列（または 1 行）の範囲にしてください。",
    "fields and applicants must be ranges of one column (or one row) of the same size."
  ),
  quotaNoFields: t("基本領域が 1 つもありません。", "No fields given."),
  mergesUnknown: t(
    "結合セルの範囲を Excel から読めなかったため、空欄を空きとして数えました。結合したローテーションがあると週数が少なく出ます。",
    "The merged cells could not be read from Excel, so empty cells were counted as gaps: a merged rotation would be undercounted."
  ),
  mergesOutside: t(
    "範囲の外から続く結合セルがあります。結合セル全体が入るように範囲を広げてください。",
    "A merged cell starts outside the range: widen the range to include every merged cell whole."
  ),
  addressUnknown: t(
    "引数がセル範囲ではないため、セル番地は引数の左上を A1 として示しています。",
    "The argument is not a range on a sheet, so cell addresses count from its top-left corner as A1."
  ),
  weeksUnsure: t(
    "結合セルの範囲を読めないため、この行の週数を確定できません。",
    "The merged cells could not be read, so this row's weeks are not certain."
  ),
  truncated: (omitted: number) =>
    t(
      `ほか ${omitted} 件は表示しきれないため省略しました。`,
      `${omitted} more not shown: the result would be too large.`
    ),
  internal: (detail: string) =>
    t(`Rota の内部エラーです: ${shown(detail)}`, `Rota internal error: ${shown(detail)}`),
} as const;

/** The spilled header row of ROTA.VALIDATE: trainee, rule, severity, message, cells (CONTRACT §6). */
export const VALIDATE_HEADER: Readonly<Record<Lang, readonly string[]>> = {
  ja: ["研修医", "ルール", "重要度", "内容", "セル"],
  en: ["trainee", "rule", "severity", "message", "cells"],
};

/** What ROTA.VALIDATE shows when there is nothing to report. */
export const OK = "OK";
