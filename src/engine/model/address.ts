import type { Area } from "./sheet";

/** Column letters for a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  return LETTERS[col] ?? lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The first 702 columns (A … ZZ), computed once: addresses are built for every block of every trainee. */
const LETTERS: readonly string[] = Array.from({ length: 702 }, (_, i) => lettersOf(i));

/** A1 address of a 0-based (row, col): (6, 3) → "D7". */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range of an area: "A3:N40" (a single cell gives "A3"). */
export function areaToA1(area: Area): string {
  const a = toA1(area.top, area.left);
  const b = toA1(area.bottom, area.right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "D7" or "$D$7" (optionally "Sheet!D7") to a 0-based position; undefined when it is not an address. */
export function fromA1(address: string): { row: number; col: number } | undefined {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(bare.trim());
  if (!m) return undefined;
  const [, letters = "", digits] = m;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, col: col - 1 };
}

/** Parses "A3:N40" (or a single cell) to an area; undefined when it is not a range. */
export function areaFromA1(range: string): Area | undefined {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b = a] = bare.split(":");
  const p = a ? fromA1(a) : undefined;
  const q = b ? fromA1(b) : undefined;
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * Splits a list of references as Excel writes it (`RangeAreas.address`) into its parts: commas
 * inside a quoted sheet name do not split.
 *
 * @example splitAddressList("'A,B'!D7:F7,Sheet1!D8") // → ["'A,B'!D7:F7", "Sheet1!D8"]
 */
export function splitAddressList(addresses: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of addresses) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
