import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { areaFromA1, areaToA1, findGrids, fromA1, type CourseId, type Finding } from "../../engine";
import { runCheck, type CheckResult } from "../check/run-check";
import { chooseScope, type CheckScope } from "../check/scope";
import { planHighlights } from "../highlight/plan";
import type { Strings } from "../i18n";
import { planRowInsertion, type RowInsertionPlan } from "../insert/cohort-row";
import { newSheetWrite } from "../insert/new-sheet";
import { renderTemplate, templateSheetName, type TemplateRequest } from "../insert/templates";
import type { HighlightOutcome, WorkbookPort, WriteOutcome } from "../workbook/port";
import { toRanges } from "../workbook/ranges";
import { INITIAL_STATE, reduce, type Area, type Busy, type PaneState } from "./state";

/** How long typing must pause before the automatic re-check runs. */
export const RECHECK_DELAY_MS = 1500;

export type Destination = "new-sheet" | "row";

export interface PaneActions {
  readonly check: () => Promise<void>;
  readonly highlight: () => Promise<void>;
  readonly clear: () => Promise<void>;
  readonly select: (finding: Finding) => Promise<void>;
  readonly setAutoRecheck: (on: boolean) => void;
  readonly insert: (request: TemplateRequest, destination: Destination) => Promise<void>;
  readonly confirmInsert: () => Promise<void>;
  readonly cancelInsert: () => void;
  readonly showMore: () => void;
  readonly dismiss: (area: Area) => void;
}

/**
 * The pane's behaviour: every button's work, through the workbook port only. One task at a time;
 * each shows its stage and progress, and reports what happened as a notice.
 */
