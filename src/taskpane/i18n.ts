import { SEVERITY_LABEL, type CourseId, type Lang, type Severity } from "../engine";

export type { Lang } from "../engine";

/**
 * Every text of the task pane, in Japanese and English, in one place. The pane is Japanese by
 * default and English when Office's display language is English ({@link paneLanguage}).
 * Findings bring their own messages (`message`, `message_en`) from the engine.
 */
/** The pane's language for Office's display language ("ja-JP", "en-US" …). */
export function paneLanguage(displayLanguage: string | undefined | null): Lang {
  return typeof displayLanguage === "string" && /^en\b/i.test(displayLanguage) ? "en" : "ja";
}

export interface Strings {
  readonly lang: Lang;
  readonly subtitle: string;
  readonly tabs: { readonly check: string; readonly templates: string };
  readonly actions: {
    readonly check: string;
    readonly highlight: string;
    readonly clear: string;
    readonly insert: string;
    readonly confirm: string;
    readonly cancel: string;
    readonly dismiss: string;
  };
  readonly actionHints: {
    readonly check: string;
    readonly highlight: string;
    readonly clear: string;
  };
  readonly autoRecheck: string;
  readonly autoRecheckHint: (seconds: number) => string;
  readonly stages: {
    readonly read: string;
    readonly check: string;
    readonly highlight: string;
    readonly clear: string;
    readonly insert: string;
    readonly plan: string;
  };
  readonly scopeSheet: (sheet: string, range: string) => string;
  readonly scopeSelection: (sheet: string, range: string) => string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly counts: (errors: number, warnings: number, infos: number) => string;
  readonly residents: (n: number) => string;
  readonly noGrid: string;
  readonly allClear: string;
  readonly showMore: (n: number) => string;
  readonly wholeGrid: string;
  readonly row: (row: number) => string;
  readonly noFindings: string;
  readonly course: (course: CourseId | "cs" | null) => string;
  readonly field: (field: string) => string;
  readonly weeks: (weeks: number, min: number) => string;
  readonly barLabel: (field: string, weeks: number, min: number, met: boolean) => string;
  readonly selectCells: (cells: string) => string;
  readonly highlighted: (ranges: number, notes: number) => string;
  readonly notesUnsupported: string;
  readonly nothingToHighlight: string;
  readonly cleared: (sheets: readonly string[]) => string;
  readonly nothingToClear: string;
  readonly clearSkipped: (sheets: readonly string[]) => string;
  readonly protectedSheet: (sheet: string) => string;
  readonly missingSheet: (sheet: string) => string;
  readonly failed: (detail: string) => string;
  readonly template: {
    readonly course: string;
    readonly option: (choice: CourseId | "cs") => { readonly label: string; readonly hint: string };
    readonly name: string;
    readonly namePlaceholder: string;
    readonly startYear: string;
    readonly destination: string;
    readonly newSheet: string;
    readonly row: string;
    readonly rowHint: string;
    readonly csNewSheetOnly: string;
    readonly newSheetDone: (sheet: string) => string;
    readonly rowDone: (sheet: string, row: number, range: string) => string;
    readonly fitted: string;
    readonly dropped: (texts: readonly string[]) => string;
    readonly noCohort: string;
    readonly noSelection: string;
    readonly outside: (row: string) => string;
    readonly mergeAcrossRows: (range: string) => string;
    readonly changed: string;
    readonly confirmTitle: string;
    readonly confirmBody: (n: number) => string;
    readonly empty: string;
    readonly unmerge: (ranges: readonly string[]) => string;
    readonly more: (n: number) => string;
  };
  readonly notInExcel: string;
  /** office.js did not load: Microsoft's CDN blocked, or no network. */
  readonly officeMissing: string;
  readonly unsupportedExcel: string;
}

const FIELDS_EN: Readonly<Record<string, string>> = {
  内科: "Internal med.",
  救急: "Emergency",
  外科: "Surgery",
  小児科: "Pediatrics",
  産婦人科: "Ob/Gyn",
  精神科: "Psychiatry",
  地域医療: "Community",
  一般外来: "Outpatient",
  血液: "Hematology",
};

