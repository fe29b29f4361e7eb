/**
 * Fits a template's rotations (given in weeks) onto a sheet's own blocks: 4-week blocks take them
 * as they are; months (52/12 weeks) or blocks of other lengths take them in proportion, each
 * rotation at least one block while there are enough. Pure; used by the cohort-row planner
 * (cohort-row.ts), and for any writer that lays a course onto a sheet's own blocks.
 */
import { largestRemainder } from "../model/largest-remainder";

export interface FitRotation {
  readonly text: string;
  readonly weeks: number;
}

export interface FitResult {
  /** For each block of the year, the index of its rotation. */
  readonly assignment: readonly number[];
  /** Rotations that got no block (the year has fewer blocks than rotations). */
  readonly dropped: readonly number[];
}

/**
 * Gives each block of a year one rotation, in order: rotation i gets about
 * `weeks_i / Σ weeks × blocks` consecutive blocks, and at least one while the year has room for
 * every rotation. Share first, by the engine's one largest-remainder core
 * (model/largest-remainder.ts): a tie in remainder goes to the longer rotation, then the earlier;
 * the excess the minimum of one makes is taken back from the rotation furthest above its share.
 *
 * @example fitBlocks([{ text: "内科", weeks: 8 }, { text: "外科", weeks: 4 }], 3).assignment // → [0, 0, 1]
 * @example fitBlocks([{ text: "内科", weeks: 8 }, { text: "外科", weeks: 4 }], 2).assignment // → [0, 1]  (months: 8 + 4 weeks in 2 months)
 */
export function fitBlocks(rotations: readonly FitRotation[], blocks: number): FitResult {
  if (rotations.length === 0 || blocks <= 0)
    return {
      assignment: new Array<number>(Math.max(0, blocks)).fill(-1),
      dropped: rotations.map((_, i) => i),
    };
  const positive = rotations.map((r) => Math.max(0, r.weeks));
  // Rotations of no length at all are shared evenly.
  const weights = positive.some((w) => w > 0) ? positive : positive.map(() => 1);
  const counts = largestRemainder(weights, blocks, { atLeast: 1, tieBreak: rotations.map((r) => r.weeks) });
  const assignment: number[] = [];
  counts.forEach((c, i) => {
    for (let k = 0; k < c; k++) assignment.push(i);
  });
  return { assignment, dropped: counts.flatMap((c, i) => (c === 0 ? [i] : [])) };
}

/**
 * 4-week blocks take a template's rotations as they are: each rotation `round(weeks / 4)` blocks
 * (at least one), in order; a year with fewer blocks drops the rotations that find none, and a
 * year with more leaves its last blocks empty (-1).
 *
 * @example fitFourWeekBlocks([{ text: "内科", weeks: 8 }, { text: "外科", weeks: 4 }], 4) // → { assignment: [0, 0, 1, -1], dropped: [] }
 */
export function fitFourWeekBlocks(rotations: readonly FitRotation[], blocks: number): FitResult {
  const assignment: number[] = [];
  const dropped: number[] = [];
  rotations.forEach((r, i) => {
    const n = Math.max(1, Math.round(r.weeks / 4));
    if (assignment.length >= blocks) dropped.push(i);
    for (let k = 0; k < n && assignment.length < blocks; k++) assignment.push(i);
  });
  while (assignment.length < blocks) assignment.push(-1);
  return { assignment, dropped };
}
