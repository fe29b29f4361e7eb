import type { PlanRequest, PlanResult, WorkerMessage } from "./protocol";

export class PlanCancelled extends Error {
  override readonly name = "PlanCancelled";
}

export interface RunningPlan {
  readonly result: Promise<PlanResult>;
  /** Stops the solver at once (the worker is terminated); `result` rejects with {@link PlanCancelled}. */
  readonly cancel: () => void;
}

/** The planner's worker, fetched (with HiGHS) the first time a plan is asked for. */
const spawnPlanner = async (): Promise<Worker> => (await import("./spawn-worker")).spawnPlanner();

/**
 * Starts planning in a new Web Worker (one per run: cancelling terminates it, and the next run
 * starts clean). `onProgress` hears the stages (model, solve, check).
 */
export function startPlanning(
  request: PlanRequest,
  onProgress: (stage: "model" | "solve" | "check", done: number, total: number) => void,
  spawn: () => Promise<Worker> = spawnPlanner
): RunningPlan {
  let settle: { resolve: (r: PlanResult) => void; reject: (e: Error) => void } | undefined;
  const result = new Promise<PlanResult>((resolve, reject) => (settle = { resolve, reject }));
  let worker: Worker | undefined;
  let cancelled = false;
  const finish = () => worker?.terminate();

  const listen = (w: Worker) => {
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress")
        return onProgress(message.stage, message.done, message.total);
      finish();
      if (message.type === "done") settle?.resolve(message.result);
      else settle?.reject(new Error(message.detail));
    };
    w.onerror = (event) => {
      finish();
      settle?.reject(new Error(event.message || "the planner could not start"));
    };
  };

  spawn().then(
    (w) => {
      worker = w;
      if (cancelled) return finish();
      listen(w);
      w.postMessage(request);
    },
    (error: unknown) => settle?.reject(error instanceof Error ? error : new Error(String(error)))
  );
  return {
    result,
    cancel: () => {
      cancelled = true;
      finish();
      settle?.reject(new PlanCancelled());
    },
  };
}
