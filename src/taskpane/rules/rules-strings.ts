import type { Lang } from "../../engine";

/** The texts of the 規則 tab, Japanese and English. */
export interface RulesStrings {
  readonly tab: string;
  readonly load: string;
  readonly loadHint: string;
  readonly write: string;
  readonly writeHint: string;
  readonly fromSheet: (sheet: string) => string;
  readonly shipped: string;
  readonly unusable: (sheet: string) => string;
  readonly off: string;
  readonly changed: string;
  readonly source: string;
  readonly written: (sheet: string) => string;
  readonly exists: (sheet: string) => string;
  readonly failed: (detail: string) => string;
  readonly unknownTitle: string;
  readonly unknownHint: string;
  readonly meaning: (text: string) => string;
  readonly add: string;
  readonly confirmAdd: (text: string, field: string) => string;
  readonly confirm: string;
  readonly cancel: string;
  readonly spellingAdded: (text: string, field: string, sheet: string) => string;
}

export const RULES_STRINGS: Readonly<Record<Lang, RulesStrings>> = {
  ja: {
    tab: "規則",
    load: "規則を表示",
    loadHint:
      "全国の規則・コース規定に、このブックの「規則」シートを加えた、適用される規則を表示します",
    write: "「規則」シートを作る",
    writeHint: "現在の値を書いた「規則」シートを新しく加えます (既存のセルは変更しません)",
    fromSheet: (sheet) => `「${sheet}」シートを適用しています`,
    shipped: "「規則」シートはありません: 全国の規則と血液内科のコース規定で検査します",
    unusable: (sheet) => `「${sheet}」シートを使えません。直してから検証してください:`,
    off: "無効",
    changed: "変更",
    source: "出典",
    written: (sheet) => `「${sheet}」シートを作りました。数値を書き換えて「検証」してください。`,
    exists: (sheet) => `「${sheet}」シートは既にあります。`,
    failed: (detail) => `書き込めませんでした: ${detail}`,
    unknownTitle: "読めなかった文字",
    unknownHint:
      "直前の検証で分野として読めなかった文字です。プログラムの書き方なら、分野を選んでブックの語彙 (「規則」シート) に加えられます。",
    meaning: (text) => `「${text}」の分野`,
    add: "語彙に追加",
    confirmAdd: (text, field) =>
      `「${text}」を ${field} として「規則」シートに書き加えます。よろしいですか?`,
    confirm: "書き加える",
    cancel: "キャンセル",
    spellingAdded: (text, field, sheet) =>
      `「${text}」= ${field} を「${sheet}」シートに加えました。もう一度検証してください。`,
  },
  en: {
    tab: "Rules",
    load: "Show rules",
    loadHint:
      "Show the rules in force: the national rules and the courses, with this workbook's 規則 sheet",
    write: "Create 規則 sheet",
    writeHint: "Add a 規則 sheet with the current values (no existing cell is changed)",
    fromSheet: (sheet) => `The "${sheet}" sheet is applied`,
    shipped: "No 規則 sheet: checking against the national rules and the hematology courses",
    unusable: (sheet) => `The "${sheet}" sheet cannot be used; fix it, then check again:`,
    off: "off",
    changed: "changed",
    source: "source",
    written: (sheet) => `Created the "${sheet}" sheet. Change its numbers, then Check.`,
    exists: (sheet) => `There is already a "${sheet}" sheet.`,
    failed: (detail) => `Could not write: ${detail}`,
    unknownTitle: "Texts not read",
    unknownHint:
      "Texts the last check could not read as a field. If one is your program's own spelling, choose its field and add it to the workbook's vocabulary (the 規則 sheet).",
    meaning: (text) => `Field of "${text}"`,
    add: "Add to vocabulary",
    confirmAdd: (text, field) => `Add "${text}" as ${field} to the 規則 sheet?`,
    confirm: "Add",
    cancel: "Cancel",
    spellingAdded: (text, field, sheet) =>
      `Added "${text}" = ${field} to the "${sheet}" sheet. Check again.`,
  },
};
