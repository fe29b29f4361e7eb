import { composeNote } from "../../engine";
import type { HighlightPlan } from "../workbook/port";
import { noteDigest } from "./digest";
import { restoreNote } from "./note-text";

/**
 * The record of Rota's highlights, kept in the workbook itself so that 解除 (clear) removes exactly
 * what Rota added, in this session or any later one, and nothing of the user's.
 *
 * - Kept as JSON text in the workbook's add-in settings under {@link RECORD_KEY} (Excel saves them
 *   in the file, ExcelApi 1.4; the in-memory workbook keeps them the same way).
 * - Per sheet: its id (stable across renames) and name, the ranges filled, and for each note Rota
 *   wrote the note that was there before (`original`, null for none) and a digest of what Rota
 *   wrote (see {@link serializeRecord}).
 * - Rota's conditional formats also carry a mark in their formula ({@link cfFormula}), so they are
 *   told from the user's even if the record were lost; the user's conditional formats are never
 *   touched.
 */
export const RECORD_KEY = "rota.highlights";

export { CF_MARK, cfFormula, isRotaFormula } from "../../engine/present/highlight-mark";

export interface NoteEntry {
  /** The cell (the top-left cell of a merged area). */
  readonly cell: string;
  /** The note before Rota wrote; null when there was none. */
  readonly original: string | null;
  /** The {@link noteDigest} of the note as Rota left it. */
  readonly digest: string;
}

export interface SheetHighlights {
  readonly id: string;
  readonly name: string;
  readonly fills: { readonly error: readonly string[]; readonly warning: readonly string[] };
  readonly notes: readonly NoteEntry[];
}

export interface HighlightRecord {
  readonly version: 1;
  readonly sheets: readonly SheetHighlights[];
}

export const EMPTY_RECORD: HighlightRecord = { version: 1, sheets: [] };

/**
 * The record as stored: compact, since a cohort of a thousand residents has thousands of noted
 * cells. `{"version":1,"sheets":[{"id":"{…}","name":"2026年度","fills":{"error":"H3:J3,B5","warning":"…"},
 * "notes":[["H3",null,"9e1f02aa"],["I4","指導医: 山田","03c4b2d1"]]}]}`: each note as its cell, the note
 * before Rota wrote (null for none) and the digest of what Rota wrote.
 */
export function serializeRecord(record: HighlightRecord): string {
  return JSON.stringify({
    version: 1,
    sheets: record.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      fills: { error: s.fills.error.join(","), warning: s.fills.warning.join(",") },
      notes: s.notes.map((n) => [n.cell, n.original, n.digest]),
    })),
  });
}

/** Reads a stored record; anything unreadable is an empty record (never throws). */
export function parseRecord(stored: unknown): HighlightRecord {
  let value: unknown = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      return EMPTY_RECORD;
    }
  }
  if (typeof value !== "object" || value === null || !("sheets" in value)) return EMPTY_RECORD;
  const sheets: unknown = value.sheets;
  if (!Array.isArray(sheets)) return EMPTY_RECORD;
  const ranges = (v: unknown): string[] => (typeof v === "string" && v !== "" ? v.split(",") : []);
  const out: SheetHighlights[] = [];
  const entries: readonly unknown[] = sheets;
  for (const o of entries) {
    if (typeof o !== "object" || o === null || !("id" in o) || !("name" in o)) continue;
    if (typeof o.id !== "string" || typeof o.name !== "string") continue;
    const fills = "fills" in o && typeof o.fills === "object" && o.fills !== null ? o.fills : {};
    const notes: readonly unknown[] = "notes" in o && Array.isArray(o.notes) ? o.notes : [];
    out.push({
      id: o.id,
      name: o.name,
      fills: {
        error: ranges("error" in fills ? fills.error : undefined),
        warning: ranges("warning" in fills ? fills.warning : undefined),
      },
      notes: notes.flatMap((n): NoteEntry[] => {
        if (!Array.isArray(n)) return [];
        const entry: readonly unknown[] = n;
        const [cell, original, digest] = entry;
        if (typeof cell !== "string" || typeof digest !== "string") return [];
        return [{ cell, original: typeof original === "string" ? original : null, digest }];
      }),
    });
  }
  return { version: 1, sheets: out };
}

/** The sheet's entry, by the sheet's id. */
export function sheetEntry(record: HighlightRecord, id: string): SheetHighlights | undefined {
  return record.sheets.find((s) => s.id === id);
}

/** The cells whose notes must be read before {@link highlightChange}: Rota's earlier ones and the new ones. */
export function notesToRead(
  record: HighlightRecord,
  sheetId: string,
  plan: HighlightPlan
): string[] {
  const cells = new Set<string>(sheetEntry(record, sheetId)?.notes.map((n) => n.cell) ?? []);
  for (const note of plan.notes) cells.add(note.cell);
  return [...cells];
}

export interface NoteWrite {
  readonly cell: string;
  /** The note's new text; null deletes the note. */
  readonly content: string | null;
}

/**
 * Puts a plan's notes on a sheet that may carry Rota's earlier highlights: the notes to write and
 * the record to keep. Rota's earlier notes that the plan does not repeat are restored; a cell the
 * plan notes keeps its user's text above Rota's lines.
 *
 * @param current the notes now at every cell of {@link notesToRead} (null: no note)
 * @param notes   false when the workbook has no notes (the plan's notes are then left out)
 */
export function highlightChange(
  record: HighlightRecord,
  sheet: { readonly id: string; readonly name: string },
  plan: HighlightPlan,
  current: ReadonlyMap<string, string | null>,
  notes: boolean
): { readonly writes: readonly NoteWrite[]; readonly record: HighlightRecord } {
  const before = new Map((sheetEntry(record, sheet.id)?.notes ?? []).map((n) => [n.cell, n]));
  const now = (cell: string) => current.get(cell) ?? null;
  const writes: NoteWrite[] = [];
  const entries: NoteEntry[] = [];
  const planned = new Set(notes ? plan.notes.map((n) => n.cell) : []);
  for (const [cell, old] of before) {
    if (planned.has(cell)) continue;
    const restored = restoreNote(old.original, old.digest, now(cell));
    if (restored !== now(cell)) writes.push({ cell, content: restored });
  }
  if (notes) {
    for (const note of plan.notes) {
      const old = before.get(note.cell);
      const base = old ? restoreNote(old.original, old.digest, now(note.cell)) : now(note.cell);
      const content = composeNote(base, note.lines);
      if (content !== now(note.cell)) writes.push({ cell: note.cell, content });
      entries.push({ cell: note.cell, original: base, digest: noteDigest(content) });
    }
  }
  const others = record.sheets.filter((s) => s.id !== sheet.id);
  const empty =
    plan.fills.error.length === 0 && plan.fills.warning.length === 0 && entries.length === 0;
  const entry: SheetHighlights = {
    id: sheet.id,
    name: sheet.name,
    fills: plan.fills,
    notes: entries,
  };
  return { writes, record: { version: 1, sheets: empty ? others : [...others, entry] } };
}

/**
 * Takes a sheet's highlights off: the notes to write (each back to what it was, see
 * {@link restoreNote}). The sheet's entry then leaves the record.
 */
export function clearChange(
  entry: SheetHighlights,
  current: ReadonlyMap<string, string | null>
): NoteWrite[] {
  const writes: NoteWrite[] = [];
  for (const note of entry.notes) {
    const now = current.get(note.cell) ?? null;
    const restored = restoreNote(note.original, note.digest, now);
    if (restored !== now) writes.push({ cell: note.cell, content: restored });
  }
  return writes;
}
