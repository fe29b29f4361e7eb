import * as path from "node:path";
import type { Bilingual, Finding, GridSummary, Severity, ValidationReport } from "../engine";
import { findingMessage, foldInfos, fromA1, SEVERITY_ORDER, toA1 } from "../engine";
import type { Lang } from "./messages";
import { REPORT, SEVERITY_LABEL } from "./messages";
import { displayWidth, padDisplay } from "./width";

/** The widest line the report prints (a terminal of 100 columns shows it whole). */
export const REPORT_WIDTH = 100;
/** A cell list wider than this is shortened to its first cells and a count (`I12 他3`). */
const CELLS_WIDTH = 12;

/** Counts over one or several workbooks' reports, for the summary line. */
export interface Totals {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Plans of named (or unnamed) residents; course templates are not residents. */
  readonly residents: number;
  /** Course sheets that name no resident: the department's courses as templates. */
  readonly templates: number;
  readonly grids: number;
}

/** The summary counts of several reports together. */
export function totals(reports: readonly ValidationReport[]): Totals {
  const t = { errors: 0, warnings: 0, infos: 0, residents: 0, templates: 0, grids: 0 };
  for (const r of reports) {
    t.errors += r.summary.errors;
    t.warnings += r.summary.warnings;
    t.infos += r.summary.infos;
    t.grids += r.grids.length;
    for (const g of r.grids)
      for (const p of g.trainees) {
        if (p.template) t.templates++;
        else t.residents++;
      }
  }
  return t;
}

/**
 * `rota validate` as text: per grid, per resident (in row order), errors before warnings before
 * infos, each line with severity, rule, cells and message in aligned columns (display width, so
 * Japanese lines up), long cell lists shortened and long messages wrapped under themselves within
 * {@link REPORT_WIDTH}; residents with nothing to say on one line per grid; findings about no one
 * resident (capacity) under their own grid; then the one-line summary.
 *
 * @example
 * 2026年度 A1:AA21 (研修医ごとの表 (週))
 *   研修医 太郎 (3 行目, A コース)
 *     エラー  em-12w    H3:I3  救急 8週 (必要 12週以上)
 *   問題なし (19名): 研修医 花子, …
 *   (シート全体)
 *     エラー  capacity  I12 他3  小児科 第7ブロック: 4名 (定員 3名)
 * エラー 2件 / 警告 0件 / 情報 0件 (研修医 20名, 1 表)
 */
export interface TextReportOptions {
  /** Infos one by one instead of folded into one line per resident. */
  readonly showInfo?: boolean;
  /** Findings below this severity are left out (the summary still counts them). */
  readonly minSeverity?: Severity;
  /** What the program's profile changed, said once at the top, and where it came from. */
  readonly profile?: { readonly source: string; readonly changes: readonly Bilingual[] };
}

