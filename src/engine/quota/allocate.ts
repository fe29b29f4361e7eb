/**
 * The clinician-scientist course's places per basic field (seed 001 Ⅱ.2.(2); CONTRACT §3).
 *
 * Every field taking part gets `min` places; the remaining `R = total − min × (fields taking part)`
 * go by largest remainder on `applicants / Σ applicants × R`; a tie in remainder goes to the field
 * with more applicants, then to the one listed first; a field not taking part gets 0.
 */
import { QUOTA_MESSAGES } from "../messages/cs";
import { largestRemainder } from "../model/largest-remainder";
import { at } from "../model/invariant";
import { basicField } from "./basic-fields";

/** One basic field's line of the applicants table. */
export interface QuotaRow {
  readonly field: string;
  /** null: the field is not taking part. */
  readonly applicants: number | null;
}

/** One field's places, with its share of all applicants (0–1; 0 for a field not taking part). */
export interface QuotaAllocation {
  /** The field as the input writes it, so that each row matches its own line of the input. */
  readonly field: string;
  /** The Board's name of the field ("救急" in the input gives "救急科"). */
  readonly basicField: string;
  readonly applicants: number | null;
  readonly share: number;
  readonly places: number;
}

/** A problem with the input: `row` is the 1-based position in `rows` (0 when no row is to blame). */
export interface QuotaProblem {
  readonly row: number;
  readonly message: string;
  readonly message_en: string;
}

export type QuotaOutcome =
  | { ok: true; total: number; allocations: QuotaAllocation[] }
  | { ok: false; problems: QuotaProblem[] };

/** The seed's first intake (FY2021): 40 places. */
export const DEFAULT_QUOTA_TOTAL = 40;
/** The seed's "最低限１枠". */
export const DEFAULT_QUOTA_MIN = 1;

/**
 * Allocates the course's places among the basic fields.
 *
 * - Fields are matched to the 19 basic fields after NFKC, with common aliases (`救急` → `救急科`);
 *   the allocations carry the Board's names, one per input row, in input order.
 * - Bad input is a `{ ok: false }` outcome listing every problem, never an exception: a field that is
 *   empty, not one of the 19 or given twice; a count that is negative, not a number or not whole; a
 *   total or min that is not a whole number ≥ 0; a total smaller than `min × fields taking part`
 *   (row 0).
 * - When no field taking part has an applicant (Σ applicants = 0), the remaining places have nothing
 *   to be shared by: each field taking part gets `min` and the rest stay unallocated (the places
 *   then add up to less than `total`).
 *
 * @example
 * allocateQuota([{ field: "内科", applicants: 3 }, { field: "外科", applicants: 1 }, { field: "眼科", applicants: null }], { total: 6 })
 * // → { ok: true, total: 6, allocations: [
 * //      { field: "内科", applicants: 3, share: 0.75, places: 4 },   // 1 + 3 (of R = 4: 3.0)
 * //      { field: "外科", applicants: 1, share: 0.25, places: 2 },   // 1 + 1 (1.0)
 * //      { field: "眼科", applicants: null, share: 0, places: 0 } ] }
 */
export function allocateQuota(rows: readonly QuotaRow[], options: { total?: number; min?: number } = {}): QuotaOutcome {
  return allocateQuotaAt(rows, rows.map((_r, i) => i + 1), options);
}

/**
 * {@link allocateQuota}, with the row number each problem should name (a file's line, a sheet's
 * row) given per input row.
 */
export function allocateQuotaAt(
  rows: readonly QuotaRow[],
  rowNumbers: readonly number[],
  options: { total?: number; min?: number } = {},
): QuotaOutcome {
  const total = options.total ?? DEFAULT_QUOTA_TOTAL;
  const min = options.min ?? DEFAULT_QUOTA_MIN;
  const problems: QuotaProblem[] = [];
  const problem = (row: number, msg: { ja: string; en: string }): void => {
    problems.push({ row, message: msg.ja, message_en: msg.en });
  };

  if (!isWholeAtLeastZero(total)) problem(0, QUOTA_MESSAGES.badTotal(String(total)));
  if (!isWholeAtLeastZero(min)) problem(0, QUOTA_MESSAGES.badMin(String(min)));
  if (rows.length === 0) problem(0, QUOTA_MESSAGES.noRows());

  /** Each row's field as written and as its basic field (the text where it names none). */
  const named: Array<{ written: string; basic: string }> = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    const row = rowNumbers[i] ?? i + 1;
    const text = String(r.field ?? "").trim();
    const field = text === "" ? undefined : basicField(text);
    if (text === "") problem(row, QUOTA_MESSAGES.emptyField(row));
    else if (!field) problem(row, QUOTA_MESSAGES.unknownField(row, text));
    else {
      const earlier = firstRowOf.get(field);
      if (earlier !== undefined) problem(row, QUOTA_MESSAGES.duplicate(row, field, earlier));
      else firstRowOf.set(field, row);
    }
    named.push({ written: text, basic: field ?? text });

    const a = r.applicants;
    if (a === null) return;
    if (typeof a !== "number" || !Number.isFinite(a)) problem(row, QUOTA_MESSAGES.notNumber(row, String(a)));
    else if (a < 0) problem(row, QUOTA_MESSAGES.negative(row, String(a)));
    else if (!Number.isInteger(a)) problem(row, QUOTA_MESSAGES.notInteger(row, String(a)));
  });

  const taking = rows.filter((r) => r.applicants !== null).length;
  if (problems.length === 0 && total < min * taking) problem(0, QUOTA_MESSAGES.totalTooSmall(total, min, taking));
  if (problems.length > 0) return { ok: false, problems };

  const applicants = rows.map((r) => r.applicants);
  const sum = applicants.reduce<number>((s, a) => s + (a ?? 0), 0);
  const rest = total - min * taking;
  // Minimum first: the minimums are given above; the rest is shared by the engine's one
  // largest-remainder core (exact integer remainders; ties to more applicants, then listed first).
  const places = largestRemainder(applicants.map((a) => a ?? 0), rest);
  return {
    ok: true,
    total,
    allocations: rows.map((r, i) => {
      const { written, basic } = at(named, i, "one name per row");
      return {
        field: written,
        basicField: basic,
        applicants: r.applicants,
        share: r.applicants === null || sum === 0 ? 0 : r.applicants / sum,
        places: r.applicants === null ? 0 : min + at(places, i, "largestRemainder gives one share per row"),
      };
    }),
  };
}

function isWholeAtLeastZero(n: number): boolean {
  return typeof n === "number" && Number.isInteger(n) && n >= 0;
}