const fmt = (n: number) =>
  Math.abs(n - Math.round(n)) < 0.05 ? String(Math.round(n)) : n.toFixed(1);

const JA: Strings = {
  lang: "ja",
  subtitle: "臨床研修ローテーション検査",
  tabs: { check: "検証", templates: "テンプレート" },
  actions: {
    check: "検証",
    highlight: "ハイライト",
    clear: "解除",
    insert: "挿入",
    confirm: "置き換えて挿入",
    cancel: "キャンセル",
    dismiss: "閉じる",
  },
  actionHints: {
    check: "作業中のシート (または選択範囲) のローテーション表を検証します",
    highlight: "問題のあるセルに色とメモを付けます (条件付き書式)",
    clear: "Rota が付けた色とメモだけを外します",
  },
  autoRecheck: "セルが変わったら自動で再検証",
  autoRecheckHint: (s) => `入力が ${s} 秒止まったら再検証します。`,
  stages: {
    read: "シートを読み込んでいます…",
    check: "検証しています…",
    highlight: "ハイライトを付けています…",
    clear: "ハイライトを外しています…",
    insert: "書き込んでいます…",
    plan: "計画を計算しています…",
  },
  scopeSheet: (sheet, range) => `シート「${sheet}」全体 (${range})`,
  scopeSelection: (sheet, range) => `シート「${sheet}」の選択範囲 ${range}`,
  severity: SEVERITY_LABEL.ja,
  counts: (e, w, i) => `エラー ${e} 件 · 警告 ${w} 件 · 情報 ${i} 件`,
  residents: (n) => `研修医 ${n} 名`,
  noGrid:
    "このシートにローテーション表が見つかりませんでした。表のあるシートを開くか、表を選択してから検証してください。",
  allClear: "問題は見つかりませんでした。",
  showMore: (n) => `さらに表示 (残り ${n} 名)`,
  wholeGrid: "表全体",
  row: (row) => `${row} 行目`,
  noFindings: "問題なし",
  course: (c) => (c === null ? "コース指定なし" : c === "cs" ? "臨床研究医コース" : `${c} コース`),
  field: (f) => f,
  weeks: (w, min) => `${fmt(w)}/${fmt(min)}週`,
  barLabel: (f, w, min, met) => `${f} ${fmt(w)} 週 (必要 ${fmt(min)} 週${met ? "" : "、不足"})`,
  selectCells: (cells) => `シートで ${cells} を選択`,
  highlighted: (ranges, notes) => `${ranges} か所に色を付け、${notes} セルにメモを付けました。`,
  notesUnsupported:
    "この Excel ではセルにメモを付けられません (ExcelApi 1.18 が必要)。説明はこの一覧で確かめてください。",
  nothingToHighlight: "ハイライトする問題はありません。",
  cleared: (sheets) => `Rota のハイライトを外しました (${sheets.join("、")})。`,
  nothingToClear: "外す Rota のハイライトはありません。",
  clearSkipped: (sheets) =>
    `保護されたシート (${sheets.join("、")}) のハイライトは残っています。保護を解除してから、もう一度「解除」を押してください。`,
  protectedSheet: (sheet) =>
    `シート「${sheet}」は保護されているため変更できません。[校閲] > [シート保護の解除] の後に、もう一度お試しください。`,
  missingSheet: (sheet) => `シート「${sheet}」が見つかりません。もう一度検証してください。`,
  failed: (detail) => `Excel での操作に失敗しました (${detail})。`,
  template: {
    course: "コース",
    option: (c) =>
      c === "cs"
        ? { label: "臨床研究医コース", hint: "専門研修と研究の7年 (新しいシートのみ)" }
        : {
            label: `${c} コース`,
            hint: {
              A: "一般診療をまず身につけたい",
              B: "専門性の高い診療・臨床研究",
              C: "多くの指導医のもと専門的な疾患",
            }[c],
          },
    name: "研修医の氏名",
    namePlaceholder: "例: 研修 太郎",
    startYear: "研修開始年度",
    destination: "挿入先",
    newSheet: "新しいシート",
    row: "選択中の行 (コホート表)",
    rowHint:
      "コホート表 (1 行に 1 人の表) で研修医の行を選択してください。その表のブロックと書き方に合わせて書き込みます。",
    csNewSheetOnly: "臨床研究医コースは新しいシートにだけ挿入できます。",
    newSheetDone: (sheet) => `シート「${sheet}」を作りました。`,
    rowDone: (sheet, row, range) =>
      `シート「${sheet}」の ${row} 行目 (${range}) に書き込みました。`,
    fitted: "この表のブロックは 4 週ではないため、ローテーションを週数の比で割り付けました。",
    dropped: (texts) => `ブロックが足りず入らなかったローテーション: ${texts.join("、")}`,
    noCohort:
      "このシートにコホート表 (1 行に 1 人の表) が見つかりません。「新しいシート」に挿入するか、コホート表のあるシートを開いてください。",
    noSelection: "研修医の行を選択してから挿入してください。",
    outside: (row) =>
      `選択中の ${row} 行目はコホート表の中にありません。研修医の行か、表のすぐ下の空いた行を選択してください。`,
    mergeAcrossRows: (range) =>
      `${range} が複数の行にまたがって結合されているため、この行には書き込めません。`,
    changed:
      "確認の後にシートが変更されたため、書き込みませんでした。もう一度「挿入」を押してください。",
    confirmTitle: "セルの内容を置き換えますか?",
    confirmBody: (n) => `次の ${n} セルには内容があります。挿入すると置き換わります。`,
    empty: "(空白)",
    unmerge: (ranges) => `結合を解除するセル: ${ranges.join("、")}`,
    more: (n) => `ほか ${n} セル`,
  },
  notInExcel:
    "Rota の作業ウィンドウは Excel の中で動きます。Excel の [ホーム] > [ローテ検査] から開いてください。",
  officeMissing:
    "Office のライブラリ (office.js) を読み込めませんでした。ネットワークが Microsoft の配信元 (appsforoffice.microsoft.com) への接続を遮断していないか、病院の情報システム担当に確認してください。",
  unsupportedExcel:
    "この Excel では Rota の作業ウィンドウを使えません (ExcelApi 1.13 以上が必要です)。ROTA 関数は使えます。",
};

