/**
 * The eligibility facts of a clinician-scientist plan: labelled cells anywhere on the sheet
 * (`氏名 | 山田 太郎`, `義務年限: なし`, or labels in a row with the values under them).
 */
import type { CellValue } from "../model/cell";
import type { SheetView } from "../model/sheet-view";
import type { CsFact, CsFacts } from "./plan";
import { CS_LABELS, csKey, stripNote, type CsFactKey } from "./vocabulary";
import { isEmpty, readDate, readTrainingDone, readYesNo, shownText, UNREADABLE, type Read } from "./values";
import { foldWidth } from "../text/normalize";

/** A label found on the sheet, and where its value is. */
export interface FoundLabel {
  readonly key: CsFactKey;
  readonly row: number;
  readonly col: number;
  readonly labelCell: string;
  readonly valueCell: string;
  readonly value: CellValue;
}

/** Which fact a cell's text labels, if any (`義務年限（有・無）:` → obligation). */
export function labelOf(value: CellValue): { key: CsFactKey; inline?: string } | undefined {
  if (typeof value !== "string") return undefined;
  const text = foldWidth(value);
  // "氏名：山田 太郎" — a label and its value in one cell.
  const colon = /^([^:：]{1,20})[:：]\s*(.+)$/s.exec(text);
  if (colon) {
    const [, label = "", inline = ""] = colon;
    const key = matchLabel(label);
    if (key) return { key, inline: inline.trim() };
  }
  const key = matchLabel(text);
  return key ? { key } : undefined;
}

function matchLabel(text: string): CsFactKey | undefined {
  const k = csKey(text);
  if (k.length === 0 || k.length > 30) return undefined;
  const bare = stripNote(k);
  for (const [key, re] of CS_LABELS) if (re.test(k) || re.test(bare)) return key;
  return undefined;
}

/**
 * Finds every labelled fact; the first (top-left) label of each kind wins. `skip` tells which
 * cells belong to the tables.
 */
export function findLabels(grid: SheetView, skip: (row: number, col: number) => boolean): FoundLabel[] {
  const found = new Map<CsFactKey, FoundLabel>();
  for (let row = grid.top; row < grid.end; row++) {
    for (let col = grid.left; col < grid.rowEnd(row); col++) {
      if (skip(row, col)) continue;
      const label = labelOf(grid.raw(row, col));
      if (!label || found.has(label.key)) continue;
      found.set(label.key, locateValue(grid, row, col, label, skip));
    }
  }
  return [...found.values()];
}

function locateValue(grid: SheetView, row: number, col: number, label: { key: CsFactKey; inline?: string }, skip: (row: number, col: number) => boolean): FoundLabel {
  const labelCell = grid.address(row, col);
  const base = { key: label.key, row, col, labelCell };
  if (label.inline !== undefined) return { ...base, valueCell: labelCell, value: label.inline };
  const right = (grid.mergeAt(row, col)?.right ?? col) + 1;
  let blockedByLabel = false;
  let sawValue = false;
  for (let c = right; c <= Math.min(grid.rowEnd(row) - 1, right + 2); c++) {
    if (skip(row, c)) break;
    const v = grid.raw(row, c);
    if (isEmpty(v)) continue;
    sawValue = true;
    if (isNote(v)) break;
    if (labelOf(v)) {
      blockedByLabel = c === right || isEmptyBetween(grid, row, right, c);
      break;
    }
    return { ...base, valueCell: grid.address(row, c), value: v };
  }
  // Labels side by side in a row: the values are under them (the last label has nothing to its right).
  if (blockedByLabel || (!sawValue && hasOtherLabel(grid, row, col))) {
    const below = (grid.mergeAt(row, col)?.bottom ?? row) + 1;
    const v = grid.raw(below, col);
    if (!skip(below, col) && !labelOf(v)) return { ...base, valueCell: grid.address(below, col), value: v };
  }
  return { ...base, valueCell: grid.address(row, right), value: null };
}

function hasOtherLabel(grid: SheetView, row: number, col: number): boolean {
  for (let c = grid.left; c < grid.rowEnd(row); c++) if (c !== col && labelOf(grid.raw(row, c))) return true;
  return false;
}

/** A hint beside a value, not a value: "※ 日付か年度". */
function isNote(v: CellValue): boolean {
  return typeof v === "string" && /^\s*[※＊*]/.test(v);
}

function isEmptyBetween(grid: SheetView, row: number, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (!isEmpty(grid.raw(row, c))) return false;
  return true;
}

/** The facts read from the labels found. */
export function readFacts(labels: readonly FoundLabel[]): CsFacts {
  const facts: { -readonly [K in keyof CsFacts]: CsFacts[K] } = {};
  for (const l of labels) {
    const text = shownText(l.value);
    const fact = <T>(read: Read<T>): CsFact<T> => ({
      labelCell: l.labelCell,
      cell: l.valueCell,
      text,
      ...(read === UNREADABLE ? { unreadable: true } : read === undefined ? {} : { value: read }),
    });
    switch (l.key) {
      case "name":
      case "field":
      case "responsible":
      case "edition":
        facts[l.key] = fact(text === "" ? undefined : text);
        break;
      case "partners":
        facts.partners = fact(text === "" ? undefined : text.split(/[、,，;；/／\n]/).map((s) => s.trim()).filter(Boolean));
        break;
      case "start":
        facts.start = fact(readDate(l.value));
        break;
      case "trainingDone":
        facts.trainingDone = fact(readTrainingDone(l.value));
        break;
      case "obligation":
      case "regional":
        facts[l.key] = fact(readYesNoNoted(l.value));
        break;
    }
  }
  return facts;
}

/** Yes / no, with a note after it: "なし（一般枠）", "有 (自治医科大学)". */
function readYesNoNoted(value: CellValue): Read<boolean> {
  const direct = readYesNo(value);
  if (direct !== UNREADABLE || typeof value !== "string") return direct;
  const head = stripNote(csKey(value)).replace(/[、,].*$/, "");
  return readYesNo(head);
}
