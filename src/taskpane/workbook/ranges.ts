import {
  areaFromA1,
  areaToA1,
  containsCell,
  fromA1,
  splitAddressList,
  type Area,
} from "../../engine";

/**
 * A1 range arithmetic the pane needs: cells to the fewest rectangles, merged cells, chunks of
 * addresses short enough for one API call. Pure.
 */

/** The merged area a cell belongs to, if any. */
export function mergeAt(merges: readonly Area[], row: number, col: number): Area | undefined {
  return merges.find((m) => containsCell(m, row, col));
}

/**
 * The cells as the fewest rectangles this simple method finds: runs along each row, then equal
 * runs on consecutive rows stacked. Cells inside a merged area bring the whole area. Bad
 * addresses are skipped.
 *
 * @example toRanges(["D7", "E7", "F7", "D8", "E8", "F8", "H9"]) // → ["D7:F8", "H9"]
 */
export function toRanges(cells: readonly string[], merges: readonly Area[] = []): string[] {
  return toAreas(cells, merges).map(areaToA1);
}

/** {@link toRanges} as areas, ordered by top row then left column. */
export function toAreas(cells: readonly string[], merges: readonly Area[] = []): Area[] {
  const byRow = new Map<number, Set<number>>();
  const add = (row: number, col: number) => {
    let cols = byRow.get(row);
    if (!cols) byRow.set(row, (cols = new Set()));
    cols.add(col);
  };
  for (const cell of cells) {
    const pos = fromA1(cell) ?? areaOrUndefined(cell);
    if (!pos) continue;
    if ("row" in pos) {
      const merge = mergeAt(merges, pos.row, pos.col);
      if (merge) addArea(merge, add);
      else add(pos.row, pos.col);
    } else addArea(pos, add);
  }
  // Runs along each row.
  const runs: Area[] = [];
  for (const [row, inRow] of [...byRow].sort(([a], [b]) => a - b)) {
    const cols = [...inRow].sort((a, b) => a - b);
    const [first] = cols;
    if (first === undefined) continue;
    let start = first;
    let prev = start;
    for (const col of cols.slice(1)) {
      if (col !== prev + 1) {
        runs.push({ top: row, bottom: row, left: start, right: prev });
        start = col;
      }
      prev = col;
    }
    runs.push({ top: row, bottom: row, left: start, right: prev });
  }
  // Stack equal runs on consecutive rows.
  const open = new Map<string, Area>();
  const out: Area[] = [];
  for (const run of runs) {
    const key = `${run.left},${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) {
      open.set(key, { ...above, bottom: run.top });
    } else {
      if (above) out.push(above);
      open.set(key, run);
    }
  }
  out.push(...open.values());
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

function areaOrUndefined(range: string): Area | undefined {
  return range.includes(":") ? areaFromA1(range) : undefined;
}

function addArea(area: Area, add: (row: number, col: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) add(r, c);
}

/** How many cells the ranges cover. */
export function cellCount(ranges: readonly string[]): number {
  let n = 0;
  for (const range of ranges) {
    const a = areaFromA1(range);
    if (a) n += (a.bottom - a.top + 1) * (a.right - a.left + 1);
  }
  return n;
}

/**
 * Splits a list of ranges into comma-joined address strings of at most `maxChars` each, for API
 * calls that take a multi-area address (`worksheet.getRanges`). A single range is never split.
 *
 * @example chunkAddresses(["A1", "B2:C3", "D4"], 8) // → ["A1,B2:C3", "D4"]
 */
export function chunkAddresses(ranges: readonly string[], maxChars = 2000): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const range of ranges) {
    if (current !== "" && current.length + 1 + range.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? range : `${current},${range}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

/** "Sheet1!D7:F7" or "'2026年度'!D7" → "D7:F7" / "D7" (the local part, `$` removed). */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
}

/** Splits a multi-area address ("Sheet1!A1:B2,Sheet1!D4") into local ranges, honouring quoted sheet names. */
export function splitAreas(address: string): string[] {
  return splitAddressList(address)
    .map((p) => localAddress(p))
    .filter((p) => p !== "");
}
