/**
 * The solver adapter: HiGHS (MIT, compiled to WebAssembly by the `highs` package) behind the engine's
 * {@link LpSolver}. The same code runs in Node (the CLI) and in a Web Worker (the task pane); the
 * WebAssembly is loaded only when a plan is first asked for, once per process.
 */
import type { LpSolution, LpSolveOptions, LpSolver } from "../../engine/plan/solver";

// The module's type, for the loader below, which imports it only when a plan is solved.
// eslint-disable-next-line ts/consistent-type-imports
type HighsModule = typeof import("highs");
type Highs = Awaited<ReturnType<HighsModule["default"]>>;
type InitOptions = NonNullable<Parameters<HighsModule["default"]>[0]>;

let loading: Promise<Highs> | undefined;

/**
 * Loads HiGHS once (later calls share it). `init` tells a browser where `highs.wasm` is served
 * (`locateFile`) or hands over its bytes; Node finds it beside the package's loader.
 */
export function loadHighs(init: InitOptions = {}): Promise<Highs> {
  loading ??= import("highs").then((m) => {
    const loader = (m as unknown as { default?: HighsModule["default"] }).default ?? (m as unknown as HighsModule["default"]);
    return loader(init);
  });
  loading.catch(() => {
    loading = undefined; // a failed load may be tried again
  });
  return loading;
}

/** The engine's solver, on HiGHS. */
export function highsSolver(init: InitOptions = {}): LpSolver {
  return async (lp: string, options: LpSolveOptions): Promise<LpSolution> => {
    const highs = await loadHighs(init);
    return solveWith(highs, lp, options);
  };
}

/** One solve; HiGHS's outcome in the engine's terms (never throws for an infeasible or stopped model). */
export function solveWith(highs: Pick<Highs, "solve">, lp: string, options: LpSolveOptions): LpSolution {
  let result;
  try {
    result = highs.solve(lp, {
      output_flag: false,
      ...(options.timeLimit !== undefined ? { time_limit: options.timeLimit } : {}),
      ...(options.relativeGap !== undefined ? { mip_rel_gap: options.relativeGap } : {}),
      ...(options.absoluteGap !== undefined ? { mip_abs_gap: options.absoluteGap } : {}),
    });
  } catch (err) {
    return { status: "error", detail: err instanceof Error ? err.message : String(err) };
  }
  const status = result.Status;
  const values = new Map<string, number>();
  for (const [name, column] of Object.entries(result.Columns)) {
    const entry: unknown = column;
    const primal = typeof entry === "object" && entry !== null && "Primal" in entry ? entry.Primal : undefined;
    if (typeof primal === "number") values.set(name, primal);
  }
  const found = values.size > 0;
  switch (status) {
    case "Optimal":
      return { status: "optimal", values };
    case "Time limit reached":
    case "Iteration limit reached":
      return found ? { status: "time-limit", values } : { status: "time-limit" };
    case "Infeasible":
      return { status: "infeasible" };
    default:
      return found ? { status: "time-limit", values, detail: status } : { status: "error", detail: status };
  }
}
