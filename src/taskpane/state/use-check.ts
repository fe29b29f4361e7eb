import { useMemo } from "react";
import type { Finding } from "../../engine";
import { toRanges } from "../workbook/ranges";
import type { PaneKit } from "./pane-kit";

export interface CheckActions {
  /** Checks the active sheet (or the selection); replaces Rota's highlights when it has them. */
  readonly check: () => Promise<void>;
  /** Selects a finding's cells on the sheet. */
  readonly select: (finding: Finding) => Promise<void>;
  /** Shows the next page of residents. */
  readonly showMore: () => void;
}

/** 検証: check the sheet, select a finding's cells, page through the residents. */
export function useCheckTask(kit: PaneKit): CheckActions {
  return useMemo<CheckActions>(
    () => ({
      // Checking again replaces the highlights on the sheet, when it has Rota's (from any session).
      check: () =>
        kit.task("check", async () => {
          kit.dispatch({ type: "dismiss", area: "check" });
          const result = await kit.check();
          if (result.highlighted) await kit.showHighlights(result);
        }),
      select: async (finding) => {
        const ranges = toRanges(finding.cells, kit.latest().result?.merges ?? []);
        if (ranges.length === 0) return;
        try {
          await kit.port.select(finding.sheet, ranges);
          kit.dispatch({ type: "selected", ranges });
        } catch (error) {
          kit.notify(
            "check",
            "error",
            kit.strings.failed(error instanceof Error ? error.message : String(error))
          );
        }
      },
      showMore: () => kit.dispatch({ type: "more" }),
    }),
    [kit]
  );
}