export function textReport(file: string, full: ValidationReport, lang: Lang = "ja", options: TextReportOptions = {}): string {
  const out: string[] = [path.basename(file)];
  if (options.profile && options.profile.changes.length > 0) {
    out.push(REPORT.profile(options.profile.source, lang));
    for (const change of options.profile.changes) out.push(`  ${change[lang]}`);
  }
  const limit = SEVERITY_ORDER[options.minSeverity ?? "info"];
  const report = { ...full, findings: full.findings.filter((f) => SEVERITY_ORDER[f.severity] <= limit) };
  const fold = options.showInfo !== true;
  const labelWidth = Math.max(...Object.values(SEVERITY_LABEL[lang]).map(displayWidth));
  const ruleWidth = Math.max(0, ...report.findings.map((f) => f.rule.length));
  const cellsOf = new Map(report.findings.map((f) => [f, shortCells(f.cells, lang)]));
  const cellsWidth = Math.max(0, ...[...cellsOf.values()].map(displayWidth));
  const indent = 4 + labelWidth + 2 + ruleWidth + 2 + cellsWidth + 2;
  const messageWidth = Math.max(30, REPORT_WIDTH - indent);
  const line = (f: Finding): string[] => {
    const head = `    ${padDisplay(SEVERITY_LABEL[lang][f.severity], labelWidth)}  ${f.rule.padEnd(ruleWidth)}  ${padDisplay(cellsOf.get(f) ?? shortCells(f.cells, lang), cellsWidth)}  `;
    const [first = "", ...more] = wrapDisplay(findingMessage(f, lang), messageWidth);
    return [`${head}${first}`.trimEnd(), ...more.map((m) => `${" ".repeat(indent)}${m}`)];
  };
  const bySeverity = (a: Finding, b: Finding): number => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

  const printed = new Set<Finding>();
  const wholeGrid = assignToGrids(report);
  // Each sheet's findings by resident, in the report's order, made once: filtering all findings for
  // every resident was quadratic (3,000 residents × 36,000 findings took seconds).
  const byTrainee = new Map<string, Map<string, Finding[]>>();
  for (const f of report.findings) {
    let onSheet = byTrainee.get(f.sheet);
    if (!onSheet) byTrainee.set(f.sheet, (onSheet = new Map<string, Finding[]>()));
    const list = onSheet.get(f.trainee);
    if (list) list.push(f);
    else onSheet.set(f.trainee, [f]);
  }
  for (const grid of report.grids) {
    out.push("", `${grid.sheet} ${grid.range} (${REPORT.layout(grid.layout, lang)})`);
    const onSheet = byTrainee.get(grid.sheet);
    const clean: string[] = [];
    for (const t of grid.trainees) {
      const own = (onSheet?.get(t.name) ?? []).filter((f) => !printed.has(f)).sort(bySeverity);
      if (own.length === 0) {
        clean.push(t.template ? `${t.name} (${REPORT.template(lang)})` : t.name);
        continue;
      }
      const facts = t.template ? [REPORT.template(lang), REPORT.row(t.row, lang)] : [REPORT.row(t.row, lang), ...(t.course ? [REPORT.course(t.course, lang)] : [])];
      out.push(`  ${t.name} (${facts.join(", ")})`);
      const infos = fold ? own.filter((f) => f.severity === "info") : [];
      for (const f of own) {
        if (!fold || f.severity !== "info") out.push(...line(f));
        printed.add(f);
      }
      // Infos folded into one line drawn from their facts (--show info lists them as the others).
      if (infos.length > 0) out.push(...wrapDisplay(foldInfos(infos, lang), REPORT_WIDTH - 4).map((l) => `    ${l}`));
    }
    if (clean.length > 0) out.push(...wrapDisplay(REPORT.noProblem(clean, lang), REPORT_WIDTH - 4).map((l, i) => (i === 0 ? `  ${l}` : `    ${l}`)));
    const own = (wholeGrid.get(grid) ?? []).filter((f) => !printed.has(f));
    if (own.length > 0) {
      out.push(`  ${REPORT.wholeGrid(lang)}`);
      for (const f of own.sort(bySeverity)) {
        out.push(...line(f));
        printed.add(f);
      }
    }
  }
  // Findings on a sheet without a grid (a capacity sheet's unreadable row …): by sheet, then by whom.
  const rest = report.findings.filter((f) => !printed.has(f));
  for (const sheet of [...new Set(rest.map((f) => f.sheet))]) {
    out.push("", sheet);
    const onSheet = rest.filter((f) => f.sheet === sheet);
    for (const who of [...new Set(onSheet.map((f) => f.trainee))]) {
      out.push(`  ${who === "" ? REPORT.wholeGrid(lang) : who}`);
      for (const f of onSheet.filter((x) => x.trainee === who).sort(bySeverity)) out.push(...line(f));
    }
  }
  const t = totals([report]);
  out.push("", REPORT.summary(full.summary, t.residents, report.grids.length, lang, t.templates));
  return `${out.join("\n")}\n`;
}

