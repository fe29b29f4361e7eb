import type { CellValue } from "../model/cell";
import { toA1 } from "../model/address";
import type { Site, Slot } from "../model/plan";
import { parseCell } from "../vocabulary/parse-cell";
import type { ParsedCell } from "../vocabulary/parsed-cell";
import type { Vocabulary } from "../vocabulary/vocabulary";
import { classifySite } from "../vocabulary/sites";
import type { BlockSpan } from "./header-runs";

/** One block of one trainee as a layout reader found it. */
export interface SlotSource {
  readonly row: number;
  readonly span: BlockSpan;
  readonly value: CellValue;
  readonly year: 1 | 2;
  /** The site of the block's year (a year row `1 年次 大学病院`) or of the trainee's row. */
  readonly site?: Site;
}

/**
 * Turns a trainee's block cells into slots: each cell read, ditto marks resolved to the rotation
 * they continue, and each block's site (the cell's own, else its year's or row's).
 */
export function buildSlots(sources: readonly SlotSource[], vocabulary?: Vocabulary): Slot[] {
  const slots: Slot[] = [];
  let previous: ParsedCell | undefined;
  // The cell a ditto mark continuing `previous` refers to: the last cell that was no ditto mark (or,
  // before any, the first mark, which continued nothing). Set whenever `previous` is.
  let origin: string | undefined;
  sources.forEach((source, index) => {
    const cell = toA1(source.row, source.span.col);
    let parsed = parseCell(source.value, vocabulary);
    let ditto: Slot["ditto"];
    if (parsed.kind === "ditto") {
      if (previous && previous.kind !== "empty") {
        ditto = { text: parsed.text, from: origin ?? cell };
        parsed = previous;
      } else {
        parsed = { ...parsed, kind: "unknown", reason: "nothing-to-continue" };
        origin ??= cell;
      }
    } else origin = cell;
    previous = parsed;
    const site = siteOf(parsed) ?? source.site;
    const { startWeek, weeks } = source.span;
    // Two literals, not a conditional spread (a runtime copy for every block of every resident).
    slots.push(ditto ? { cell, index, startWeek, weeks, year: source.year, parsed, site, ditto } : { cell, index, startWeek, weeks, year: source.year, parsed, site });
  });
  return slots;
}

const siteCache = new Map<string, Site>();

function siteOf(parsed: ParsedCell): Site | undefined {
  return parsed.site === undefined ? undefined : site(parsed.site);
}

/** A site from its text, classified once. */
export function site(text: string): Site {
  let found = siteCache.get(text);
  if (!found) {
    found = { text, kind: classifySite(text) };
    siteCache.set(text, found);
  }
  return found;
}
