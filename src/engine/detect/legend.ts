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
  // What a text says is read once per distinct text (a cohort repeats a few dozen texts thousands of times).
  const read = new Map<string, TextReading>();
  for (let row = view.top; row < view.end; row++) {
    const end = view.rowEnd(row);
    for (let col = view.left; col < end; col++) {
      const value = view.raw(row, col);
      if (typeof value !== "string" || value.length > 400) continue;
      let reading = read.get(value);
      if (!reading) read.set(value, (reading = readText(value)));
      const { text } = reading;
      if (reading.heading) {
        headingCol = col;
        continue;
      }
      if (reading.pairs.length > 0) {
        const cell = toA1(row, col);
        for (const { spelling, means } of reading.pairs) entries.push({ spelling, means, source: "legend", cell });
        cells.add(cell);
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

/** A cell's text as the legend reads it: width-folded, whether it is a heading, the entries it holds. */
interface TextReading {
  readonly text: string;
  readonly heading: boolean;
  readonly pairs: ReadonlyArray<{ readonly spelling: string; readonly means: string }>;
}

function readText(value: string): TextReading {
  const text = foldWidth(value);
  const heading = HEADING.exec(text.trim());
  if (heading && heading[0].trim().length === text.trim().length) return { text, heading: true, pairs: [] };
  return { text, heading: false, pairs: inlineEntries(text.trim().replace(HEADING, "")) };
}

function inlineEntries(text: string): Array<{ spelling: string; means: string }> {
  if (!/[:=]/.test(text)) return [];
  const out: Array<{ spelling: string; means: string }> = [];
  for (const m of text.matchAll(ENTRY)) {
    const [, spelling = "", means = ""] = m;
    if (spelling === means || /^\d+$/.test(spelling)) continue;
    if (parseCell(means).kind !== "rotation") continue;
    out.push({ spelling, means });
  }
  return out;
}