const EN: Strings = {
  lang: "en",
  subtitle: "Rotation plan checker",
  tabs: { check: "Check", templates: "Templates" },
  actions: {
    check: "Check",
    highlight: "Highlight",
    clear: "Clear",
    insert: "Insert",
    confirm: "Replace and insert",
    cancel: "Cancel",
    dismiss: "Dismiss",
  },
  actionHints: {
    check: "Checks the rotation grids on the active sheet (or in the selection)",
    highlight: "Colours the cells with problems and adds notes (conditional formats)",
    clear: "Removes Rota's colours and notes, and nothing else",
  },
  autoRecheck: "Check again when cells change",
  autoRecheckHint: (s) => `Checks again ${s} s after typing stops.`,
  stages: {
    read: "Reading the sheet…",
    check: "Checking…",
    highlight: "Highlighting…",
    clear: "Clearing highlights…",
    insert: "Writing…",
    plan: "Computing the plan…",
  },
  scopeSheet: (sheet, range) => `Whole sheet "${sheet}" (${range})`,
  scopeSelection: (sheet, range) => `Selection ${range} on "${sheet}"`,
  // A badge starts with a capital in English: "Error", "Warning", "Info".
  severity: {
    error: capitalized(SEVERITY_LABEL.en.error),
    warning: capitalized(SEVERITY_LABEL.en.warning),
    info: capitalized(SEVERITY_LABEL.en.info),
  },
  counts: (e, w, i) =>
    `${e} error${e === 1 ? "" : "s"} · ${w} warning${w === 1 ? "" : "s"} · ${i} info`,
  residents: (n) => `${n} resident${n === 1 ? "" : "s"}`,
  noGrid:
    "No rotation grid was found on this sheet. Open a sheet with a grid, or select one, and check again.",
  allClear: "No problems found.",
  showMore: (n) => `Show more (${n} left)`,
  wholeGrid: "Whole grid",
  row: (row) => `row ${row}`,
  noFindings: "No problems",
  course: (c) => (c === null ? "No course" : c === "cs" ? "Clinician-scientist" : `Course ${c}`),
  field: (f) => FIELDS_EN[f] ?? f,
  weeks: (w, min) => `${fmt(w)}/${fmt(min)} wk`,
  barLabel: (f, w, min, met) =>
    `${FIELDS_EN[f] ?? f} ${fmt(w)} weeks (needs ${fmt(min)}${met ? "" : ", short"})`,
  selectCells: (cells) => `Select ${cells} on the sheet`,
  highlighted: (ranges, notes) =>
    `Coloured ${ranges} range${ranges === 1 ? "" : "s"} and noted ${notes} cell${notes === 1 ? "" : "s"}.`,
  notesUnsupported:
    "This Excel cannot add cell notes (needs ExcelApi 1.18); the explanations are in this list.",
  nothingToHighlight: "Nothing to highlight.",
  cleared: (sheets) => `Removed Rota's highlights (${sheets.join(", ")}).`,
  nothingToClear: "There are no Rota highlights to remove.",
  clearSkipped: (sheets) =>
    `Protected sheets (${sheets.join(", ")}) keep their highlights. Unprotect them and press Clear again.`,
  protectedSheet: (sheet) =>
    `Sheet "${sheet}" is protected and cannot be changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
  missingSheet: (sheet) => `Sheet "${sheet}" was not found. Check again.`,
  failed: (detail) => `Excel could not do this (${detail}).`,
  template: {
    course: "Course",
    option: (c) =>
      c === "cs"
        ? {
            label: "Clinician-scientist",
            hint: "7 years of specialty training and research (new sheet only)",
          }
        : {
            label: `Course ${c}`,
            hint: {
              A: "General practice first",
              B: "Specialist care and clinical research",
              C: "Many supervisors, specialised cases",
            }[c],
          },
    name: "Resident's name",
    namePlaceholder: "e.g. 研修 太郎",
    startYear: "Start year (April)",
    destination: "Insert into",
    newSheet: "A new sheet",
    row: "The selected row (cohort sheet)",
    rowHint:
      "Select a resident's row on a cohort sheet (one row per resident). Rota writes in that sheet's own blocks and style.",
    csNewSheetOnly: "The clinician-scientist plan goes on a new sheet only.",
    newSheetDone: (sheet) => `Created sheet "${sheet}".`,
    rowDone: (sheet, row, range) => `Wrote row ${row} of "${sheet}" (${range}).`,
    fitted:
      "This grid's blocks are not 4 weeks long, so the rotations were fitted in proportion to their weeks.",
    dropped: (texts) => `Rotations that found no block: ${texts.join(", ")}`,
    noCohort:
      "No cohort sheet (one row per resident) was found here. Insert into a new sheet, or open a cohort sheet.",
    noSelection: "Select a resident's row first.",
    outside: (row) =>
      `Row ${row} is not in a cohort grid. Select a resident's row, or the empty row just below the grid.`,
    mergeAcrossRows: (range) => `${range} is merged across rows, so this row cannot be written.`,
    changed: "The sheet changed after you confirmed, so nothing was written. Press Insert again.",
    confirmTitle: "Replace these cells?",
    confirmBody: (n) =>
      `${n} cell${n === 1 ? " has" : "s have"} content that inserting will replace.`,
    empty: "(empty)",
    unmerge: (ranges) => `Cells to unmerge: ${ranges.join(", ")}`,
    more: (n) => `${n} more`,
  },
  notInExcel: "Rota's task pane runs inside Excel. Open it from Home > Check plans.",
  officeMissing:
    "Office's library (office.js) could not be loaded. Ask your IT team whether the network blocks Microsoft's server for it (appsforoffice.microsoft.com).",
  unsupportedExcel:
    "This version of Excel cannot run Rota's task pane (it needs ExcelApi 1.13). The ROTA functions still work.",
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { ja: JA, en: EN };

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
