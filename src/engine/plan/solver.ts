/**
 * What the engine asks of a MIP solver, and what it reads back. The engine never loads one: an
 * adapter (src/adapters/solver) runs HiGHS in Node or in a Web Worker and hands this over.
 */
export interface LpSolveOptions {
  /** Seconds; the best plan found so far comes back when it is reached. */
  readonly timeLimit?: number;
  /** Relative MIP gap at which the solver may stop (0 proves the optimum). */
  readonly relativeGap?: number;
  /** Absolute MIP gap at which the solver may stop. */
  readonly absoluteGap?: number;
}

export type LpStatus =
  | "optimal" // proved best
  | "time-limit" // stopped at the time limit (values are the best found, if any)
  | "infeasible" // no solution at all (a model with slack on every rule should never be)
  | "error";

export interface LpSolution {
  readonly status: LpStatus;
  /** Variable name → value; absent when no solution was found. */
  readonly values?: ReadonlyMap<string, number>;
  /** What the solver said, for a failure. */
  readonly detail?: string;
}

/** A solver: LP text in, values out. */
export type LpSolver = (lp: string, options: LpSolveOptions) => Promise<LpSolution>;
