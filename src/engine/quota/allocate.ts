/**
 * The clinician-scientist course's places per basic field (seed 001 Ⅱ.2.(2); CONTRACT §3).
 */

/** One basic field's line of the applicants table. */
export interface QuotaRow {
  readonly field: string;
  /** null: the field is not taking part. */
  readonly applicants: number | null;
}

/** One field's places, with its share of the applicants (0–1). */
export interface QuotaAllocation {
  readonly field: string;
  readonly applicants: number | null;
  readonly share: number;
  readonly places: number;
}

export type QuotaOutcome =
  | { ok: true; total: number; allocations: QuotaAllocation[] }
  | { ok: false; problems: { row: number; message: string; message_en: string }[] };

/** Allocates `total` places (default 40), `min` (default 1) to every field taking part, the rest by largest remainder. */
export function allocateQuota(rows: readonly QuotaRow[], options: { total?: number; min?: number } = {}): QuotaOutcome {
  const total = options.total ?? 40;
  const min = options.min ?? 1;
  const taking = rows.filter((r) => r.applicants !== null);
  const sum = taking.reduce((s, r) => s + (r.applicants ?? 0), 0);
  const rest = total - min * taking.length;
  if (rest < 0) return { ok: false, problems: [{ row: 0, message: "定員が最低数の合計より少ない", message_en: "total below minimums" }] };
  const exact = rows.map((r) => (r.applicants === null || sum === 0 ? 0 : (r.applicants / sum) * rest));
  const places = rows.map((r, i) => (r.applicants === null ? 0 : min + Math.floor(exact[i]!)));
  return {
    ok: true,
    total,
    allocations: rows.map((r, i) => ({ field: r.field, applicants: r.applicants, share: sum === 0 || r.applicants === null ? 0 : r.applicants / sum, places: places[i]! })),
  };
}