/**
 * Findings about no listed resident (a capacity over a block) and the grid they belong under: the
 * grid on their sheet whose range holds their first cell, else the first grid on their sheet.
 */
function assignToGrids(report: ValidationReport): Map<GridSummary, Finding[]> {
  const names = new Set(report.grids.flatMap((g) => g.trainees.map((t) => `${g.sheet}\u0000${t.name}`)));
  const byGrid = new Map<GridSummary, Finding[]>();
  for (const f of report.findings) {
    if (names.has(`${f.sheet}\u0000${f.trainee}`)) continue;
    const grids = report.grids.filter((g) => g.sheet === f.sheet);
    const first = f.cells[0] === undefined ? undefined : fromA1(f.cells[0]);
    const grid = grids.find((g) => first !== undefined && inRange(first, g.range)) ?? grids[0];
    if (!grid) continue;
    byGrid.set(grid, [...(byGrid.get(grid) ?? []), f]);
  }
  return byGrid;
}

function inRange(cell: { row: number; col: number }, range: string): boolean {
  const [a, b] = range.split(":");
  const from = a === undefined ? undefined : fromA1(a);
  const to = b === undefined ? from : fromA1(b);
  return !!from && !!to && cell.row >= from.row && cell.row <= to.row && cell.col >= from.col && cell.col <= to.col;
}

/** Cells as ranges where they run along a row: ["H3","I3","J3","B3"] → "H3:J3, B3". */
export function compactCells(cells: readonly string[]): string {
  return cellRuns(cells)
    .map((r) => r.text)
    .join(", ");
}

/**
 * The cell list for a report line: compacted, and when wider than a column, its first run and how
 * many cells more (`I12 他3`, `I12 +3`), so every message starts in the same column.
 */
export function shortCells(cells: readonly string[], lang: Lang): string {
  const runs = cellRuns(cells);
  const full = runs.map((r) => r.text).join(", ");
  const [first, ...rest] = runs;
  if (displayWidth(full) <= CELLS_WIDTH || !first || rest.length === 0) return full;
  const more = rest.reduce((n, r) => n + r.count, 0);
  return lang === "en" ? `${first.text} +${more}` : `${first.text} 他${more}`;
}

function cellRuns(cells: readonly string[]): Array<{ text: string; count: number }> {
  const parts: Array<{ text: string; count: number }> = [];
  let run: { row: number; first: number; last: number } | undefined;
  const flush = (): void => {
    if (run) {
      const text = run.first === run.last ? toA1(run.row, run.first) : `${toA1(run.row, run.first)}:${toA1(run.row, run.last)}`;
      parts.push({ text, count: run.last - run.first + 1 });
    }
    run = undefined;
  };
  for (const cell of cells) {
    const p = fromA1(cell);
    if (!p) {
      flush();
      parts.push({ text: cell, count: 1 });
      continue;
    }
    if (run && run.row === p.row && run.last + 1 === p.col) {
      run.last = p.col;
      continue;
    }
    flush();
    run = { row: p.row, first: p.col, last: p.col };
  }
  flush();
  return parts;
}

/**
 * A text as lines of at most `width` display columns: broken at spaces, or between Japanese
 * characters; a word longer than a line stands alone on its line.
 *
 * @example wrapDisplay("a bb ccc", 4) // → ["a bb", "ccc"]
 */
export function wrapDisplay(text: string, width: number): string[] {
  const tokens = text.match(/\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60][、。，．）」』]?|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]+/gu) ?? [];
  const lines: string[] = [];
  let current = "";
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (current !== "") current += " ";
      continue;
    }
    if (current !== "" && displayWidth(current + token) > width) {
      lines.push(current.trimEnd());
      current = "";
    }
    current += token;
  }
  if (current.trim() !== "") lines.push(current.trimEnd());
  return lines.length > 0 ? lines : [""];
}
