/**
 * Every text the `rota` command line prints of its own (the engine's findings carry theirs), in
 * Japanese and English. A line for a person has Japanese first and English beside it.
 */
import * as path from "node:path";
import type { Bilingual, Lang } from "../engine/present";

// The languages, the bilingual text and the severity labels are the engine's presentation module's.
export { both, lines, SEVERITY_LABEL } from "../engine/present";
export type { Bilingual, Lang } from "../engine/present";

const LAYOUT_LABEL: Readonly<Record<string, Bilingual>> = {
  "course-sheet": { ja: "コース表", en: "course sheet" },
  "cohort-blocks": { ja: "研修医ごとの表 (ブロック番号)", en: "cohort sheet, block numbers" },
  "cohort-weeks": { ja: "研修医ごとの表 (週)", en: "cohort sheet, weeks" },
  "cohort-months": { ja: "研修医ごとの表 (月)", en: "cohort sheet, months" },
  "cohort-dates": { ja: "研修医ごとの表 (日付)", en: "cohort sheet, dates" },
  "clinician-scientist": { ja: "臨床研究医コース表", en: "clinician-scientist plan" },
};

export const CLI = {
  program: {
    ja: "臨床研修のローテーション表 (Excel) を検査し、テンプレートを作る",
    en: "check rotation plans of Japanese postgraduate medical training (臨床研修) in Excel, and start new ones from templates",
  },
  help: { ja: "ヘルプを表示", en: "show help" },
  helpCommand: { ja: "コマンドのヘルプを表示", en: "show help for a command" },
  version: { ja: "バージョンを表示", en: "show the version" },
  validate: {
    summary: { ja: "ブックのローテーション表を検査する", en: "check the rotation plans in a workbook" },
    description: {
      ja: "ブック内のローテーション表をすべて見つけて、臨床研修の規則と診療科のコース規定で検査する。\n終了コード: 0 エラーなし / 1 エラーあり / 2 使い方の誤り・読めないブック・表が見つからない",
      en: "Finds every rotation grid in the workbook and checks it against the national rules and the department's courses.\nExit status: 0 no error, 1 errors found, 2 bad usage, an unreadable workbook or no grid found.",
    },
    workbook: { ja: "検査する .xlsx ブック", en: "the .xlsx workbook to check" },
    sheet: { ja: "このシートだけを検査する", en: "check this sheet only" },
    course: { ja: "すべての計画をこのコース (A, B, C) として検査する", en: "check every plan as this course (A, B, C)" },
    edition: {
      ja: "臨床研究医コースの版 (fy2021 | fy2024; 既定: コース開始年度の版)",
      en: "clinician-scientist course edition (fy2021 | fy2024; default: the one in force for the plan's start year)",
    },
    format: { ja: "出力形式", en: "output format" },
    annotate: {
      ja: "問題のあるセルに色とメモを付けたコピーを書き出す (元のブックは変更しない)",
      en: "write a copy with the offending cells filled and noted (the input is never changed)",
    },
    lang: { ja: "メッセージの言語", en: "language of the messages" },
  },
  template: {
    summary: { ja: "コースのテンプレートを作る", en: "write a course template" },
    description: {
      ja: "コース A, B, C または臨床研究医コース (cs) のテンプレートを .xlsx で作る。",
      en: "Writes the template of course A, B, C or of the clinician-scientist course (cs) as .xlsx.",
    },
    course: { ja: "A, B, C または cs", en: "A, B, C or cs" },
    name: { ja: "研修医の氏名 (テンプレートに記入)", en: "the resident's name, written in the template" },
    start: { ja: "研修開始日 (YYYY-MM-DD)", en: "start of the training (YYYY-MM-DD)" },
    out: { ja: "書き出す .xlsx ファイル", en: "the .xlsx file to write" },
    force: { ja: "既にあるファイルを上書きする", en: "overwrite an existing file" },
  },
} as const;

/** Section titles of commander's help, translated. */
export const HELP_TITLES: Readonly<Record<string, string>> = {
  "Usage:": "使い方 / Usage:",
  "Arguments:": "引数 / Arguments:",
  "Options:": "オプション / Options:",
  "Commands:": "コマンド / Commands:",
  "Global Options:": "共通オプション / Global Options:",
};

const name = (file: string): string => path.basename(file);