export function usePane(
  port: WorkbookPort,
  strings: Strings
): { state: PaneState; actions: PaneActions } {
  const [state, dispatch] = useReducer(reduce, INITIAL_STATE);
  const latest = useRef(state);
  latest.current = state;
  const running = useRef(false);

  const busy = (b: Busy | null) => dispatch({ type: "busy", busy: b });
  const notify = useCallback(
    (area: Area, intent: "success" | "warning" | "error" | "info", text: string) =>
      dispatch({ type: "notify", notice: { area, intent, text } }),
    []
  );

  /** Runs one task at a time; a failure of Excel itself becomes a notice, never an uncaught error. */
  const task = useCallback(
    async (area: Area, work: () => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      try {
        await work();
      } catch (error) {
        notify(
          area,
          "error",
          strings.failed(error instanceof Error ? error.message : String(error))
        );
      } finally {
        running.current = false;
        busy(null);
      }
    },
    [notify, strings]
  );

  const check = useCallback(
    async (
      target?: { sheet: string; scope: CheckScope },
      kind: Busy["task"] = "check"
    ): Promise<CheckResult> => {
      busy({ task: kind, stage: "read", progress: 0.1 });
      const ignore = latest.current.rotaSelection ?? undefined;
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
    [port]
  );

  const applyHighlights = useCallback(
    async (result: CheckResult): Promise<HighlightOutcome> => {
      busy({ task: "highlight", stage: "highlight", progress: 0.75 });
      const plan = planHighlights(
        result.sheet,
        result.report.findings,
        result.merges,
        strings.lang
      );
      return port.applyHighlights(plan);
    },
    [port, strings]
  );

  const reportHighlight = useCallback(
    (result: CheckResult, outcome: HighlightOutcome) => {
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
    [notify, strings]
  );

  const lastTarget = () => {
    const r = latest.current.result;
    return r ? { sheet: r.sheet, scope: r.scope } : undefined;
  };

  const actions = useMemo<PaneActions>(
    () => ({
      // Checking again replaces the highlights on the sheet, when it has Rota's (from any session).
      check: () =>
        task("check", async () => {
          dispatch({ type: "dismiss", area: "check" });
          const result = await check();
          if (result.highlighted) reportHighlight(result, await applyHighlights(result));
        }),
      // Highlighting checks again first (the sheet may have changed since): 1 + 2 round trips.
      highlight: () =>
        task("check", async () => {
          const result = await check(lastTarget(), "highlight");
          reportHighlight(result, await applyHighlights(result));
        }),
      clear: () =>
        task("check", async () => {
          busy({ task: "clear", stage: "clear", progress: 0.5 });
          const outcome = await port.clearHighlights();
          if (outcome.skipped.length > 0)
            notify("check", "warning", strings.clearSkipped(outcome.skipped.map((s) => s.sheet)));
          else if (outcome.cleared.length === 0) notify("check", "info", strings.nothingToClear);
          else notify("check", "success", strings.cleared(outcome.cleared));
        }),
      select: async (finding) => {
        const merges = latest.current.result?.merges ?? [];
        const ranges = toRanges(finding.cells, merges);
        if (ranges.length === 0) return;
        try {
          await port.select(finding.sheet, ranges);
          dispatch({ type: "selected", ranges });
        } catch (error) {
          notify(
            "check",
            "error",
            strings.failed(error instanceof Error ? error.message : String(error))
          );
        }
      },
      setAutoRecheck: (on) => dispatch({ type: "auto", on }),
      insert: (request, destination) =>
        task("templates", async () => {
          dispatch({ type: "dismiss", area: "templates" });
          busy({ task: "insert", stage: "insert", progress: 0.3 });
          if (destination === "new-sheet" || request.choice === "cs") {
            const outcome = await port.write(
              newSheetWrite(renderTemplate(request), templateSheetName(request))
            );
            if (outcome.ok)
              notify("templates", "success", strings.template.newSheetDone(outcome.sheet));
            else reportWrite(outcome, templateSheetName(request));
            return;
          }
          const snapshot = await port.read();
          if (snapshot.protected)
            return notify("templates", "error", strings.protectedSheet(snapshot.sheet.name));
          const selected = snapshot.selection[0];
          const at = selected
            ? (areaFromA1(selected) ??
              (fromA1(selected) ? { top: fromA1(selected)!.row } : undefined))
            : undefined;
          if (!at) return notify("templates", "error", strings.template.noSelection);
          const planned = planRowInsertion(
            snapshot.sheet,
            findGrids(snapshot.sheet),
            at.top,
            request.choice as CourseId,
            request.name
          );
          if (!planned.ok) {
            const t = strings.template;
            return notify(
              "templates",
              "error",
              planned.reason === "no-cohort"
                ? t.noCohort
                : planned.reason === "outside"
                  ? t.outside(planned.detail ?? "")
                  : t.mergeAcrossRows(planned.detail ?? "")
            );
          }
          if (planned.plan.conflicts.length > 0 || planned.plan.unmerged.length > 0)
            dispatch({ type: "pending", plan: planned.plan });
          else await writeRow(planned.plan);
        }),
      confirmInsert: () =>
        task("templates", async () => {
          const plan = latest.current.pending;
          dispatch({ type: "pending", plan: null });
          if (!plan) return;
          busy({ task: "insert", stage: "insert", progress: 0.6 });
          await writeRow(plan);
        }),
      cancelInsert: () => dispatch({ type: "pending", plan: null }),
      showMore: () => dispatch({ type: "more" }),
      dismiss: (area) => dispatch({ type: "dismiss", area }),
    }),
    [port, strings, task, check, applyHighlights, reportHighlight, notify]
  );

  function reportWrite(outcome: Extract<WriteOutcome, { ok: false }>, sheet: string): void {
    const t = strings.template;
    const text =
      outcome.reason === "protected"
        ? strings.protectedSheet(sheet)
        : outcome.reason === "changed"
          ? t.changed
          : outcome.reason === "missing-sheet"
            ? strings.missingSheet(sheet)
            : strings.failed(outcome.detail ?? outcome.reason);
    notify("templates", outcome.reason === "changed" ? "warning" : "error", text);
  }

  async function writeRow(plan: RowInsertionPlan): Promise<void> {
    const outcome = await port.write(plan.write);
    if (!outcome.ok) return reportWrite(outcome, plan.sheet);
    const t = strings.template;
    const extra = [
      plan.fitted ? t.fitted : "",
      plan.dropped.length > 0 ? t.dropped(plan.dropped) : "",
    ].filter((s) => s !== "");
    notify(
      "templates",
      plan.dropped.length > 0 ? "warning" : "success",
      [t.rowDone(outcome.sheet, plan.row + 1, outcome.range), ...extra].join(" ")
    );
    // Rota selected the row it wrote: not the user's choice of what to check next.
    if (plan.write.select) dispatch({ type: "selected", ranges: [areaToA1(plan.write.select)] });
    // The sheet on show was written to: show its findings as they are now.
    const shown = latest.current.result;
    if (shown && shown.sheet === plan.sheet)
      await check({ sheet: shown.sheet, scope: shown.scope });
  }

  // The automatic re-check: after a user's change, once typing has paused.
  useEffect(() => {
    if (!state.autoRecheck) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    let stopped = false;
    const recheck = () => {
      timer = undefined;
      if (running.current) {
        timer = setTimeout(recheck, RECHECK_DELAY_MS);
        return;
      }
      const target = lastTarget();
      void task("check", async () => {
        const result = await check(target);
        if (result.highlighted) reportHighlight(result, await applyHighlights(result));
      });
    };
    void port
      .onChange(() => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(recheck, RECHECK_DELAY_MS);
      })
      .then((off) => {
        if (stopped) void off();
        else unsubscribe = off;
      })
      .catch(() => notify("check", "error", strings.failed("onChanged")));
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      if (unsubscribe) void unsubscribe();
    };
  }, [state.autoRecheck, port]);

  return { state, actions };
}
