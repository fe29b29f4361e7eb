import { toA1 } from "../model/address";
import type { SheetView } from "../model/sheet-view";
import { parseCell } from "../vocabulary/parse-cell";
import { vocabularyOf, type Vocabulary, type VocabularyEntry } from "../vocabulary/vocabulary";
import { foldWidth } from "../text/normalize";

/** What a sheet's legend says, and where it is. */
export interface Legend {
  readonly entries: readonly VocabularyEntry[];
  readonly vocabulary: Vocabulary;
  /** A1 addresses of the cells that hold legend entries (never a resident, never a rotation). */
  readonly cells: ReadonlySet<string>;
}

/** A heading that opens a legend: `凡例`, `略語`, `略称一覧`. */
const HEADING = /^[(（【[]?(凡例|略語|略称|略号|診療科略称|略語一覧|略称一覧|略語表)[)）】\]]?[:：\s]*/;
/** One entry: a short spelling, `:` `：` `=` `＝`, the name it stands for. */
const ENTRY = /([^\s:=、,，/／;；]{1,12})\s*[:=]\s*([^\s:=、,，/;；]{1,30})/g;

/**
 * The sheet's legend (issue 8): `消内：消化器内科`, `消内=消化器内科`, one per line or several per
 * cell, or a `凡例` heading over two columns (spelling | name). An entry counts when the name is a
 * field the engine knows; the legend then serves as that sheet's vocabulary.
 */
export function readLegend(view: SheetView): Legend {
  const entries: VocabularyEntry[] = [];
  const cells = new Set<string>();
  let headingCol: number | undefined;
  for (let row = view.top; row < view.end; row++) {
    const end = view.rowEnd(row);
    for (let col = view.left; col < end; col++) {
      const value = view.raw(row, col);
      if (typeof value !== "string" || value.length > 400) continue;
      const text = foldWidth(value);
      const heading = HEADING.exec(text.trim());
      if (heading && heading[0].trim().length === text.trim().length) {
        headingCol = col;
        continue;
      }
      const found = inlineEntries(text.trim().replace(HEADING, ""), toA1(row, col));
      if (found.length > 0) {
        entries.push(...found);
        cells.add(toA1(row, col));
        continue;
      }
      // Under a `凡例` heading: the spelling in one column, the name in the next.
      if (headingCol !== undefined && col === headingCol) {
        const name = view.raw(row, col + 1);
        const spelling = text.trim();
        if (typeof name === "string" && spelling.length > 0 && spelling.length <= 12 && parseCell(name).kind === "rotation") {
          entries.push({ spelling, means: name.trim(), source: "legend", cell: toA1(row, col) });
          cells.add(toA1(row, col));
          cells.add(toA1(row, col + 1));
        }
      }
    }
  }
  return { entries, vocabulary: vocabularyOf(entries), cells };
}

function inlineEntries(text: string, cell: string): VocabularyEntry[] {
  if (!/[:=]/.test(text)) return [];
  const out: VocabularyEntry[] = [];
  for (const m of text.matchAll(ENTRY)) {
    const [, spelling = "", means = ""] = m;
    if (spelling === means || /^\d+$/.test(spelling)) continue;
    if (parseCell(means).kind !== "rotation") continue;
    out.push({ spelling, means, source: "legend", cell });
  }
  return out;
}
