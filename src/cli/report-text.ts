import * as path from "node:path";
import type { Finding, ValidationReport } from "../engine";
import { findingMessage, fromA1, SEVERITY_ORDER, toA1 } from "../engine";
import type { Lang } from "./messages";
import { REPORT, SEVERITY_LABEL } from "./messages";
import { displayWidth, padDisplay } from "./width";

/**
 * `rota validate` as text: per sheet, per resident (in grid and row order), errors before warnings
 * before infos, each line with severity, rule, cells and message; residents with nothing to say on
 * one line per grid; then the one-line summary.
 *
 * @example
 * 2026年度 A1:AA21 (研修医ごとの表 (週))
 *   研修医 太郎 (3 行目, A コース)
 *     エラー  em-12w  H3:I3  救急 8週 (必要 12週以上)
 *   問題なし (19名): 研修医 花子, …
 * エラー 1件 / 警告 0件 / 情報 0件 (研修医 20名, 1 表)
 */
export function textReport(file: string, report: ValidationReport, lang: Lang = "ja"): string {
  const out: string[] = [path.basename(file)];
  const bySheet = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  const labelWidth = Math.max(...Object.values(SEVERITY_LABEL[lang]).map(displayWidth));
  const ruleWidth = Math.max(0, ...report.findings.map((f) => f.rule.length));
  const cellsOf = new Map(report.findings.map((f) => [f, compactCells(f.cells)]));
  // Cell lists can be long (a field over many blocks): align on the usual short ones only.
  const cellsWidth = Math.min(12, Math.max(0, ...[...cellsOf.values()].map((c) => c.length)));
  const line = (f: Finding): string =>
    `    ${padDisplay(SEVERITY_LABEL[lang][f.severity], labelWidth)}  ${f.rule.padEnd(ruleWidth)}  ${cellsOf.get(f)!.padEnd(cellsWidth)}  ${findingMessage(f, lang)}`;
  const bySeverity = (a: Finding, b: Finding): number => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

  const printed = new Set<Finding>();
  for (const grid of report.grids) {
    out.push("", `${grid.sheet} ${grid.range} (${REPORT.layout(grid.layout, lang)})`);
    const onSheet = bySheet.get(grid.sheet) ?? [];
    const clean: string[] = [];
    for (const t of grid.trainees) {
      const own = onSheet.filter((f) => f.trainee === t.name && !printed.has(f)).sort(bySeverity);
      if (own.length === 0) {
        clean.push(t.name);
        continue;
      }
      const facts = [REPORT.row(t.row, lang), ...(t.course ? [REPORT.course(t.course, lang)] : [])];
      out.push(`  ${t.name} (${facts.join(", ")})`);
      for (const f of own) {
        out.push(line(f));
        printed.add(f);
      }
    }
    if (clean.length > 0) out.push(`  ${REPORT.noProblem(clean, lang)}`);
  }
  // Findings about no listed resident (a capacity over a block, a sheet of its own): by sheet, then by whom.
  const rest = report.findings.filter((f) => !printed.has(f));
  const sheets = [...new Set(rest.map((f) => f.sheet))];
  for (const sheet of sheets) {
    // Always name the sheet: these come after every grid, so the last heading may be another sheet's.
    out.push("", sheet);
    const onSheet = rest.filter((f) => f.sheet === sheet);
    for (const who of [...new Set(onSheet.map((f) => f.trainee))]) {
      out.push(`  ${who === "" ? REPORT.wholeGrid(lang) : who}`);
      for (const f of onSheet.filter((x) => x.trainee === who).sort(bySeverity)) out.push(line(f));
    }
  }
  const residents = report.grids.reduce((n, g) => n + g.trainees.length, 0);
  out.push("", REPORT.summary(report.summary, residents, report.grids.length, lang));
  return `${out.join("\n")}\n`;
}

/** Cells as ranges where they run along a row: ["H3","I3","J3","B3"] → "H3:J3, B3". */
export function compactCells(cells: readonly string[]): string {
  const parts: string[] = [];
  let run: { row: number; first: number; last: number } | undefined;
  const flush = (): void => {
    if (run) parts.push(run.first === run.last ? toA1(run.row, run.first) : `${toA1(run.row, run.first)}:${toA1(run.row, run.last)}`);
    run = undefined;
  };
  for (const cell of cells) {
    const p = fromA1(cell);
    if (!p) {
      flush();
      parts.push(cell);
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
  return parts.join(", ");
}
