import { useMemo } from "react";
import { areaFromA1, areaToA1, findGrids, fromA1, type CourseId } from "../../engine";
import { planRowInsertion, type RowInsertionPlan } from "../insert/cohort-row";
import { newSheetWrite } from "../insert/new-sheet";
import { renderTemplate, templateSheetName, type TemplateRequest } from "../insert/templates";
import type { WriteOutcome } from "../workbook/port";
import type { PaneKit } from "./pane-kit";

/** Where a template goes: a sheet of its own, or the selected resident's row of a cohort sheet. */
export type Destination = "new-sheet" | "row";

export interface InsertActions {
  readonly insert: (request: TemplateRequest, destination: Destination) => Promise<void>;
  /** Writes the row insertion waiting for confirmation (it replaces cells or unmerges). */
  readonly confirmInsert: () => Promise<void>;
  readonly cancelInsert: () => void;
}

/** テンプレート: writes a course template on a new sheet or into a resident's row. */
export function useInsertTask(kit: PaneKit): InsertActions {
  return useMemo<InsertActions>(
    () => ({
      insert: (request, destination) =>
        kit.task("templates", async () => {
          kit.dispatch({ type: "dismiss", area: "templates" });
          kit.busy({ task: "insert", stage: "insert", progress: 0.3 });
          if (destination === "new-sheet" || request.choice === "cs") {
            const name = templateSheetName(request);
            const outcome = await kit.port.write(newSheetWrite(renderTemplate(request), name));
            if (outcome.ok)
              kit.notify("templates", "success", kit.strings.template.newSheetDone(outcome.sheet));
            else reportWrite(kit, outcome, name);
            return;
          }
          await insertRow(kit, request.choice, request.name);
        }),
      confirmInsert: () =>
        kit.task("templates", async () => {
          const plan = kit.latest().pending;
          kit.dispatch({ type: "pending", plan: null });
          if (!plan) return;
          kit.busy({ task: "insert", stage: "insert", progress: 0.6 });
          await writeRow(kit, plan);
        }),
      cancelInsert: () => kit.dispatch({ type: "pending", plan: null }),
    }),
    [kit]
  );
}

/** Plans the course into the selected row; asks first when it replaces cells or unmerges. */
async function insertRow(kit: PaneKit, course: CourseId, name: string): Promise<void> {
  const t = kit.strings.template;
  const snapshot = await kit.port.read();
  if (snapshot.protected)
    return kit.notify("templates", "error", kit.strings.protectedSheet(snapshot.sheet.name));
  const selected = snapshot.selection[0];
  const top = selected ? (areaFromA1(selected)?.top ?? fromA1(selected)?.row) : undefined;
  if (top === undefined) return kit.notify("templates", "error", t.noSelection);
  const planned = planRowInsertion(snapshot.sheet, findGrids(snapshot.sheet), top, course, name);
  if (!planned.ok)
    return kit.notify(
      "templates",
      "error",
      planned.reason === "no-cohort"
        ? t.noCohort
        : planned.reason === "outside"
          ? t.outside(planned.detail ?? "")
          : t.mergeAcrossRows(planned.detail ?? "")
    );
  if (planned.plan.conflicts.length > 0 || planned.plan.unmerged.length > 0)
    kit.dispatch({ type: "pending", plan: planned.plan });
  else await writeRow(kit, planned.plan);
}

function reportWrite(
  kit: PaneKit,
  outcome: Extract<WriteOutcome, { ok: false }>,
  sheet: string
): void {
  const s = kit.strings;
  const text =
    outcome.reason === "protected"
      ? s.protectedSheet(sheet)
      : outcome.reason === "changed"
        ? s.template.changed
        : outcome.reason === "missing-sheet"
          ? s.missingSheet(sheet)
          : s.failed(outcome.detail ?? outcome.reason);
  kit.notify("templates", outcome.reason === "changed" ? "warning" : "error", text);
}

async function writeRow(kit: PaneKit, plan: RowInsertionPlan): Promise<void> {
  const outcome = await kit.port.write(plan.write);
  if (!outcome.ok) return reportWrite(kit, outcome, plan.sheet);
  const t = kit.strings.template;
  const extra = [
    plan.fitted ? t.fitted : "",
    plan.dropped.length > 0 ? t.dropped(plan.dropped) : "",
  ].filter((s) => s !== "");
  kit.notify(
    "templates",
    plan.dropped.length > 0 ? "warning" : "success",
    [t.rowDone(outcome.sheet, plan.row + 1, outcome.range), ...extra].join(" ")
  );
  // Rota selected the row it wrote: not the user's choice of what to check next.
  if (plan.write.select) kit.dispatch({ type: "selected", ranges: [areaToA1(plan.write.select)] });
  // The sheet on show was written to: show its findings as they are now.
  const shown = kit.latest().result;
  if (shown && shown.sheet === plan.sheet)
    await kit.check({ sheet: shown.sheet, scope: shown.scope });
}
