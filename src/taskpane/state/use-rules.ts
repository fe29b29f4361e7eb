import { useMemo, useState } from "react";
import { RULES_STRINGS } from "../rules/rules-strings";
import { rulesTabModel, startingSheetWrite, type RulesTabModel } from "../rules/rules-tab";
import type { PaneKit } from "./pane-kit";

export interface RulesTask {
  /** What the tab shows; null until loaded. */
  readonly model: RulesTabModel | null;
  /** Reads the workbook's 規則 sheet (with the active sheet) and lists the rules in force. */
  readonly load: () => Promise<void>;
  /** Adds a 規則 sheet of the current values, unless the workbook has one. */
  readonly writeStarting: () => Promise<void>;
}

/** 規則: the rules in force and where they come from; writes the starting 規則 sheet. */
export function useRulesTask(kit: PaneKit): RulesTask {
  const [model, setModel] = useState<RulesTabModel | null>(null);
  const actions = useMemo(() => {
    const t = RULES_STRINGS[kit.strings.lang];
    const read = async (): Promise<RulesTabModel> => {
      const snapshot = await kit.port.read();
      const next = rulesTabModel([snapshot.sheet, ...snapshot.related]);
      setModel(next);
      return next;
    };
    return {
      load: () =>
        kit.task("rules", async () => {
          kit.dispatch({ type: "dismiss", area: "rules" });
          await read();
        }),
      writeStarting: () =>
        kit.task("rules", async () => {
          kit.dispatch({ type: "dismiss", area: "rules" });
          const now = await read();
          if (now.kind === "unusable" || now.sheet !== null)
            return kit.notify("rules", "warning", t.exists(now.sheet ?? "規則"));
          const outcome = await kit.port.write(startingSheetWrite(now.profile));
          if (!outcome.ok)
            return kit.notify("rules", "error", t.failed(outcome.detail ?? outcome.reason));
          kit.notify("rules", "success", t.written(outcome.sheet));
          await read();
        }),
    };
  }, [kit]);
  return { model, ...actions };
}
