import { useMemo } from "react";
import type { PaneKit } from "./pane-kit";

export interface HighlightActions {
  /** Checks again (the sheet may have changed) and colours the offending cells, with notes. */
  readonly highlight: () => Promise<void>;
  /** Takes off Rota's highlights, and nothing of the user's formatting. */
  readonly clear: () => Promise<void>;
}

/** ハイライト and 解除. */
export function useHighlightTask(kit: PaneKit): HighlightActions {
  return useMemo<HighlightActions>(
    () => ({
      // Highlighting checks again first (the sheet may have changed since): 1 + 2 round trips.
      highlight: () =>
        kit.task("check", async () => {
          const result = await kit.check(kit.lastTarget(), "highlight");
          await kit.showHighlights(result);
        }),
      clear: () =>
        kit.task("check", async () => {
          kit.busy({ task: "clear", stage: "clear", progress: 0.5 });
          const outcome = await kit.port.clearHighlights();
          const s = kit.strings;
          if (outcome.skipped.length > 0)
            kit.notify("check", "warning", s.clearSkipped(outcome.skipped.map((x) => x.sheet)));
          else if (outcome.cleared.length === 0) kit.notify("check", "info", s.nothingToClear);
          else kit.notify("check", "success", s.cleared(outcome.cleared));
        }),
    }),
    [kit]
  );
}
