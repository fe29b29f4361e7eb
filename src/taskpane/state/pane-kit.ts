import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, type Dispatch } from "react";
import { runCheck, type CheckResult } from "../check/run-check";
import { chooseScope, type CheckScope } from "../check/scope";
import { planHighlights } from "../highlight/plan";
import type { Strings } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import { INITIAL_STATE, reduce, type Action, type Area, type Busy, type PaneState } from "./state";

/** Which sheet, and which part of it, a check looks at. */
export interface CheckTarget {
  readonly sheet: string;
  readonly scope: CheckScope;
}

export type Intent = "success" | "warning" | "error" | "info";

/**
 * What every task of the pane shares: the workbook, the strings, the state and its reducer, the
 * one-task-at-a-time runner, notices, and the check (with its highlights) that several tasks run
 * again after they change the sheet. Stable across renders (it changes only with the port or the
 * language), so task hooks can list it as their one dependency.
 */
export interface PaneKit {
  readonly port: WorkbookPort;
  readonly strings: Strings;
  readonly dispatch: Dispatch<Action>;
  /** The state as of the last render: for work that runs on after an `await`. */
  readonly latest: () => PaneState;
  /** A task is running (the runner starts one at a time). */
  readonly running: () => boolean;
  /** Shows which task is at which stage (or none, with `null`). */
  readonly busy: (busy: Busy | null) => void;
  /** One notice per area: the newest says what happened last. */
  readonly notify: (area: Area, intent: Intent, text: string) => void;
  /**
   * Runs one task at a time (a second one asked for meanwhile is ignored); a failure of Excel
   * itself becomes a notice in `area`, never an uncaught error; the busy bar goes when it ends.
   */
  readonly task: (area: Area, work: () => Promise<void>) => Promise<void>;
  /** Reads and checks a sheet (the target's, or the active sheet in the scope the user chose). */
  readonly check: (target?: CheckTarget, kind?: Busy["task"]) => Promise<CheckResult>;
  /** Puts a check's highlights on its sheet and says what happened. */
  readonly showHighlights: (result: CheckResult) => Promise<void>;
  /** What the findings on show were checked on, to check the same again. */
  readonly lastTarget: () => CheckTarget | undefined;
}

/** The pane's state and the kit its task hooks (`use-*.ts` here) are built from. */
export function usePaneKit(
  port: WorkbookPort,
  strings: Strings
): { state: PaneState; kit: PaneKit } {
  const [state, dispatch] = useReducer(reduce, INITIAL_STATE);
  const latestState = useRef(state);
  useLayoutEffect(() => {
    latestState.current = state;
  });
  const runningTask = useRef(false);

  const latest = useCallback(() => latestState.current, []);
  const running = useCallback(() => runningTask.current, []);
  const busy = useCallback((b: Busy | null) => dispatch({ type: "busy", busy: b }), []);
  const notify = useCallback(
    (area: Area, intent: Intent, text: string) =>
      dispatch({ type: "notify", notice: { area, intent, text } }),
    []
  );

  const task = useCallback(
    async (area: Area, work: () => Promise<void>) => {
      if (runningTask.current) return;
      runningTask.current = true;
      try {
        await work();
      } catch (error) {
        notify(
          area,
          "error",
          strings.failed(error instanceof Error ? error.message : String(error))
        );
      } finally {
        runningTask.current = false;
        busy(null);
      }
    },
    [busy, notify, strings]
  );

  const check = useCallback(
    async (target?: CheckTarget, kind: Busy["task"] = "check"): Promise<CheckResult> => {
      busy({ task: kind, stage: "read", progress: 0.1 });
      const ignore = latestState.current.rotaSelection ?? undefined;
      const result = await runCheck(
        port,
        (snapshot) => target?.scope ?? chooseScope(snapshot, ignore),
        (stage) => {
          if (stage === "check") busy({ task: kind, stage: "check", progress: 0.5 });
        },
        target?.sheet
      );
      dispatch({ type: "checked", result });
      return result;
    },
    [busy, port]
  );

  const showHighlights = useCallback(
    async (result: CheckResult): Promise<void> => {
      busy({ task: "highlight", stage: "highlight", progress: 0.75 });
      const outcome = await port.applyHighlights(
        planHighlights(result.sheet, result.report.findings, result.merges, strings.lang)
      );
      if (!outcome.ok) {
        const text =
          outcome.reason === "protected"
            ? strings.protectedSheet(result.sheet)
            : outcome.reason === "missing-sheet"
              ? strings.missingSheet(result.sheet)
              : strings.failed(outcome.detail ?? outcome.reason);
        notify("check", "error", text);
      } else if (outcome.ranges === 0 && outcome.notes === 0)
        notify("check", "info", strings.nothingToHighlight);
      else if (!outcome.notesSupported)
        notify(
          "check",
          "warning",
          `${strings.highlighted(outcome.ranges, 0)} ${strings.notesUnsupported}`
        );
      else notify("check", "success", strings.highlighted(outcome.ranges, outcome.notes));
    },
    [busy, notify, port, strings]
  );

  const lastTarget = useCallback((): CheckTarget | undefined => {
    const r = latestState.current.result;
    return r ? { sheet: r.sheet, scope: r.scope } : undefined;
  }, []);

  const kit = useMemo<PaneKit>(
    () => ({
      port,
      strings,
      dispatch,
      latest,
      running,
      busy,
      notify,
      task,
      check,
      showHighlights,
      lastTarget,
    }),
    [port, strings, latest, running, busy, notify, task, check, showHighlights, lastTarget]
  );
  return { state, kit };
}
