/**
 * The planner's Web Worker: runs the engine's planWorkbook with HiGHS off the pane's thread.
 * webpack bundles it as its own entry (planner.js) with highs.wasm beside it; neither is loaded
 * until the user asks for a plan, so the pane's first paint and the functions bundle do not grow.
 */
import { highsSolver } from "../../adapters/solver/highs";
import { planWorkbook } from "../../engine/plan";
import type { PlanRequest, WorkerMessage } from "./protocol";

/** What the worker uses of its global scope (typed here: the project's lib is the DOM's, not the worker's). */
const scope: {
  onmessage: ((event: MessageEvent<PlanRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
} = self;
const solve = highsSolver();

scope.onmessage = (event) => {
  const request = event.data;
  planWorkbook(
    request.sheets,
    {
      mode: request.mode,
      sheet: request.sheet,
      timeLimit: request.timeLimit,
      onProgress: (stage, done, total) =>
        scope.postMessage({ type: "progress", stage, done, total }),
    },
    solve
  )
    .then((o) =>
      scope.postMessage({
        type: "done",
        result: {
          ok: o.ok,
          status: o.status,
          changes: o.changes,
          edits: o.edits,
          reasons: o.reasons,
          stats: o.stats,
          summary: o.after.summary,
        },
      })
    )
    .catch((error: unknown) =>
      scope.postMessage({
        type: "failed",
        detail: error instanceof Error ? error.message : String(error),
      })
    );
};
