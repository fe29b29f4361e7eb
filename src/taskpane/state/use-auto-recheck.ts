import { useEffect, useMemo } from "react";
import type { PaneKit } from "./pane-kit";

/** How long typing must pause before the automatic re-check runs. */
export const RECHECK_DELAY_MS = 1500;

export interface AutoRecheckActions {
  readonly setAutoRecheck: (on: boolean) => void;
}

/**
 * 自動再検証: while on, every change the user makes to the workbook re-checks what is on show
 * (and replaces the highlights, when it has them) once typing has paused for RECHECK_DELAY_MS;
 * a task running then is waited for.
 */
export function useAutoRecheckTask(kit: PaneKit, on: boolean): AutoRecheckActions {
  useEffect(() => {
    if (!on) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    let stopped = false;
    const recheck = () => {
      timer = undefined;
      if (kit.running()) {
        timer = setTimeout(recheck, RECHECK_DELAY_MS);
        return;
      }
      const target = kit.lastTarget();
      void kit.task("check", async () => {
        const result = await kit.check(target);
        if (result.highlighted) await kit.showHighlights(result);
      });
    };
    kit.port
      .onChange(() => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(recheck, RECHECK_DELAY_MS);
      })
      .then((off) => {
        if (stopped) void off();
        else unsubscribe = off;
      })
      .catch(() => kit.notify("check", "error", kit.strings.failed("onChanged")));
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      if (unsubscribe) void unsubscribe();
    };
  }, [on, kit]);

  return useMemo(() => ({ setAutoRecheck: (v) => kit.dispatch({ type: "auto", on: v }) }), [kit]);
}
