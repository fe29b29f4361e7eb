/**
 * Whole numbers in proportion to weights, by largest remainder (Hamilton's method): the one
 * apportionment of the engine. Two callers, two policies on top of it:
 *
 * - the clinician-scientist quota (quota/allocate.ts) is *minimum first*: every field taking part
 *   gets its minimum outside this core, and only the rest is shared here (`atLeast` 0);
 * - fitting a course into a sheet's blocks (templates/fit-blocks.ts) is *share first*: the blocks
 *   are shared by the rotations' weeks, each rotation kept at `atLeast` 1 block while the year has
 *   room, the excess taken back from those furthest above their share.
 *
 * Shares are compared exactly, as integers over the common denominator Σ weights (`w × seats −
 * count × Σw`), never as floating-point fractions: whole-number weights give exact ties, and ties
 * go to the larger `tieBreak` value, then to the earlier entry.
 */
export interface LargestRemainderOptions {
  /** The least each entry gets while there are seats for all (share first); 0 by default. */
  readonly atLeast?: number;
  /** Compared on a tie in remainder, larger first (the applicants, a rotation's weeks); the weights by default. */
  readonly tieBreak?: readonly number[];
}

/**
 * `seats` whole seats shared among the entries in proportion to `weights` (each ≥ 0): the floor of
 * each exact share, raised to `atLeast` when `seats ≥ atLeast × entries` (then taken back, one at a
 * time, from the entry furthest above its share that has more than `atLeast`), and the seats left
 * given one at a time to the largest remainders. Σ weights = 0 shares nothing: every entry gets 0.
 * On a tie, seats are given to the larger tie-break value, then the earlier entry, and taken back
 * from the earlier entry.
 *
 * @example largestRemainder([3, 1], 4)                  // → [3, 1]
 * @example largestRemainder([1, 1, 10], 4, { atLeast: 1 }) // → [1, 1, 2]
 * @example largestRemainder([1, 1], 1)                  // → [1, 0] (a tie: the earlier)
 */
export function largestRemainder(weights: readonly number[], seats: number, options: LargestRemainderOptions = {}): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0 || seats <= 0) return weights.map(() => 0);
  const tie = options.tieBreak ?? weights;
  const counts = weights.map((w) => Math.floor((w * seats) / sum));
  /** How far the entry's count lies below its exact share, times Σ weights (exact for whole weights). */
  const below = (i: number): number => (weights[i] ?? 0) * seats - (counts[i] ?? 0) * sum;
  const floor = options.atLeast !== undefined && seats >= options.atLeast * weights.length ? options.atLeast : 0;
  if (floor > 0) for (let i = 0; i < counts.length; i++) counts[i] = Math.max(floor, counts[i] ?? 0);
  let placed = counts.reduce((s, c) => s + c, 0);
  // Too many (the floor pushed it over): take from the one furthest above its share, the earlier on a tie.
  while (placed > seats) {
    let pick = -1;
    for (let i = 0; i < counts.length; i++) if ((counts[i] ?? 0) > floor && (pick < 0 || below(i) < below(pick))) pick = i;
    if (pick < 0) break;
    counts[pick] = (counts[pick] ?? 0) - 1;
    placed--;
  }
  // Too few: give to the largest remainder, then the larger tie-break value, then the earlier.
  while (placed < seats) {
    let pick = 0;
    for (let i = 1; i < counts.length; i++) {
      const d = below(i) - below(pick);
      if (d > 0 || (d === 0 && (tie[i] ?? 0) > (tie[pick] ?? 0))) pick = i;
    }
    counts[pick] = (counts[pick] ?? 0) + 1;
    placed++;
  }
  return counts;
}
