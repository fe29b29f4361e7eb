import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { SheetData } from "../../engine";
import { planWrite } from "../plan/plan-write";
import { PlanCancelled, startPlanning, type RunningPlan } from "../plan/planner-client";
import type { PlanRequest, PlanResult } from "../plan/protocol";
import { PLAN_STRINGS } from "../plan/strings";
import type { PaneKit } from "./pane-kit";

/** A proposal waiting for the user: what the planner would write, made from this sheet as read. */
export interface PlanProposal {
  readonly mode: PlanRequest["mode"];
  readonly sheet: SheetData;
  readonly result: PlanResult;
}

export interface PlanActions {
  /** Makes a proposal (自動作成: `plan`; 修正案: `fix`) for the active sheet, in a Web Worker. */
  readonly propose: (mode: PlanRequest["mode"]) => Promise<void>;
  /** Stops the solver (the worker is terminated); nothing is written. */
  readonly cancel: () => void;
  /** Writes the proposal, guarded: only if the cells still hold what it was made from. */
  readonly apply: () => Promise<void>;
  readonly discard: () => void;
  /** Selects a proposed cell on the sheet (to see where it goes before writing). */
  readonly select: (sheet: string, cell: string) => Promise<void>;
}

/** How long the solver may run per grid in the pane, in seconds. */
const TIME_LIMIT = 60;
const STAGE_PROGRESS = { model: 0.15, solve: 0.4, check: 0.85 } as const;

/** 自動作成 / 修正案: the planner in a Web Worker, its proposal shown first, written on confirmation. */
export function usePlanTask(
  kit: PaneKit,
  start: typeof startPlanning = startPlanning
): { proposal: PlanProposal | null; stage: string | null; actions: PlanActions } {
  const [proposal, setProposal] = useState<PlanProposal | null>(null);
  const [stage, setStage] = useState<string | null>(null);
  const running = useRef<RunningPlan | null>(null);
  const latestProposal = useRef<PlanProposal | null>(null);
  useLayoutEffect(() => {
    latestProposal.current = proposal;
  });

  const actions = useMemo<PlanActions>(() => {
    const words = PLAN_STRINGS[kit.strings.lang];
    return {
      propose: (mode) =>
        kit.task("plan", async () => {
          kit.dispatch({ type: "dismiss", area: "plan" });
          setProposal(null);
          kit.busy({ task: "plan", stage: "read", progress: 0.05 });
          const snapshot = await kit.port.read();
          const request: PlanRequest = {
            mode,
            sheets: [snapshot.sheet, ...snapshot.related],
            sheet: snapshot.sheet.name,
            timeLimit: TIME_LIMIT,
          };
          const run = start(request, (s) => {
            setStage(words.stage(s));
            kit.busy({ task: "plan", stage: "plan", progress: STAGE_PROGRESS[s] });
          });
          running.current = run;
          try {
            const result = await run.result;
            if (result.status === "no-grid") return kit.notify("plan", "info", words.noGrid);
            if (result.ok && result.changes.length === 0)
              return kit.notify(
                "plan",
                "success",
                mode === "fix" ? words.nothingToFix : words.nothingToFill
              );
            setProposal({ mode, sheet: snapshot.sheet, result });
          } catch (error) {
            if (error instanceof PlanCancelled) return kit.notify("plan", "info", words.cancelled);
            kit.notify(
              "plan",
              "error",
              words.failed(error instanceof Error ? error.message : String(error))
            );
          } finally {
            running.current = null;
            setStage(null);
          }
        }),
      cancel: () => running.current?.cancel(),
      apply: () =>
        kit.task("plan", async () => {
          const p = latestProposal.current;
          setProposal(null);
          if (!p) return;
          kit.busy({ task: "plan", stage: "insert", progress: 0.6 });
          let cells = 0;
          for (const edits of p.result.edits) {
            const outcome = await kit.port.write(planWrite(p.sheet, edits));
            if (!outcome.ok) {
              const text =
                outcome.reason === "changed"
                  ? words.changed
                  : outcome.reason === "protected"
                    ? kit.strings.protectedSheet(edits.sheet)
                    : kit.strings.failed(outcome.detail ?? outcome.reason);
              return kit.notify("plan", outcome.reason === "changed" ? "warning" : "error", text);
            }
            cells += edits.writes.length;
          }
          kit.notify("plan", "success", words.applied(cells));
          const shown = kit.latest().result;
          if (shown && shown.sheet === p.sheet.name)
            await kit.check({ sheet: shown.sheet, scope: shown.scope });
        }),
      discard: () => setProposal(null),
      select: async (sheet, cell) => {
        await kit.port.select(sheet, [cell]);
        kit.dispatch({ type: "selected", ranges: [cell] });
      },
    };
  }, [kit, start]);
  return { proposal, stage, actions };
}
