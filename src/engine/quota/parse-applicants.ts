/**
 * Reads the applicants table (CONTRACT §3: two columns, field and applicants, with a header row)
 * from rows of cell values, as an adapter hands them over (a CSV's text cells, a sheet's values).
 */
import type { CellValue } from "../model/cell";
import { cellText, isCellError } from "../model/cell";
import { QUOTA_MESSAGES } from "../messages/cs";
import { allocateQuotaAt, type QuotaOutcome, type QuotaProblem, type QuotaRow } from "./allocate";
import { basicField } from "./basic-fields";
import { normalizeText } from "../text/normalize";

/** The table read: one row per field, and the 1-based row of the input each came from. */
export interface ApplicantsTable {
  readonly rows: QuotaRow[];
  readonly sourceRows: number[];
}

export type ApplicantsParse = { ok: true; table: ApplicantsTable } | { ok: false; problems: QuotaProblem[]; table: ApplicantsTable };

/** A count cell that means "not taking part": empty, a dash, 不参加, N/A. */
const NOT_TAKING_PART = /^(|[-‐－―—–ー]+|不参加|参加しない|なし|n\/?a)$/i;
/** A row that sums the others up, skipped. */
const TOTAL_ROW = /^(合計|計|総数|総計|total|sum)$/i;

/**
 * Parses the applicants table. The first non-empty row is a header unless its first cell names a
 * basic field or its second holds a count. Rows with both cells empty and a closing 合計 / total row are skipped.
 * Counts may be numbers or text (`12`, `１２`, `12人`, `12名`); an empty, `-` or `不参加` count
 * marks a field not taking part. A count that is not a number is a problem naming the row.
 *
 * @param firstRow the 1-based row number of `cells[0]` in the file or sheet (1 by default).
 * @example
 * parseApplicants([["領域", "応募者数"], ["内科", 9], ["眼科", "-"]])
 * // → { ok: true, table: { rows: [{ field: "内科", applicants: 9 }, { field: "眼科", applicants: null }], sourceRows: [2, 3] } }
 */
export function parseApplicants(cells: ReadonlyArray<ReadonlyArray<CellValue>>, firstRow = 1): ApplicantsParse {
  const rows: QuotaRow[] = [];
  const sourceRows: number[] = [];
  const problems: QuotaProblem[] = [];
  let headerSeen = false;
  cells.forEach((line, i) => {
    const row = firstRow + i;
    const fieldText = cellText(line[0] ?? null).trim();
    const countCell = line[1] ?? null;
    const countText = cellText(countCell).trim();
    if (fieldText === "" && countText === "") return;
    if (!headerSeen) {
      headerSeen = true;
      // The header row: its first cell names no basic field and its second is no count.
      if (!basicField(fieldText) && typeof readCount(countCell) !== "number") return;
    }
    if (TOTAL_ROW.test(normalizeText(fieldText))) return;
    const count = readCount(countCell);
    if (count === "bad") {
      const msg = QUOTA_MESSAGES.notNumber(row, countText);
      problems.push({ row, message: msg.ja, message_en: msg.en });
    }
    rows.push({ field: fieldText, applicants: count === "bad" ? null : count });
    sourceRows.push(row);
  });
  const table = { rows, sourceRows };
  return problems.length ? { ok: false, problems, table } : { ok: true, table };
}

/** The places, and for each allocation the row of the input it came from (as `firstRow` counts). */
export type QuotaTableOutcome =
  | (Extract<QuotaOutcome, { ok: true }> & { readonly sourceRows: readonly number[] })
  | Extract<QuotaOutcome, { ok: false }>;

/**
 * Parses the table and allocates the places: problems from both steps, each naming its row of the
 * input, in row order; one problem when no row names a basic field (no applicants table at all).
 * One reading of the table for `rota quota` and `=ROTA.QUOTA`.
 */
export function allocateQuotaTable(
  cells: ReadonlyArray<ReadonlyArray<CellValue>>,
  options: { total?: number; min?: number; firstRow?: number } = {},
): QuotaTableOutcome {
  const parsed = parseApplicants(cells, options.firstRow ?? 1);
  // A sheet that is no applicants table at all (a rotation grid, a letter): one problem, not one per row.
  if (parsed.table.rows.length > 0 && !parsed.table.rows.some((r) => basicField(r.field))) {
    const msg = QUOTA_MESSAGES.noTable();
    return { ok: false, problems: [{ row: 0, message: msg.ja, message_en: msg.en }] };
  }
  const outcome = allocateQuotaAt(parsed.table.rows, parsed.table.sourceRows, options);
  if (parsed.ok) return outcome.ok ? { ...outcome, sourceRows: parsed.table.sourceRows } : outcome;
  const problems = [...parsed.problems, ...(outcome.ok ? [] : outcome.problems.filter((p) => p.row !== 0))];
  problems.sort((a, b) => a.row - b.row);
  return { ok: false, problems };
}

function readCount(cell: CellValue): number | null | "bad" {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "bad";
  if (typeof cell === "boolean" || cell instanceof Date || isCellError(cell)) return "bad";
  const text = normalizeText(cell).replace(/,/g, "");
  if (NOT_TAKING_PART.test(text)) return null;
  const m = /^(-?\d+(?:\.\d+)?)(人|名)?$/.exec(text);
  return m ? Number(m[1]) : "bad";
}
