import { cellText } from "../model/cell";
import type { Grid } from "../model/plan";
import type { SheetData } from "../model/sheet";
import { TWO_YEAR_MESSAGES as M } from "../messages/two-year";
import { normalizeText } from "../text/normalize";
import { parseCell } from "../vocabulary/parse-cell";
import type { ParsedCell } from "../vocabulary/parsed-cell";
import { fieldLabel } from "../vocabulary/label";
import { isCapacitySheetName } from "../detect/labels";
import { SheetView } from "../detect/sheet-view";
import type { RuleDefinition, RuleHit } from "./rule";

/** One row of a capacity sheet: a field (or field at a site) and how many residents it takes per block. */
export interface CapacityEntry {
  readonly field: string;
  readonly subs: readonly string[];
  readonly label: string;
  readonly site?: string;
  readonly capacity: number;
}

export interface CapacitySubject {
  readonly grid: Grid;
  readonly entries: readonly CapacityEntry[];
}

const FIELD_HEADER = new Set(["診療科", "研修科", "分野", "field", "department"]);
const CAPACITY_HEADER = new Set(["定員", "capacity", "受入数", "受入人数"]);
const SITE_HEADER = new Set(["施設", "研修施設", "病院", "site", "hospital"]);

/** A capacity row whose number cannot be read (`-3`, `たくさん`, `#REF!`): reported, never dropped silently. */
export interface UnreadableCapacity {
  readonly sheet: string;
  /** The capacity cell. */
  readonly cell: string;
  readonly text: string;
  readonly label: string;
}

/**
 * Reads a sheet named `定員` (or `Capacity`) with a header row `診療科 | 定員 [| 施設]` (CONTRACT §5);
 * the field text is matched as grid cells are. Rows whose field cannot be read, or whose capacity is
 * empty, are skipped; see {@link readCapacitySheet} for the rows whose number cannot be read.
 */
export function readCapacity(sheets: readonly SheetData[]): CapacityEntry[] {
  return readCapacitySheet(sheets).entries;
}

/** {@link readCapacity}, with the rows of a known field whose capacity is not a whole number of 0 or more. */
export function readCapacitySheet(sheets: readonly SheetData[]): { entries: CapacityEntry[]; unreadable: UnreadableCapacity[] } {
  const none = { entries: [], unreadable: [] };
  const sheet = sheets.find((s) => isCapacitySheetName(s.name));
  if (!sheet) return none;
  const view = new SheetView(sheet);
  for (let row = view.top; row < Math.min(view.end, view.top + 20); row++) {
    let fieldCol: number | undefined;
    let capCol: number | undefined;
    let siteCol: number | undefined;
    for (let col = view.left; col < view.right; col++) {
      const key = view.key(row, col).toLowerCase();
      if (FIELD_HEADER.has(key)) fieldCol = col;
      else if (CAPACITY_HEADER.has(key)) capCol = col;
      else if (SITE_HEADER.has(key)) siteCol = col;
    }
    if (fieldCol === undefined || capCol === undefined) continue;
    const entries: CapacityEntry[] = [];
    const unreadable: UnreadableCapacity[] = [];
    for (let r = row + 1; r < view.end; r++) {
      const parsed = parseCell(view.value(r, fieldCol));
      const raw = view.value(r, capCol);
      const text = cellText(raw).trim();
      if (parsed.kind !== "rotation" || text === "") continue;
      const capacity = typeof raw === "number" ? raw : Number(normalizeText(text).replace(/[名人]$/, ""));
      if (typeof raw !== "string" && typeof raw !== "number" || !Number.isInteger(capacity) || capacity < 0 || normalizeText(text).replace(/[名人]$/, "") === "") {
        unreadable.push({ sheet: sheet.name, cell: view.address(r, capCol), text, label: fieldLabel(parsed) });
        continue;
      }
      const site = siteCol !== undefined ? cellText(view.value(r, siteCol)).trim() : "";
      entries.push({ field: parsed.field, subs: parsed.subs, label: fieldLabel(parsed), capacity, ...(site ? { site } : {}) });
    }
    return { entries, unreadable };
  }
  return none;
}

/** A capacity that cannot be read: the field goes unchecked, and the coordinator is told which cell. */
export const CAPACITY_UNREADABLE_RULE: RuleDefinition<readonly UnreadableCapacity[], Readonly<Record<string, number>>> = {
  id: "capacity-unreadable",
  severity: "warning",
  group: "national",
  source: "CONTRACT §5: the 定員 sheet's capacity per field (a number of residents per block)",
  description: { ja: "定員シートの定員が数値として読めない", en: "A capacity on the 定員 sheet is not a number" },
  params: {},
  paramSpecs: {},
  check(rows) {
    return rows.map((row) => ({ cells: [row.cell], message: M.capacityUnreadable(row.label, row.cell, row.text), facts: { field: row.label } }));
  },
};

/**
 * Whether a block (what its cell says, where it is done) takes one of an entry's places: the same
 * field, every subspecialty the entry names, and the entry's site when it names one.
 */
export function countsToward(entry: CapacityEntry, parsed: ParsedCell, siteText: string | undefined): boolean {
  if (parsed.kind !== "rotation" || parsed.field !== entry.field) return false;
  if (!entry.subs.every((s) => parsed.subs.includes(s))) return false;
  return !entry.site || (siteText ?? "").includes(normalizeText(entry.site));
}

export const CAPACITY_RULE: RuleDefinition<CapacitySubject, Readonly<Record<string, number>>> = {
  id: "capacity",
  severity: "error",
  group: "national",
  source: "CONTRACT §1, §5: a program's capacity per field (and site) per block, from its 定員 sheet",
  description: { ja: "診療科 (施設) ごと・ブロックごとの定員", en: "Capacity per field (and site) per block" },
  params: {},
  paramSpecs: {},
  check({ grid, entries }) {
    const hits: RuleHit[] = [];
    const blocks = Math.max(0, ...grid.plans.map((p) => p.slots.length));
    for (const entry of entries) {
      for (let i = 0; i < blocks; i++) {
        const cells: string[] = [];
        for (const plan of grid.plans) {
          const slot = plan.slots[i];
          if (!slot || !countsToward(entry, slot.parsed, slot.site?.text)) continue;
          cells.push(slot.cell);
        }
        if (cells.length > entry.capacity) hits.push({
            cells,
            message: M.capacity(entry.label, i + 1, cells.length, entry.capacity, entry.site),
            facts: { field: entry.subs.length ? `${entry.field}/${entry.subs.join("・")}` : entry.field, actual: cells.length, max: entry.capacity, unit: "residents", block: i + 1, ...(entry.site ? { site: entry.site } : {}) },
          });
      }
    }
    return hits;
  },
};

/** The address of a capacity sheet's cell, for messages that point at it. */
