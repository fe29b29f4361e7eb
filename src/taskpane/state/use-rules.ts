import { useMemo, useState } from "react";
import { RULES_STRINGS } from "../rules/rules-strings";
import { spellingWrite } from "../rules/add-spelling";
import { rulesTabModel, startingSheetWrite, type RulesTabModel } from "../rules/rules-tab";
import type { PaneKit } from "./pane-kit";

export interface RulesTask {
  /** What the tab shows; null until loaded. */
  readonly model: RulesTabModel | null;
  /** Reads the workbook's 規則 sheet (with the active sheet) and lists the rules in force. */
  readonly load: () => Promise<void>;
  /** Adds a 規則 sheet of the current values, unless the workbook has one. */
  readonly writeStarting: () => Promise<void>;
  /** A spelling waiting for the coordinator's confirmation before it is written. */
  readonly pendingSpelling: { readonly text: string; readonly field: string } | null;
  /** Asks to add `text` → `field` to the workbook's vocabulary (the 規則 sheet); nothing is written yet. */
  readonly proposeSpelling: (text: string, field: string) => void;
  /** Writes the spelling waiting for confirmation. */
  readonly confirmSpelling: () => Promise<void>;
  readonly cancelSpelling: () => void;
}

/** 規則: the rules in force and where they come from; writes the starting 規則 sheet. */
export function useRulesTask(kit: PaneKit): RulesTask {
  const [model, setModel] = useState<RulesTabModel | null>(null);
  const [pendingSpelling, setPending] = useState<{ text: string; field: string } | null>(null);
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
      proposeSpelling: (text: string, field: string) => setPending({ text, field }),
      cancelSpelling: () => setPending(null),
    };
  }, [kit]);
  const confirmSpelling = useMemo(
    () => () =>
      kit.task("rules", async () => {
        const wanted = pendingSpelling;
        setPending(null);
        if (!wanted) return;
        const t = RULES_STRINGS[kit.strings.lang];
        const snapshot = await kit.port.read();
        const outcome = await kit.port.write(
          spellingWrite([snapshot.sheet, ...snapshot.related], wanted.text, wanted.field)
        );
        if (!outcome.ok)
          return kit.notify("rules", "error", t.failed(outcome.detail ?? outcome.reason));
        kit.notify("rules", "success", t.spellingAdded(wanted.text, wanted.field, outcome.sheet));
        setModel(
          rulesTabModel([
            ...(await kit.port.read({ sheet: snapshot.sheet.name })).related,
            snapshot.sheet,
          ])
        );
      }),
    [kit, pendingSpelling]
  );
  return { model, pendingSpelling, confirmSpelling, ...actions };
}
