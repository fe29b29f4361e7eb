import type { SheetData } from "../../engine";
import type { PlanMode, PlanOutcome } from "../../engine/plan";

/**
 * Messages between the task pane and the planner's Web Worker (planner.worker.ts). The worker
 * holds the solver (HiGHS's WebAssembly, loaded only when planning is asked for), so the pane stays
 * responsive while it runs and a cancel is `worker.terminate()`.
 */
export interface PlanRequest {
  readonly mode: PlanMode;
  /** The sheet to plan (its grids) and the sheets it needs (定員, 希望, 規則). */
  readonly sheets: readonly SheetData[];
  readonly sheet: string;
  /** Seconds per grid. */
  readonly timeLimit: number;
}

/** What the pane keeps of an outcome (the sheets as written stay in the worker). */
export type PlanResult = Pick<
  PlanOutcome,
  "ok" | "status" | "changes" | "edits" | "reasons" | "stats"
> & {
  readonly summary: PlanOutcome["after"]["summary"];
};

export type WorkerMessage =
  | {
      readonly type: "progress";
      readonly stage: "model" | "solve" | "check";
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: "done"; readonly result: PlanResult }
  | { readonly type: "failed"; readonly detail: string };