export const FAIL = {
  usage: (detail: string, hint: string): string => `rota: 使い方の誤り / usage error: ${detail} (${hint} --help)`,
  badCourse: (value: string): Bilingual => ({
    ja: `コースは A, B, C のいずれかです: 「${value}」`,
    en: `the course must be A, B or C, not "${value}"`,
  }),
  badEdition: (value: string, ids: readonly string[]): Bilingual => ({
    ja: `版「${value}」は不明です (${ids.join("、")})`,
    en: `unknown edition "${value}" (${ids.join(", ")})`,
  }),
  badTemplateCourse: (value: string): Bilingual => ({
    ja: `テンプレートは A, B, C, cs のいずれかです: 「${value}」`,
    en: `the template must be A, B, C or cs, not "${value}"`,
  }),
  badDate: (value: string): Bilingual => ({
    ja: `日付は YYYY-MM-DD で指定してください: 「${value}」`,
    en: `the date must be a real date as YYYY-MM-DD, not "${value}"`,
  }),
  noSheet: (file: string, sheet: string, names: readonly string[]): string =>
    `rota: シート「${sheet}」がありません: ${file} (あるシート: ${names.map((n) => `「${n}」`).join(", ")}) / ` +
    `no sheet "${sheet}" in ${name(file)} (sheets: ${names.map((n) => `"${n}"`).join(", ")})`,
  noGrid: (file: string, sheet: string | undefined): string =>
    `rota: ローテーション表が見つかりません: ${file}${sheet ? ` のシート「${sheet}」` : ""} — ` +
    "探したもの: コース表 (「A コース」, 「1 年次 大学病院」, 「4 週 … 52 週」の見出し), " +
    "研修医ごとの表 (氏名の列と 1…26 / 4週…104週 / 4月…3月 / 日付 の見出し), 臨床研究医コース表 / " +
    `no rotation grid found in ${name(file)}${sheet ? ` (sheet "${sheet}")` : ""}: looked for a course sheet ` +
    "(a title such as \"A コース\", a year row \"1 年次 …\", a header 4 週 … 52 週), a cohort sheet (a name column " +
    "under a header of blocks 1…26, weeks 4週…104週, months 4月…3月 or dates) and a clinician-scientist plan",
  annotateOntoInput: (out: string): string =>
    `rota: 注記の書き出し先が入力ブックと同じです: ${out} (元のブックは変更しません。別の名前を指定してください) / ` +
    `refusing to --annotate onto the input workbook ${name(out)}: the input is never modified; give another file name`,
  annotateNotXlsx: (out: string): string =>
    `rota: 書き出し先は .xlsx ファイルにしてください: ${out} / the output must be an .xlsx file: ${name(out)}`,
  exists: (out: string): string =>
    `rota: ファイルが既にあります: ${out} (上書きするには --force を付けてください) / ${name(out)} already exists (add --force to overwrite it)`,
  unexpected: (detail: string): string =>
    `rota: 予期しないエラー / unexpected error: ${detail} (ROTA_DEBUG=1 で詳細を表示 / set ROTA_DEBUG=1 for details)`,
};

export const DONE = {
  annotated: (out: string, cells: number, lang: Lang): string =>
    lang === "en"
      ? `Wrote the annotated workbook ${out} (${cells} cell${cells === 1 ? "" : "s"} marked)`
      : `注記付きのブックを書き出しました: ${out} (${cells} セル)`,
  template: (course: string, out: string): string =>
    `${course === "cs" ? "臨床研究医コース" : `${course} コース`}のテンプレートを書き出しました: ${out} / ` +
    `wrote the ${course === "cs" ? "clinician-scientist course" : `course ${course}`} template to ${name(out)}`,
};

export const PROGRESS = {
  reading: (file: string, lang: Lang): string => (lang === "en" ? `reading ${name(file)}…` : `読み込み中 ${name(file)}…`),
  checked: (done: number, total: number, lang: Lang): string =>
    lang === "en" ? `checked ${done}/${total} residents` : `検査済み ${done}/${total} 名`,
};

export const REPORT = {
  layout: (layout: string, lang: Lang): string => LAYOUT_LABEL[layout]?.[lang] ?? layout,
  row: (row: number, lang: Lang): string => (lang === "en" ? `row ${row}` : `${row} 行目`),
  course: (course: string, lang: Lang): string =>
    course === "cs" ? (lang === "en" ? "clinician-scientist" : "臨床研究医コース") : lang === "en" ? `course ${course}` : `${course} コース`,
  noProblem: (names: readonly string[], lang: Lang): string =>
    lang === "en" ? `no findings (${names.length}): ${names.join(", ")}` : `問題なし (${names.length}名): ${names.join(", ")}`,
  wholeGrid: (lang: Lang): string => (lang === "en" ? "(whole sheet)" : "(シート全体)"),
  summary: (s: { errors: number; warnings: number; infos: number }, residents: number, grids: number, lang: Lang): string =>
    lang === "en"
      ? `${s.errors} error${s.errors === 1 ? "" : "s"} / ${s.warnings} warning${s.warnings === 1 ? "" : "s"} / ` +
        `${s.infos} info${s.infos === 1 ? "" : "s"} (${residents} resident${residents === 1 ? "" : "s"}, ${grids} grid${grids === 1 ? "" : "s"})`
      : `エラー ${s.errors}件 / 警告 ${s.warnings}件 / 情報 ${s.infos}件 (研修医 ${residents}名, ${grids} 表)`,
};
