/**
 * What `rota plan` and `rota fix` print of their own, in Japanese and English (the engine's reasons
 * and findings carry theirs).
 */
import * as path from "node:path";
import type { Bilingual, Lang } from "./messages";

const name = (file: string): string => path.basename(file);

export const PLAN_CLI = {
  plan: {
    summary: { ja: "空欄のブロックを規則に合うように埋める", en: "fill the empty blocks so that every rule holds" } satisfies Bilingual,
    description: {
      ja:
        "研修医ごとの表の空欄を、臨床研修の規則・プログラムの規則・各自のコース・定員シートを満たすように埋めて、コピーに書き出す。入力済みのセルはそのまま (休止・選択など)。希望シート (氏名 | 診療科 | 順位) があれば公平に反映する。\n" +
        "終了コード: 0 計画を作成 / 1 規則をすべて満たす計画がない (理由を表示し、空欄を埋めた最善の計画があれば、残るエラーとともに書き出す) / 2 使い方の誤り・読めないブック",
      en:
        "Fills the empty cells of the cohort grid so that the national rules, the program's rules, each resident's course and the 定員 sheet all hold, and writes a copy. Filled cells are kept (leave, electives …). A 希望 sheet (name | field | rank) is met as well as possible, fairly.\n" +
        "Exit status: 0 planned, 1 no plan meets every rule (reasons printed; the best plan found, if any, is written with the errors that remain), 2 bad usage or an unreadable workbook.",
    } satisfies Bilingual,
  },
  fix: {
    summary: { ja: "エラーを最少のセル変更で直す", en: "clear every error with the fewest cell changes" } satisfies Bilingual,
    description: {
      ja:
        "エラーがすべて消えるように、変更するセルが最も少ない修正案を作ってコピーに書き出す。定員は守り、休止のセルは変えない。変更ごとに シート・セル・変更前 → 変更後 と直るエラーを表示する。\n" +
        "終了コード: 0 修正できた / 1 すべては直せない (理由を表示し、直せるものを直したコピーを書き出す) / 2 使い方の誤り・読めないブック",
      en:
        "Writes a copy with the fewest cell changes that clear every error, keeping capacity and never changing leave. Lists each change as sheet, cell, before → after, with the error it clears.\n" +
        "Exit status: 0 fixed, 1 not every error can be cleared (reasons printed; the copy with what could be fixed is written), 2 bad usage or an unreadable workbook.",
    } satisfies Bilingual,
  },
  workbook: { ja: "入力の .xlsx ブック (変更しない)", en: "the input .xlsx workbook (never modified)" } satisfies Bilingual,
  out: { ja: "書き出す .xlsx ファイル (入力とは別)", en: "the .xlsx file to write (not the input)" } satisfies Bilingual,
  sheet: { ja: "このシートだけを対象にする", en: "this sheet only" } satisfies Bilingual,
  rules: { ja: "プログラムの規則ファイル (.json, .xlsx, .csv; 既定: ブックの「規則」シート)", en: "the program's profile (.json, .xlsx, .csv; default: the workbook's 規則 sheet)" } satisfies Bilingual,
  timeLimit: { ja: "表ごとの計算時間の上限 (秒、既定 60): 達したらそれまでの最良の計画", en: "time limit per grid in seconds (default 60): the best plan so far when reached" } satisfies Bilingual,
  badTimeLimit: (value: string): Bilingual => ({ ja: `時間は正の秒数で指定してください: 「${value}」`, en: `the time limit must be a positive number of seconds, not "${value}"` }),
  outIsInput: (out: string): Bilingual => ({
    ja: `書き出し先が入力ブックと同じです: ${out} (元のブックは変更しません。別の名前を指定してください)`,
    en: `refusing to write onto the input workbook ${name(out)}: the input is never modified; give another file name`,
  }),
};

export const PLAN_PROGRESS = {
  model: (lang: Lang) => (lang === "en" ? "building the model…" : "モデルを作成中…"),
  solve: (lang: Lang) => (lang === "en" ? "solving…" : "計算中…"),
  check: (lang: Lang) => (lang === "en" ? "checking the plan…" : "計画を検査中…"),
};

export const PLAN_REPORT = {
  planned: (filled: number, residents: number, out: string, lang: Lang) =>
    lang === "en" ? `Filled ${filled} empty block${filled === 1 ? "" : "s"} for ${residents} resident${residents === 1 ? "" : "s"}; wrote ${out}` : `空欄 ${filled} ブロックを埋めました (研修医 ${residents}名): ${out}`,
  nothingToFill: (lang: Lang) => (lang === "en" ? "No empty block to fill: the workbook is already complete" : "埋める空欄はありません"),
  fixed: (changes: number, out: string, lang: Lang) => (lang === "en" ? `${changes} change${changes === 1 ? "" : "s"} clear every error; wrote ${out}` : `${changes} セルの変更でエラーがすべて消えます: ${out}`),
  nothingToFix: (lang: Lang) => (lang === "en" ? "No error to fix" : "直すエラーはありません"),
  noPlan: (lang: Lang) => (lang === "en" ? "No plan meets every rule:" : "規則をすべて満たす計画はありません:"),
  noFix: (lang: Lang) => (lang === "en" ? "The errors cannot all be cleared:" : "エラーをすべて消す修正はありません:"),
  timeLimit: (lang: Lang) => (lang === "en" ? "The time limit was reached before a plan meeting every rule was found:" : "制限時間内に規則をすべて満たす計画が見つかりませんでした:"),
  partial: (out: string, lang: Lang) =>
    lang === "en" ? `Wrote the best plan found to ${out}; the errors above remain in it` : `最善の計画を書き出しました (上のエラーが残ります): ${out}`,
  copied: (out: string, lang: Lang) => (lang === "en" ? `Wrote an unchanged copy to ${out}` : `変更なしのコピーを書き出しました: ${out}`),
  resolves: (lang: Lang) => (lang === "en" ? "clears" : "解消"),
  empty: (lang: Lang) => (lang === "en" ? "(empty)" : "(空欄)"),
  checked: (s: { errors: number; warnings: number; infos: number }, lang: Lang) =>
    lang === "en" ? `Checked: ${s.errors} errors / ${s.warnings} warnings / ${s.infos} infos` : `検査結果: エラー ${s.errors}件 / 警告 ${s.warnings}件 / 情報 ${s.infos}件`,
};
