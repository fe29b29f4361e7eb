/// <reference types="office-js" />
/**
 * The ribbon's commands (manifest.xml). 「ローテ検査」 opens the task pane by itself (ShowTaskpane);
 * 「再検査」 runs here: Excel recalculates when values change, but merging or unmerging cells changes
 * no value, so the ROTA functions would keep counting with the merges they last read. This forgets
 * every cached read and asks Excel for a full recalculation. It writes nothing to the workbook.
 */
import { clearCaches } from "../addin/runtime";

export async function recheck(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    clearCaches();
    await Excel.run(async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
  } catch {
    // Nothing to undo: the functions recalculate with fresh reads at Excel's next calculation.
  } finally {
    event?.completed();
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("recheck", (event: Office.AddinCommands.Event) => void recheck(event));
  });
}
