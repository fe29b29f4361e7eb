import type { Lang } from "../../engine";

/** The task pane's words for planning (自動作成) and repair (修正案), in Japanese and English. */
export interface PlanStrings {
  readonly tab: string;
  readonly intro: string;
  readonly autoPlan: string;
  readonly autoPlanHint: string;
  readonly fix: string;
  readonly fixHint: string;
  readonly cancel: string;
  readonly apply: string;
  readonly discard: string;
  readonly stage: (stage: "model" | "solve" | "check") => string;
  readonly cancelled: string;
  readonly noGrid: string;
  readonly nothingToFill: string;
  readonly nothingToFix: string;
  readonly planReady: (blocks: number, residents: number) => string;
  readonly fixReady: (changes: number) => string;
  readonly noPlan: string;
  readonly partial: string;
  readonly applied: (cells: number) => string;
  readonly changed: string;
  readonly empty: string;
  readonly clears: (rule: string, message: string) => string;
  readonly more: (n: number) => string;
  readonly checked: (errors: number, warnings: number) => string;
  readonly failed: (detail: string) => string;
}

const JA: PlanStrings = {
  tab: "計画",
  intro:
    "作業中のシートの表について、空欄を規則に合うように埋める案、またはエラーを最少の変更で直す案を作ります。案はシートに書く前に確認できます。",
  autoPlan: "自動作成",
  autoPlanHint:
    "空欄のブロックを、規則・コース・定員を満たすように埋めます (入力済みのセルは変えません)",
  fix: "修正案",
  fixHint: "エラーがすべて消える、変更セル数が最少の修正を作ります (休止は変えません)",
  cancel: "計算を中止",
  apply: "シートに書き込む",
  discard: "破棄",
  stage: (s) =>
    s === "model"
      ? "モデルを作成しています…"
      : s === "solve"
        ? "計算しています… (中止できます)"
        : "案を検証しています…",
  cancelled: "計算を中止しました。シートは変更していません。",
  noGrid: "このシートにローテーション表が見つかりませんでした。",
  nothingToFill: "埋める空欄はありません。",
  nothingToFix: "直すエラーはありません。",
  planReady: (b, r) =>
    `案: 研修医 ${r} 名の空欄 ${b} ブロックを埋めます。規則の検証でエラーはありません。`,
  fixReady: (n) => `案: ${n} セルを変えるとエラーがすべて消えます。`,
  noPlan: "規則をすべて満たす案はありません。理由:",
  partial: "見つかった最善の案 (上のエラーが残ります):",
  applied: (n) => `${n} セルに書き込みました。`,
  changed:
    "案を作った後にシートが変更されたため、書き込みませんでした。もう一度案を作ってください。",
  empty: "(空欄)",
  clears: (rule, message) => `解消: ${rule} ${message}`,
  more: (n) => `ほか ${n} セル`,
  checked: (e, w) => `検証: エラー ${e} 件 · 警告 ${w} 件`,
  failed: (d) => `計画の計算に失敗しました (${d})。`,
};

const EN: PlanStrings = {
  tab: "Plan",
  intro:
    "For the grid on the active sheet: fill the empty blocks so every rule holds, or clear every error with the fewest changes. You see the proposal before anything is written.",
  autoPlan: "Auto-fill",
  autoPlanHint:
    "Fills the empty blocks so that the rules, courses and capacities hold (filled cells are kept)",
  fix: "Propose a fix",
  fixHint: "The fewest cell changes that clear every error (leave is never changed)",
  cancel: "Stop",
  apply: "Write to the sheet",
  discard: "Discard",
  stage: (s) =>
    s === "model"
      ? "Building the model…"
      : s === "solve"
        ? "Solving… (you can stop it)"
        : "Checking the proposal…",
  cancelled: "Stopped. The sheet was not changed.",
  noGrid: "No rotation grid was found on this sheet.",
  nothingToFill: "There is no empty block to fill.",
  nothingToFix: "There is no error to fix.",
  planReady: (b, r) =>
    `Proposal: fill ${b} empty blocks of ${r} residents. The check finds no error.`,
  fixReady: (n) => `Proposal: changing ${n} cells clears every error.`,
  noPlan: "No plan meets every rule. Why:",
  partial: "The best proposal found (the errors above remain):",
  applied: (n) => `Wrote ${n} cells.`,
  changed:
    "The sheet changed after the proposal was made, so nothing was written. Make the proposal again.",
  empty: "(empty)",
  clears: (rule, message) => `clears ${rule}: ${message}`,
  more: (n) => `and ${n} more cells`,
  checked: (e, w) => `Check: ${e} errors · ${w} warnings`,
  failed: (d) => `Planning failed (${d}).`,
};

export const PLAN_STRINGS: Readonly<Record<Lang, PlanStrings>> = { ja: JA, en: EN };
