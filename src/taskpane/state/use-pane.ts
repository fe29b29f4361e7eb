import { useMemo } from "react";
import type { Strings } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import { usePaneKit, type PaneKit } from "./pane-kit";
import type { Area, PaneState } from "./state";
import { useAutoRecheckTask, type AutoRecheckActions } from "./use-auto-recheck";
import { useCheckTask, type CheckActions } from "./use-check";
import { useHighlightTask, type HighlightActions } from "./use-highlight";
import { useInsertTask, type InsertActions } from "./use-insert";

export { RECHECK_DELAY_MS } from "./use-auto-recheck";
export type { Destination } from "./use-insert";

/** What the pane's views can ask for: every task's actions, and dismissing a notice. */
export type PaneActions = CheckActions &
  HighlightActions &
  AutoRecheckActions &
  InsertActions & {
    readonly dismiss: (area: Area) => void;
  };

/**
 * The pane's behaviour: every button's work, through the workbook port only. One task at a time;
 * each shows its stage and progress, and reports what happened as a notice.
 *
 * Each task lives in a hook of its own (`use-<task>.ts`), built from the shared `PaneKit`
 * (`pane-kit.ts`: port, strings, reducer, one-task runner, notices, check and highlights). To add
 * a task to the pane:
 *   1. write `use-<task>.ts`: `export function use<Task>Task(kit: PaneKit): <Task>Actions`, its
 *      actions in a `useMemo(…, [kit])` that run their work through `kit.task(area, …)`; state of
 *      its own stays in the hook (`useState`/`useReducer`) and is returned beside its actions;
 *   2. call it below and add its actions to `PaneActions` (or, for a view with state of its own,
 *      call the hook in `App.tsx` with the `kit` this returns and hand the result to the view);
 *   3. its view in `components/<Task>View.tsx`, its tab in `App.tsx`, its words in `i18n.ts`
 *      (and a notice `Area` / busy `Task` in `state.ts` when it needs its own).
 */
export function usePane(
  port: WorkbookPort,
  strings: Strings
): { state: PaneState; actions: PaneActions; kit: PaneKit } {
  const { state, kit } = usePaneKit(port, strings);
  const check = useCheckTask(kit);
  const highlight = useHighlightTask(kit);
  const auto = useAutoRecheckTask(kit, state.autoRecheck);
  const insert = useInsertTask(kit);
  const actions = useMemo<PaneActions>(
    () => ({
      ...check,
      ...highlight,
      ...auto,
      ...insert,
      dismiss: (area) => kit.dispatch({ type: "dismiss", area }),
    }),
    [check, highlight, auto, insert, kit]
  );
  return { state, actions, kit };
}
