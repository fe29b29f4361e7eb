import type { Grid } from "../model/plan";
import type { CapacityEntry } from "../rules/capacity";
import { subKey } from "../model/field-key";
import { parseCell } from "../vocabulary/parse-cell";
import type { ParsedCell } from "../vocabulary/parsed-cell";
import { labelOf } from "../vocabulary/label";

/**
 * One rotation the planner may write into an empty block: the text it writes and what that text
 * reads as (parsed by the same reader the validator uses, so the model counts what the validator
 * will count).
 */
export interface Choice {
  /** The text written into the cell (the grid's own spelling when the grid uses the field). */
  readonly text: string;
  /** Canonical label: `内科(血液)`. */
  readonly label: string;
  readonly parsed: ParsedCell;
  /** Offered only to plans marked with a course (the grid itself does not use it). */
  readonly courseOnly: boolean;
}

/** The fields every two-year plan needs (the national minimums, CONTRACT §1). */
export const NATIONAL_FIELDS: readonly string[] = ["内科", "救急", "外科", "小児科", "産婦人科", "精神科", "地域医療"];

/**
 * What a plan marked as course A, B or C is asked for (seed 000 §2): 血液, the six recommended
 * 内科 subspecialties, 外科 as 消化器外科, 救急 as ICU.
 */
export const COURSE_CHOICES: readonly string[] = [
  labelOf("内科", ["血液"]),
  ...["腫瘍", "消化器", "循環器", "呼吸器", "脳神経", "免疫・リウマチ"].map((s) => labelOf("内科", [s])),
  labelOf("外科", ["消化器"]),
  labelOf("救急", ["ICU"]),
];

/** A key that tells two choices apart: what they count toward (label and 一般外来 mark). */
const keyOf = (p: ParsedCell): string => `${labelOf(p.field ?? "", p.subs)}${p.generalOutpatient ? "+一般外来" : ""}`;

/**
 * The rotations the planner may write on a grid: the national fields, what the grid's own cells
 * already use (in their spelling), the capacity sheet's fields, the course fields when a plan has a
 * course, and any the caller adds (a program's own fields, a resident's wishes). A text that names
 * a site of its own is left out (the block's site is the year's or the row's), as is one that is
 * not a rotation.
 */
export function choicesFor(grid: Grid, capacity: readonly CapacityEntry[], extra: readonly string[] = []): Choice[] {
  const byKey = new Map<string, Choice>();
  const add = (text: string, courseOnly = false, read: ParsedCell = parseCell(text)): void => {
    const parsed = read;
    if (parsed.kind !== "rotation" || parsed.site !== undefined || parsed.slotType !== undefined) return;
    const key = keyOf(parsed);
    if (!byKey.has(key)) byKey.set(key, { text: oneLine(text), label: labelOf(parsed.field, parsed.subs), parsed, courseOnly });
  };
  // The grid's own spellings first, so that a field it writes as 血液内科 (or 消内, in its legend
  // or the program's vocabulary) is written so again, and read as the grid reads it.
  for (const plan of grid.plans) {
    for (const slot of plan.slots) if (slot.parsed.kind === "rotation" && !slot.parsed.text.includes("\n")) add(slot.parsed.text, false, slot.parsed);
  }
  for (const field of NATIONAL_FIELDS) add(field);
  for (const entry of capacity) add(labelOf(entry.field, entry.subs));
  for (const text of extra) add(text);
  if (grid.plans.some((p) => p.course)) for (const c of COURSE_CHOICES) add(c, true);
  return [...byKey.values()];
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, "").trim();
}

/** Weeks a cell contributes to a field, or to `field/sub` (split evenly among the subs it names, CONTRACT §5). */
export function contribution(parsed: ParsedCell, weeks: number, key: string): number {
  if (parsed.kind !== "rotation") return 0;
  const slash = key.indexOf("/");
  if (slash < 0) return parsed.field === key ? weeks : 0;
  const field = key.slice(0, slash);
  const sub = key.slice(slash + 1);
  if (parsed.field !== field || !parsed.subs.includes(sub)) return 0;
  return weeks / Math.max(1, parsed.subs.length);
}

export { subKey };
