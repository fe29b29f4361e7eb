/**
 * `rota validate --explain` in text: how each grid was read (issue 8), after the report. The
 * engine's explanation (engine/explain) worded here, Japanese or English.
 */
import type { CellReading, GridExplain, ReadingKind, ValidationReport } from "../engine";
import { compactCells } from "./report-text";
import type { Lang } from "./messages";

const KIND: Readonly<Record<ReadingKind, { ja: string; en: string }>> = {
  abbreviation: { ja: "略称", en: "abbreviation" },
  department: { ja: "施設独自の科名", en: "local department name" },
  legend: { ja: "凡例", en: "legend" },
  profile: { ja: "プログラムの語彙", en: "program vocabulary" },
  ditto: { ja: "同上記号", en: "ditto mark" },
  site: { ja: "施設名", en: "site" },
  length: { ja: "期間の記載", en: "stated length" },
  footnote: { ja: "注記号", en: "footnote mark" },
  slot: { ja: "必修/選択", en: "required/elective" },
  "general-outpatient": { ja: "一般外来の記載", en: "general outpatient mark" },
  spelling: { ja: "別表記", en: "other spelling" },
};

const UNIT: Readonly<Record<GridExplain["headers"][number]["unit"], { ja: string; en: string }>> = {
  month: { ja: "月", en: "months" },
  week: { ja: "週", en: "weeks" },
  block: { ja: "ブロック", en: "blocks" },
  date: { ja: "開始日", en: "start dates" },
};

const w = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, ""));

/** Every two-year grid's explanation (clinician-scientist sheets have none). */
export function explainText(report: ValidationReport, lang: Lang): string {
  const out: string[] = [];
  for (const grid of report.grids) if (grid.explain) out.push(...explainLines(grid.explain, lang));
  return out.length > 0 ? `\n${out.join("\n")}\n` : "";
}

export function explainLines(e: GridExplain, lang: Lang): string[] {
  const ja = lang === "ja";
  const out: string[] = [ja ? `読み取り: ${e.sheet} ${e.range} (${e.layout})` : `How ${e.sheet} ${e.range} was read (${e.layout})`];
  if (e.orientation === "columns") out.push(ja ? "  研修医は列ごと (期間は行方向)" : "  one resident per column (the blocks run down the rows)");
  for (const h of e.headers) {
    const lengths = h.lengths.map((l) => (ja ? `1列 ${w(l.weeks)}週 ×${l.columns}` : `${l.columns} column${l.columns === 1 ? "" : "s"} of ${w(l.weeks)} weeks`)).join(", ");
    const where = h.row === null ? (ja ? "(列)" : "(a column)") : ja ? `${h.row}行目` : `on row ${h.row}`;
    out.push(ja ? `  見出し ${where} ${h.range} (${UNIT[h.unit].ja}): ${lengths} = ${w(h.totalWeeks)}週` : `  header ${where}, ${h.range} (${UNIT[h.unit].en}): ${lengths} = ${w(h.totalWeeks)} weeks`);
    if (h.reading) {
      out.push(
        ja
          ? `    見出し ${h.reading.looked} は2通りに読めます: 各年52週・計104週になるよう 1列 ${w(h.reading.weeks)}週 と読みました`
          : `    the header ${h.reading.looked} reads two ways: taken as ${w(h.reading.weeks)} weeks a column, so that each year is 52 weeks and the plan 104`,
      );
    }
  }
  out.push(ja ? `  2年次の始まり: ${e.yearBoundary ?? "なし (1年分の見出し)"}` : `  second year starts at: ${e.yearBoundary ?? "none (a one-year header)"}`);
  if (e.legend.length > 0) {
    out.push(ja ? "  凡例 (このシートの語彙):" : "  legend (this sheet's vocabulary):");
    for (const l of e.legend) out.push(`    ${l.spelling} = ${l.means}${l.cell ? ` (${l.cell})` : ""}`);
  }
  out.push(ja ? `  研修医 ${e.residents.length}人:` : `  ${e.residents.length} resident${e.residents.length === 1 ? "" : "s"}:`);
  for (const r of e.residents) {
    const rows = r.rows.join(ja ? "・" : ", ");
    out.push(ja ? `    ${r.name} (${r.nameCell}; ${rows}行目; ${w(r.weeks)}週分)` : `    ${r.name} (${r.nameCell}; row${r.rows.length === 1 ? "" : "s"} ${rows}; ${w(r.weeks)} weeks)`);
  }
  if (e.readings.length > 0) {
    out.push(ja ? "  読み替えたセル:" : "  cells read as something other than their text:");
    for (const r of e.readings) out.push(`    ${readingLine(r, lang)}`);
  }
  return out;
}

function readingLine(r: CellReading, lang: Lang): string {
  const ja = lang === "ja";
  const as = r.readAs === "" ? (ja ? "(読めず)" : "(not understood)") : r.readAs;
  const how = r.how.map((h) => `${KIND[h.kind][lang]}: ${h.detail}`).join("; ");
  return `${compactCells(r.cells)} ${ja ? `「${r.text}」` : `"${r.text}"`} → ${as} [${how}]`;
}
