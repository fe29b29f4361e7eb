/**
 * `rota template A|B|C --into BOOK.xlsx [--sheet S] [--row N] [--name NAME] --out COPY.xlsx [--force]`:
 * a course template written as one resident's row of a cohort sheet, in a copy of the workbook.
 *
 * The engine plans the row (planCohortRow: the sheet's own blocks, its way of continuing a rotation,
 * the name and course columns) exactly as the task pane's 挿入 does; this reads the workbook, writes
 * the planned edits into a copy (the input is never changed) and checks the row written. A row
 * that is not empty is refused, naming its cells, rather than overwritten.
 */
import { applyEdits } from "../../engine/plan";
import { areaFromA1, checkWorkbook, planCohortRow, type CourseId, type Grid, type Severity } from "../../engine";
import { excelWorkbook, readWorkbook, WorkbookReadError, WorkbookWriteError, writeWorkbookFile } from "../../adapters/xlsx";
import { writeEdits } from "../../adapters/xlsx/write-edits";
import { CliError } from "../cli-error";
import { exists } from "../files";
import { FAIL, INTO_TEXT, RULES_TEXT } from "../messages";
import { findSheet, sameFile } from "./validate";

export interface TemplateIntoOptions {
  readonly into: string;
  readonly out: string;
  readonly sheet?: string;
  /** 1-based sheet row; by default the row below the grid's last resident. */
  readonly row?: number;
  readonly name?: string;
  readonly force?: boolean;
}

const isCohort = (g: Grid): boolean => g.layout !== "course-sheet" && g.plans.length > 0;

/** Runs `template --into`; returns the exit status, or throws a {@link CliError}. */
export async function runTemplateInto(course: CourseId, options: TemplateIntoOptions): Promise<number> {
  const { into: file, out } = options;
  if (!/\.xlsx$/i.test(out)) throw new CliError(FAIL.notXlsx(out));
  if (await sameFile(file, out)) throw new CliError(RULES_TEXT.sameFile(out));
  if (!options.force && (await exists(out))) throw new CliError(FAIL.exists(out));
  const loaded = await readWorkbook(file).catch((err: unknown) => {
    throw err instanceof WorkbookReadError ? new CliError(err.text) : err;
  });
  const names = loaded.sheets.map((s) => s.name);
  const wanted = options.sheet === undefined ? undefined : findSheet(names, options.sheet);
  if (options.sheet !== undefined && wanted === undefined) throw new CliError(FAIL.noSheet(file, options.sheet, names));

  // The grids as `rota validate` finds them (the workbook's 規則 sheet and its vocabulary included).
  const { grids } = checkWorkbook(loaded.sheets);
  const grid = grids.find((g) => isCohort(g) && (wanted === undefined || g.sheet === wanted));
  const sheet = loaded.sheets.find((s) => s.name === (grid?.sheet ?? wanted));
  if (!grid || !sheet) throw new CliError(INTO_TEXT.noCohort(file, wanted));
  const row0 = options.row !== undefined ? options.row - 1 : (areaFromA1(grid.range)?.bottom ?? 0) + 1;

  const planned = planCohortRow(sheet, grids.filter((g) => g.sheet === sheet.name), row0, course, options.name ?? "");
  if (!planned.ok) {
    if (planned.reason === "merge-across-rows") throw new CliError(INTO_TEXT.mergeAcross(planned.detail ?? ""));
    if (planned.reason === "outside") throw new CliError(INTO_TEXT.outside(planned.detail ?? String(row0 + 1)));
    throw new CliError(INTO_TEXT.noCohort(file, sheet.name));
  }
  const { plan } = planned;
  if (plan.conflicts.length > 0) throw new CliError(INTO_TEXT.conflicts(row0 + 1, plan.conflicts));

  const workbook = await excelWorkbook(loaded).catch((err: unknown) => {
    throw err instanceof WorkbookReadError ? new CliError(err.text) : err;
  });
  writeEdits(workbook, [plan.edits]);
  await writeWorkbookFile(workbook, out).catch((err: unknown) => {
    throw err instanceof WorkbookWriteError ? new CliError(err.text) : err;
  });

  // The row as it now reads, checked as `rota validate` would check the copy.
  const after = checkWorkbook(applyEdits(loaded.sheets, [plan.edits]));
  const resident = after.grids.filter((g) => g.sheet === sheet.name).flatMap((g) => g.plans).find((p) => p.row === row0 + 1);
  const trainee = resident?.trainee ?? options.name ?? "";
  const findings = after.report.findings.filter((f) => f.sheet === sheet.name && resident !== undefined && f.trainee === resident.trainee);
  const count = (severity: Severity): number => findings.filter((f) => f.severity === severity).length;
  const lines = [INTO_TEXT.done(course, sheet.name, row0 + 1, trainee, out)];
  if (plan.fitted) lines.push(INTO_TEXT.fitted());
  if (plan.dropped.length > 0) lines.push(INTO_TEXT.dropped(plan.dropped));
  lines.push(INTO_TEXT.checked({ errors: count("error"), warnings: count("warning"), infos: count("info") }));
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
