import type { Lang, ReadingKind } from "../../engine";

/** The texts of the 読み取り view (ReadingView), Japanese and English. */
export interface ReadingStrings {
  readonly title: (sheet: string, range: string) => string;
  readonly hint: string;
  readonly header: (row: number | null, range: string, lengths: string, total: string) => string;
  readonly length: (weeks: string, columns: number) => string;
  readonly reading: (looked: string, weeks: string) => string;
  readonly boundary: (cell: string | null) => string;
  readonly legend: string;
  readonly residents: (n: number) => string;
  readonly resident: (name: string, cell: string, rows: string, weeks: string) => string;
  readonly readings: string;
  readonly notUnderstood: string;
  readonly kind: Readonly<Record<ReadingKind, string>>;
}

const w = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, ""));
export { w as fmtWeeks };

export const READING_STRINGS: Readonly<Record<Lang, ReadingStrings>> = {
  ja: {
    title: (sheet, range) => `読み取り: ${sheet} ${range}`,
    hint: "Rota がこの表をどう読んだか。指摘を信じる前に確かめてください。",
    header: (row, range, lengths, total) =>
      `見出し ${row === null ? "(列)" : `${row}行目`} ${range}: ${lengths} = ${total}週`,
    length: (weeks, columns) => `1列 ${weeks}週 ×${columns}`,
    reading: (looked, weeks) =>
      `見出し ${looked} は2通りに読めます。各年52週・計104週になるよう 1列 ${weeks}週 と読みました。`,
    boundary: (cell) => (cell ? `2年次の始まり: ${cell}` : "2年次の始まり: なし (1年分の見出し)"),
    legend: "凡例 (このシートの語彙)",
    residents: (n) => `研修医 ${n} 名`,
    resident: (name, cell, rows, weeks) => `${name} (${cell}; ${rows}行目; ${weeks}週分)`,
    readings: "読み替えたセル",
    notUnderstood: "(読めず)",
    kind: {
      abbreviation: "略称",
      department: "施設独自の科名",
      legend: "凡例",
      profile: "プログラムの語彙",
      ditto: "同上記号",
      site: "施設名",
      length: "期間の記載",
      footnote: "注記号",
      slot: "必修/選択",
      "general-outpatient": "一般外来の記載",
      spelling: "別表記",
    },
  },
  en: {
    title: (sheet, range) => `How ${sheet} ${range} was read`,
    hint: "How Rota read this grid. Check it before you trust a finding.",
    header: (row, range, lengths, total) =>
      `Header ${row === null ? "down a column" : `on row ${row}`}, ${range}: ${lengths} = ${total} weeks`,
    length: (weeks, columns) => `${columns} column${columns === 1 ? "" : "s"} of ${weeks} weeks`,
    reading: (looked, weeks) =>
      `The header ${looked} reads two ways: taken as ${weeks} weeks a column, so that each year is 52 weeks and the plan 104.`,
    boundary: (cell) =>
      cell ? `Second year starts at ${cell}` : "Second year: none (a one-year header)",
    legend: "Legend (this sheet's vocabulary)",
    residents: (n) => `${n} resident${n === 1 ? "" : "s"}`,
    resident: (name, cell, rows, weeks) => `${name} (${cell}; rows ${rows}; ${weeks} weeks)`,
    readings: "Cells read as something other than their text",
    notUnderstood: "(not understood)",
    kind: {
      abbreviation: "abbreviation",
      department: "local department name",
      legend: "legend",
      profile: "program vocabulary",
      ditto: "ditto mark",
      site: "site",
      length: "stated length",
      footnote: "footnote mark",
      slot: "required/elective",
      "general-outpatient": "general outpatient mark",
      spelling: "other spelling",
    },
  },
};
