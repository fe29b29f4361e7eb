/**
 * `rota validate WORKBOOK.xlsx [--sheet NAME] [--course A|B|C] [--format text|json]
 * [--annotate OUT.xlsx] [--lang ja|en]` (CONTRACT §3).
 *
 * Reads the workbook (never modifying it), lets the engine find and check every grid, prints the
 * report, and optionally writes an annotated copy. Exit status: 0 when no finding is an error, 1
 * when one is, 2 for bad usage, an unreadable workbook, or a workbook in which no grid was found.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { parseCourseId, type CourseId } from "../../engine";
import { CS_EDITION_IDS, resolveCsEdition, validateWorkbook } from "../../engine";
import { annotateWorkbook, excelWorkbook, readWorkbook, WorkbookReadError, WorkbookWriteError, writeWorkbookFile } from "../../adapters/xlsx";
import { CliError } from "../cli-error";
import type { Lang } from "../messages";
import { both, CLI, lines, DONE, FAIL, PROGRESS } from "../messages";
import { Progress } from "../progress";
import { jsonReport } from "../report-json";
import { textReport } from "../report-text";

export interface ValidateCliOptions {
  readonly sheet?: string;
  readonly course?: CourseId;
  readonly edition?: string;
  readonly format: "text" | "json";
  readonly annotate?: string;
  readonly lang: Lang;
}

/** The `validate` command, to add to the `rota` program. */
export function validateCommand(): Command {
  const v = CLI.validate;
  return new Command("validate")
    .summary(both(v.summary))
    .description(lines(v.description))
    .argument("<workbook>", both(v.workbook))
    .option("--sheet <name>", both(v.sheet))
    .option("--course <course>", both(v.course), parseCourse)
    .option("--edition <edition>", both(v.edition), parseEdition)
    .addOption(new Option("--format <format>", both(v.format)).choices(["text", "json"]).default("text"))
    .option("--annotate <out.xlsx>", both(v.annotate))
    .addOption(new Option("--lang <lang>", both(v.lang)).choices(["ja", "en"]).default("ja"))
    .action(async (file: string, options: ValidateCliOptions) => {
      process.exitCode = await runValidate(file, options);
    });
}

/** `--course a`, `Aコース`, `course A` are taken as A (as a course column reads them); anything else is bad usage. */
export function parseCourse(value: string): CourseId {
  const c = parseCourseId(value);
  if (c) return c;
  throw new InvalidArgumentError(both(FAIL.badCourse(value)));
}

/** A clinician-scientist edition in any spelling the engine knows (fy2024, 2024, R6, 令和6年度 …). */
export function parseEdition(value: string): string {
  const edition = resolveCsEdition(value);
  if (!edition) throw new InvalidArgumentError(both(FAIL.badEdition(value, CS_EDITION_IDS)));
  return edition.id;
}

/** Runs the command; returns the exit status, or throws a {@link CliError}. */
export async function runValidate(file: string, options: ValidateCliOptions): Promise<number> {
  const progress = new Progress(process.stderr, options.format === "text" && process.stderr.isTTY === true);
  try {
    if (options.annotate !== undefined) await checkAnnotateTarget(file, options.annotate);
    progress.show(PROGRESS.reading(file, options.lang));
    const loaded = await readWorkbook(file).catch((err: unknown) => {
      throw err instanceof WorkbookReadError ? new CliError(`rota: ${err.message}`) : err;
    });
    const names = loaded.sheets.map((s) => s.name);
    const sheet = options.sheet === undefined ? undefined : findSheet(names, options.sheet);
    if (options.sheet !== undefined && sheet === undefined) throw new CliError(FAIL.noSheet(file, options.sheet, names));

    const report = await validateWorkbook(loaded.sheets, {
      ...(sheet !== undefined ? { sheet } : {}),
      ...(options.course !== undefined ? { course: options.course } : {}),
      ...(options.edition !== undefined ? { csEdition: options.edition } : {}),
      onProgress: (done, total) => progress.tick(PROGRESS.checked(done, total, options.lang)),
    });
    progress.clear();
    if (report.grids.length === 0) throw new CliError(FAIL.noGrid(file, sheet));

    let annotated: number | undefined;
    if (options.annotate !== undefined) {
      const workbook = await excelWorkbook(loaded).catch((err: unknown) => {
        throw err instanceof WorkbookReadError ? new CliError(`rota: ${err.message}`) : err;
      });
      annotated = annotateWorkbook(workbook, report.findings, { lang: options.lang }).cells;
      await writeWorkbookFile(workbook, options.annotate).catch((err: unknown) => {
        throw err instanceof WorkbookWriteError ? new CliError(`rota: ${err.message}`) : err;
      });
    }

    if (options.format === "json") {
      process.stdout.write(`${JSON.stringify(jsonReport(file, report), null, 2)}\n`);
    } else {
      process.stdout.write(textReport(file, report, options.lang));
      if (annotated !== undefined && options.annotate !== undefined) process.stdout.write(`${DONE.annotated(options.annotate, annotated, options.lang)}\n`);
    }
    return report.summary.errors > 0 ? 1 : 0;
  } finally {
    progress.clear();
  }
}

/** The sheet by its exact name, else by the same name up to width and spacing (`２０２６年度` = `2026年度`). */
function findSheet(names: readonly string[], wanted: string): string | undefined {
  if (names.includes(wanted)) return wanted;
  const key = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  const near = names.filter((n) => key(n) === key(wanted));
  return near.length === 1 ? near[0] : undefined;
}

/** Refuses an output that is not .xlsx, or that is the input itself (same real path or same file). */
async function checkAnnotateTarget(input: string, out: string): Promise<void> {
  if (!/\.xlsx$/i.test(out)) throw new CliError(FAIL.annotateNotXlsx(out));
  if (await sameFile(input, out)) throw new CliError(FAIL.annotateOntoInput(out));
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const real = async (p: string): Promise<string> => {
    try {
      return await fs.realpath(p);
    } catch {
      const dir = path.dirname(path.resolve(p));
      const realDir = await fs.realpath(dir).catch(() => dir);
      return path.join(realDir, path.basename(p));
    }
  };
  if ((await real(a)) === (await real(b))) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino; // a hard link, or the same file by another case
  } catch {
    return false;
  }
}
