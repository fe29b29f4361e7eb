/**
 * Every text the `rota` command line prints of its own (the engine's findings carry theirs), in
 * Japanese and English. A line for a person has Japanese first and English beside it.
 */
import * as path from "node:path";
import type { Bilingual, Lang } from "../engine/present";
import { both } from "../engine/present";

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
    workbook: { ja: "検査する .xlsx ブック (複数可)", en: "the .xlsx workbooks to check (one or more)" },
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
    force: { ja: "--annotate の書き出し先が既にあれば上書きする", en: "overwrite the --annotate file if it exists" },
    lang: { ja: "メッセージの言語 (既定: ja; 指定するとエラーもその言語だけで表示)", en: "language of the messages (default ja; when given, errors too are in that language only)" },
    rules: {
      ja: "プログラムの規則ファイル (.json / .xlsx / .csv; ブックの「規則」シートの代わりに使う)",
      en: "the program's rules file (.json / .xlsx / .csv; used instead of the workbook's 規則 sheet)",
    },
    show: { ja: "info: 情報を1件ずつ表示する (既定は研修医ごとに1行にまとめる)", en: "info: list infos one by one (by default folded into one line per resident)" },
    minSeverity: { ja: "これより軽い所見を表示しない (error | warning | info)", en: "leave out findings below this severity (error | warning | info)" },
  },
  rules: {
    summary: { ja: "適用される規則を一覧する", en: "list the rules in force" },
    description: {
      ja: "全国の規則・診療科のコース規定に、ブックの「規則」シートか --rules のファイルを加えた、適用される規則を数値・重要度・出典つきで一覧する。\n--init BOOK.xlsx --out COPY.xlsx: 現在の値を書いた「規則」シートを加えたコピーを書き出す。",
      en: "Lists every rule in force — the national rules and the department's courses, with the workbook's 規則 sheet or the --rules file — with its numbers, severity and source.\n--init BOOK.xlsx --out COPY.xlsx writes a copy of the workbook with a starting 規則 sheet of the current values.",
    },
    workbook: { ja: "規則シートを読む .xlsx ブック (省略可)", en: "the .xlsx workbook whose 規則 sheet to read (optional)" },
    init: { ja: "このブックに「規則」シートを加えたコピーを書き出す", en: "write a copy of this workbook with a starting 規則 sheet" },
    out: { ja: "--init の書き出し先 .xlsx", en: "where --init writes the copy (.xlsx)" },
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
    into: {
      ja: "このブックの研修医ごとの表に 1 行として書き込み、--out にコピーを書き出す (元のブックは変更しない)",
      en: "write the course as one resident's row of this workbook's cohort sheet, into a copy at --out (the input is never changed)",
    },
    sheet: { ja: "--into: 書き込むシート (既定: 研修医ごとの表がある最初のシート)", en: "--into: the sheet to write into (default: the first with a cohort grid)" },
    row: { ja: "--into: 書き込む行番号 (既定: 表の最後の研修医の次の行)", en: "--into: the row to write (default: the row below the grid's last resident)" },
  },
  quota: {
    summary: { ja: "臨床研究医コースの定員を基本領域に配分する", en: "allocate the clinician-scientist course's places" },
    description: {
      ja: "臨床研究医コースの定員を基本領域に配分する (各領域に最低枠、残りは応募者数の割合で最大剰余法)",
      en: "allocate the clinician-scientist course's places among the basic fields (a minimum each, the rest by largest remainder on the applicants' shares)",
    },
    applicants: {
      ja: "基本領域と応募者数の 2 列の表 (見出し行付き): CSV (UTF-8 / UTF-16 / Shift_JIS / EUC-JP, カンマまたはタブ区切り) または .xlsx / .xls / .ods の最初のシート",
      en: "a two-column table of field and applicants with a header row: CSV (UTF-8, UTF-16, Shift_JIS or EUC-JP; comma or tab) or the first sheet of an .xlsx, .xls or .ods",
    },
    total: { ja: "定員の合計", en: "total places" },
    min: { ja: "参加する領域ごとの最低枠", en: "minimum places per field taking part" },
    format: { ja: "出力形式", en: "output format" },
    lang: { ja: "表の言語 (既定: 日本語と英語の両方; 指定するとエラーもその言語だけで表示)", en: "language of the table (default both Japanese and English; when given, errors too are in that language only)" },
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

/** The one form of every failure the command line reports: `rota: …`, in the language asked for. */
export type ErrorLang = Lang | "both";

/** A failure's line: `rota: 日本語 / English` by default, one language when `--lang` names it. */
export function errorLine(text: Bilingual, lang: ErrorLang): string {
  return `rota: ${lang === "both" ? both(text) : text[lang]}`;
}

const quoted = (names: readonly string[], lang: Lang): string =>
  names.map((n) => (lang === "ja" ? `「${n}」` : `"${n}"`)).join(lang === "ja" ? "、" : ", ");

export const FAIL = {
  usage: (detail: Bilingual, hint: string): Bilingual => ({
    ja: `使い方の誤り: ${detail.ja} (${hint} --help)`,
    en: `usage error: ${detail.en} (see ${hint} --help)`,
  }),
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
  noSheet: (file: string, sheet: string, names: readonly string[]): Bilingual => ({
    ja: `シート「${sheet}」がありません: ${file} (あるシート: ${quoted(names, "ja")})`,
    en: `no sheet "${sheet}" in ${name(file)} (sheets: ${quoted(names, "en")})`,
  }),
  noGrid: (file: string, sheet: string | undefined): Bilingual => ({
    ja:
      `ローテーション表が見つかりません: ${file}${sheet ? ` のシート「${sheet}」` : ""} — ` +
      "探したもの: コース表 (「A コース」, 「1 年次 大学病院」, 「4 週 … 52 週」の見出し), " +
      "研修医ごとの表 (氏名の列と 1…26 / 4週…104週 / 4月…3月 / 日付 の見出し), 臨床研究医コース表",
    en:
      `no rotation grid found in ${name(file)}${sheet ? ` (sheet "${sheet}")` : ""}: looked for a course sheet ` +
      "(a course title, a year row and a header of 4-week blocks up to 52), a cohort sheet (a name column " +
      "under a header of blocks 1-26, weeks 4-104, months April-March or dates) and a clinician-scientist plan",
  }),
  annotateOntoInput: (out: string): Bilingual => ({
    ja: `注記の書き出し先が入力ブックと同じです: ${out} (元のブックは変更しません。別の名前を指定してください)`,
    en: `refusing to --annotate onto the input workbook ${name(out)}: the input is never modified; give another file name`,
  }),
  annotateSeveral: (): Bilingual => ({
    ja: "--annotate はブックを 1 つだけ指定したときに使えます",
    en: "--annotate takes one workbook at a time",
  }),
  notXlsx: (out: string): Bilingual => ({
    ja: `書き出し先は .xlsx ファイルにしてください: ${out}`,
    en: `the output must be an .xlsx file: ${name(out)}`,
  }),
  exists: (out: string): Bilingual => ({
    ja: `ファイルが既にあります: ${out} (上書きするには --force を付けてください)`,
    en: `${name(out)} already exists (add --force to overwrite it)`,
  }),
  unexpected: (detail: string): Bilingual => ({
    ja: `予期しないエラー: ${detail} (ROTA_DEBUG=1 で詳細を表示)`,
    en: `unexpected error: ${detail} (set ROTA_DEBUG=1 for details)`,
  }),
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

/** A profile (--rules FILE, the 規則 sheet) that cannot be used: one line, exit 2 (CONTRACT §7). */
export const PROFILE_FAIL = {
  problems: (file: string, problems: ReadonlyArray<Bilingual>): Bilingual => {
    const first = problems[0] ?? { ja: "問題の記載なし", en: "no problem given" };
    const more = problems.length > 1 ? { ja: ` (他 ${problems.length - 1} 件)`, en: ` (and ${problems.length - 1} more)` } : { ja: "", en: "" };
    const where = file ? `${file}: ` : "";
    return { ja: `規則を使えません: ${where}${first.ja}${more.ja}`, en: `unusable rules: ${where}${first.en}${more.en}` };
  },
  unreadable: (file: string, ja: string, en: string): Bilingual => ({ ja: `規則ファイルを読めません: ${file} (${ja})`, en: `cannot read the rules file ${name(file)} (${en})` }),
  badExtension: (file: string): Bilingual => ({ ja: `規則ファイルは .json, .xlsx, .csv のいずれかです: ${file}`, en: `the rules file must be .json, .xlsx or .csv: ${name(file)}` }),
};

export const RULES_TEXT = {
  title: (source: string | undefined, lang: Lang): string =>
    lang === "en" ? `Rules in force${source ? ` (with ${source})` : " (national rules and the department's courses)"}` : `適用される規則${source ? ` (${source} を適用)` : " (全国の規則と診療科のコース規定)"}`,
  off: (lang: Lang): string => (lang === "en" ? "off" : "無効"),
  changed: (lang: Lang): string => (lang === "en" ? "changed" : "変更"),
  initDone: (out: string, lang: Lang): string => (lang === "en" ? `wrote ${out} with a 規則 sheet` : `「規則」シートを加えて ${out} に書き出しました`),
  initExists: (file: string): Bilingual => ({
    ja: `ブックには既に「規則」シートがあります: ${file} (rota rules ${file} で内容を確認できます)`,
    en: `${name(file)} already has a 規則 sheet (rota rules ${name(file)} lists it)`,
  }),
  initNeedsOut: (): Bilingual => ({ ja: "--init には --out COPY.xlsx が必要です", en: "--init needs --out COPY.xlsx" }),
  sameFile: (out: string): Bilingual => ({ ja: `書き出し先が入力ブックと同じです: ${out}`, en: `refusing to write onto the input workbook ${name(out)}` }),
};

export const PROGRESS = {
  writing: (file: string, lang: Lang): string => (lang === "en" ? `writing ${name(file)}…` : `書き出し中 ${name(file)}…`),
  reading: (file: string, lang: Lang): string => (lang === "en" ? `reading ${name(file)}…` : `読み込み中 ${name(file)}…`),
  checked: (done: number, total: number, lang: Lang): string =>
    lang === "en" ? `checked ${done}/${total} residents` : `検査済み ${done}/${total} 名`,
};

export const REPORT = {
  /** The one summary over several workbooks. */
  overall: (s: { errors: number; warnings: number; infos: number; residents: number; templates: number; grids: number }, workbooks: number, failed: number, lang: Lang): string =>
    lang === "en"
      ? `${workbooks} workbooks${failed ? ` (${failed} not checked)` : ""}: ${REPORT.summary(s, s.residents, s.grids, lang, s.templates)}`
      : `${workbooks} ブック${failed ? ` (うち ${failed} は検査できず)` : ""}: ${REPORT.summary(s, s.residents, s.grids, lang, s.templates)}`,
  layout: (layout: string, lang: Lang): string => LAYOUT_LABEL[layout]?.[lang] ?? layout,
  row: (row: number, lang: Lang): string => (lang === "en" ? `row ${row}` : `${row} 行目`),
  course: (course: string, lang: Lang): string =>
    course === "cs" ? (lang === "en" ? "clinician-scientist" : "臨床研究医コース") : lang === "en" ? `course ${course}` : `${course} コース`,
  noProblem: (names: readonly string[], lang: Lang): string =>
    lang === "en" ? `no findings (${names.length}): ${names.join(", ")}` : `問題なし (${names.length}名): ${names.join(", ")}`,
  /** What a course sheet that names no resident is. */
  template: (lang: Lang): string => (lang === "en" ? "course template, no resident named" : "コースのテンプレート・研修医名なし"),
  wholeGrid: (lang: Lang): string => (lang === "en" ? "(whole sheet)" : "(シート全体)"),
  profile: (source: string, lang: Lang): string => (lang === "en" ? `Program rules (${source}) change:` : `プログラムの規則 (${source}) による変更:`),
  summary: (s: { errors: number; warnings: number; infos: number }, residents: number, grids: number, lang: Lang, templates = 0): string =>
    lang === "en"
      ? `${s.errors} error${s.errors === 1 ? "" : "s"} / ${s.warnings} warning${s.warnings === 1 ? "" : "s"} / ` +
        `${s.infos} info${s.infos === 1 ? "" : "s"} (${residents} resident${residents === 1 ? "" : "s"}, ` +
        `${templates ? `${templates} course template${templates === 1 ? "" : "s"}, ` : ""}${grids} grid${grids === 1 ? "" : "s"})`
      : `エラー ${s.errors}件 / 警告 ${s.warnings}件 / 情報 ${s.infos}件 (研修医 ${residents}名, ${templates ? `コーステンプレート ${templates}, ` : ""}${grids} 表)`,
};

/** `rota quota`'s own texts: the table's labels (in the language asked for, or both) and its failures. */
export const QUOTA_TEXT = {
  /** The applicants file could not be read: `why` is the shared reader's reason (WorkbookReadError.why). */
  unreadable: (file: string, why: Bilingual): Bilingual => ({
    ja: `応募者数の表を読めません: ${file} — ${why.ja}`,
    en: `cannot read the applicants file ${name(file)}: ${why.en}`,
  }),
  /** A problem of the table, on the file's row. */
  problem: (file: string, problem: Bilingual): Bilingual => ({ ja: `${name(file)}: ${problem.ja}`, en: `${name(file)}: ${problem.en}` }),
  /** The table's column titles: field, applicants, share, places. */
  header: [
    { ja: "基本領域", en: "field" },
    { ja: "応募者", en: "applicants" },
    { ja: "割合", en: "share" },
    { ja: "定員", en: "places" },
  ] satisfies readonly Bilingual[],
  sum: { ja: "計", en: "total" } satisfies Bilingual,
  /** A field not taking part, in its applicants column (Japanese when both are shown: the column is narrow). */
  notTakingPart: (lang: ErrorLang): string => (lang === "en" ? "- (not taking part)" : "- (不参加)"),
  total: (total: number, lang: ErrorLang): string => (lang === "en" ? `total ${total}` : lang === "ja" ? `定員 ${total}` : `定員 total ${total}`),
};

/** A label in the language asked for: Japanese, English, or both side by side (`基本領域 field`). */
export function labelIn(label: Bilingual, lang: ErrorLang): string {
  return lang === "both" ? `${label.ja} ${label.en}` : label[lang];
}

/** `rota template A|B|C --into BOOK.xlsx`: a course written as one resident's row of a cohort sheet. */
export const INTO_TEXT = {
  csNotRow: (): Bilingual => ({
    ja: "--into に書けるのはコース A, B, C です (臨床研究医コースは別のシートに書き出してください)",
    en: "--into takes course A, B or C (write the clinician-scientist plan to a sheet of its own)",
  }),
  badRow: (value: string): Bilingual => ({ ja: `行番号は 1 以上の整数で指定してください: 「${value}」`, en: `the row must be a whole number of 1 or more, not "${value}"` }),
  noCohort: (file: string, sheet: string | undefined): Bilingual => ({
    ja: `研修医ごとの表 (氏名の列とブロックの見出し) が見つかりません: ${file}${sheet ? ` のシート「${sheet}」` : ""}`,
    en: `no cohort grid (a name column under a block header) in ${name(file)}${sheet ? ` (sheet "${sheet}")` : ""}`,
  }),
  outside: (row: string): Bilingual => ({
    ja: `${row} 行目は研修医の表の中 (またはそのすぐ下の空行) ではありません`,
    en: `row ${row} is not a resident's row of the cohort grid (nor the empty row just below it)`,
  }),
  mergeAcross: (range: string): Bilingual => ({
    ja: `行をまたぐ結合セル ${range} があるため書き込めません`,
    en: `the merged cells ${range} span several rows: the row cannot be written`,
  }),
  conflicts: (row: number, cells: ReadonlyArray<{ cell: string; before: string }>): Bilingual => {
    const shown = cells.slice(0, 3);
    const more = cells.length - shown.length;
    return {
      ja: `${row} 行目には既に内容があります: ${shown.map((c) => `${c.cell}「${c.before}」`).join("、")}${more > 0 ? ` 他 ${more}` : ""} (空の行を --row で指定してください)`,
      en: `row ${row} is not empty: ${shown.map((c) => `${c.cell} "${c.before}"`).join(", ")}${more > 0 ? ` and ${more} more` : ""} (give an empty row with --row)`,
    };
  },
  done: (course: string, sheet: string, row: number, trainee: string, out: string): string =>
    `${course} コースを「${sheet}」の ${row} 行目${trainee ? ` (${trainee})` : ""} に書き込み、${out} に書き出しました / ` +
    `wrote course ${course} into row ${row} of sheet "${sheet}"${trainee ? ` (${trainee})` : ""} in ${name(out)}`,
  fitted: (): string =>
    "ブロックが 4 週ではないため、各ローテーションを週数の比で割り付けました / the blocks are not 4 weeks: the rotations were fitted in proportion to their weeks",
  dropped: (texts: readonly string[]): string =>
    `ブロックが足りず書き込めなかったローテーション: ${texts.join("、")} / rotations that found no block: ${texts.join(", ")}`,
  checked: (s: { errors: number; warnings: number; infos: number }): string =>
    `書き込んだ行の検査: エラー ${s.errors}件 / 警告 ${s.warnings}件 / 情報 ${s.infos}件 — checked the row written: ${s.errors} errors / ${s.warnings} warnings / ${s.infos} infos`,
};
