import {
  fromA1,
  noteLine,
  toA1,
  type Area,
  type Finding,
  type Lang,
  SEVERITY_ORDER,
} from "../../engine";
import type { HighlightPlan } from "../workbook/port";
import { mergeAt, toRanges } from "../workbook/ranges";

/**
 * What to highlight on a sheet, from the findings of a check: pure data for
 * `WorkbookPort.applyHighlights`.
 *
 * - Fills: each cell gets the colour of its most severe finding: errors red, warnings amber.
 *   Infos (the recommended 8 weeks) get no fill, as in `rota validate --annotate`: a legal plan
 *   would otherwise be painted over; their note is enough.
 * - Notes: one per cell, every finding on it one line, most severe first. A cell inside a merged
 *   area is noted at the area's top-left cell, the one Excel shows.
 * - A finding on another sheet, or with no cell that parses, is left out.
 *
 * @example
 * planHighlights("2026年度", findings, merges, "ja")
 * // → { sheet: "2026年度", fills: { error: ["H3:J3"], warning: ["B5"] }, notes: [{ cell: "H3", lines: ["【Rota】エラー em-12w: …"] }, …] }
 */
export function planHighlights(
  sheet: string,
  findings: readonly Finding[],
  merges: readonly Area[],
  lang: Lang
): HighlightPlan {
  const worst = new Map<string, Finding["severity"]>();
  const notes = new Map<string, { row: number; col: number; findings: Finding[] }>();
  for (const finding of findings) {
    if (finding.sheet !== sheet) continue;
    for (const cell of finding.cells) {
      const pos = fromA1(cell);
      if (!pos) continue;
      const merge = mergeAt(merges, pos.row, pos.col);
      const at = merge ? { row: merge.top, col: merge.left } : pos;
      const key = toA1(at.row, at.col);
      const before = worst.get(key);
      if (before === undefined || SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[before])
        worst.set(key, finding.severity);
      let note = notes.get(key);
      if (!note) notes.set(key, (note = { ...at, findings: [] }));
      if (!note.findings.includes(finding)) note.findings.push(finding);
    }
  }
  const cellsOf = (severity: Finding["severity"]) =>
    [...worst].filter(([, s]) => s === severity).map(([cell]) => cell);
  return {
    sheet,
    fills: {
      error: toRanges(cellsOf("error"), merges),
      warning: toRanges(cellsOf("warning"), merges),
    },
    notes: [...notes.entries()]
      .sort(([, a], [, b]) => a.row - b.row || a.col - b.col)
      .map(([cell, note]) => ({
        cell,
        lines: [...note.findings]
          .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
          .map((f) => noteLine(f, lang)),
      })),
  };
}
