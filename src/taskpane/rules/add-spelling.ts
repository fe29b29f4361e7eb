import { cellText, FIELDS, type CellValue, type Finding, type SheetData } from "../../engine";
import { isRulesSheetName, normalizeText } from "../../engine";
import type { BlockWrite } from "../workbook/port";

/** A text the last check could not read, and what it may have meant. */
export interface UnknownSpelling {
  readonly text: string;
  readonly suggestion?: string;
  /** How many findings said it. */
  readonly count: number;
}

/** The distinct texts of the `unknown-rotation` findings (from their facts), most frequent first. */
export function unknownSpellings(findings: readonly Finding[]): UnknownSpelling[] {
  const byText = new Map<string, { text: string; suggestion?: string; count: number }>();
  for (const f of findings) {
    if (f.rule !== "unknown-rotation" || !f.facts?.text) continue;
    const seen = byText.get(f.facts.text);
    if (seen) seen.count++;
    else
      byText.set(f.facts.text, {
        text: f.facts.text,
        ...(f.facts.suggestion ? { suggestion: f.facts.suggestion } : {}),
        count: 1,
      });
  }
  return [...byText.values()].sort((a, b) => b.count - a.count);
}

/** The fields a spelling may be said to mean: every field, and 内科's subspecialties (内科(血液) …). */
export const FIELD_CHOICES: readonly string[] = FIELDS.flatMap((f) => [
  f.id,
  ...(f.subs ?? []).map((s) => `${f.id}(${s.id})`),
]);

const key = (v: CellValue | undefined): string => normalizeText(cellText(v ?? null));

/**
 * One write that adds `text` → `field` to the workbook's vocabulary: a row at the end of the 規則
 * sheet (書き方 | 分野; a 書き方 column is added to its header when it has none), or a new 規則
 * sheet of that one row. Writes only empty cells (the row below the table), and only if they are
 * still empty when written. Pure.
 */
export function spellingWrite(
  related: readonly SheetData[],
  text: string,
  field: string
): BlockWrite {
  const sheet = related.find((s) => isRulesSheetName(s.name));
  const base = { unmerge: [], merges: [], formats: [], columnWidths: [], lists: [] } as const;
  if (!sheet) {
    return {
      ...base,
      target: { kind: "new-sheet", name: "規則" },
      blocks: [
        {
          top: 0,
          left: 0,
          values: [
            ["書き方", "分野"],
            [text, field],
          ],
        },
      ],
      formats: [{ area: { top: 0, left: 0, bottom: 0, right: 1 }, format: { bold: true } }],
      columnWidths: [
        { col: 0, chars: 14 },
        { col: 1, chars: 14 },
      ],
    };
  }
  const top = sheet.origin?.row ?? 0;
  const left = sheet.origin?.col ?? 0;
  const headerAt = Math.max(
    0,
    sheet.rows.findIndex((r) => r.some((v) => key(v) === "分野"))
  );
  const header = sheet.rows[headerAt] ?? [];
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const fieldCol = header.findIndex((v) => key(v) === "分野");
  let spellingCol = header.findIndex((v) => ["書き方", "表記", "略称"].includes(key(v)));
  const blocks: Array<{ top: number; left: number; values: CellValue[][] }> = [];
  if (spellingCol < 0) {
    spellingCol = width;
    blocks.push({ top: top + headerAt, left: left + spellingCol, values: [["書き方"]] });
  }
  const row = top + sheet.rows.length;
  const right = Math.max(width - 1, spellingCol, fieldCol);
  const values: CellValue[] = Array.from({ length: right + 1 }, () => null);
  values[spellingCol] = text;
  values[Math.max(0, fieldCol)] = field;
  blocks.push({ top: row, left, values: [values] });
  return {
    ...base,
    target: {
      kind: "existing",
      sheet: sheet.name,
      expect: {
        area: { top: row, left, bottom: row, right: left + right },
        values: [Array.from({ length: right + 1 }, () => null)],
      },
    },
    blocks,
  };
}
