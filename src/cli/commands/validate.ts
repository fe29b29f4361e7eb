/**
 * `rota validate WORKBOOK.xlsx [--sheet NAME] [--course A|B|C] [--format text|json]
 * [--annotate OUT.xlsx] [--lang ja|en] [--rules FILE] [--show info] [--min-severity S]` (CONTRACT §3, §7).
 *
 * Reads the workbook (never modifying it), lets the engine find and check every grid, prints the
 * report, and optionally writes an annotated copy. Exit status: 0 when no finding is an error, 1
 * when one is, 2 for bad usage, an unreadable workbook, or a workbook in which no grid was found.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { Command, Option } from "commander";
import { labelKey, parseCourseId, type CourseId, type Profile, type Severity, type ValidationReport } from "../../engine";
import { CS_EDITION_IDS, profileChanges, resolveCsEdition, RuleConfigError, validateWorkbook } from "../../engine";
import { loadProfile } from "../profile-file";
import type { LoadedWorkbook } from "../../adapters/xlsx";
import { excelWorkbook, loadWorkbook, readWorkbook, WorkbookReadError, WorkbookWriteError, workbookBuffer, writeBytesFile } from "../../adapters/xlsx";
import { annotatePackage } from "../../adapters/workbook/annotate";
import { CliError } from "../cli-error";
import { exists } from "../files";
import type { Lang } from "../messages";
import { both, CLI, DONE, errorLine, FAIL, lines, PROFILE_FAIL, PROGRESS, REPORT } from "../messages";
import { Progress } from "../progress";
import { jsonReport, jsonReports } from "../report-json";
import { writeJson } from "../json-layout";
import { explainText } from "../explain-text";

import { textReport, totals } from "../report-text";
import { invalidArgument } from "../usage-error";

/** `--explain`'s help (issue 8). */
const EXPLAIN_OPTION = {
  ja: "各グリッドをどう読んだか (範囲・見出しと列の長さ・2年次の始まり・研修医の行・凡例・読み替えたセル) も示す",
  en: "also show how each grid was read (range, header and column lengths, where year 2 starts, residents' rows, legend, cells read as something else)",
};

export interface ValidateCliOptions {
  readonly sheet?: string;
  readonly course?: CourseId;
  readonly edition?: string;
  readonly format: "text" | "json";
  readonly annotate?: string;
  readonly force?: boolean;
  /** Also say how each grid was read (issue 8). */
  readonly explain?: boolean;
  /** The report's language (Japanese unless asked); errors are in both languages unless it is given. */
  readonly lang?: Lang;
  /** A program profile file (.json, .xlsx, .csv) in place of the workbook's 規則 sheet. */
  readonly rules?: string;
  /** `info`: list infos one by one instead of one folded line per resident. */
  readonly show?: "info";
  readonly minSeverity?: Severity;
}

/** The `validate` command, to add to the `rota` program. */
export function validateCommand(): Command {
  const v = CLI.validate;
  return new Command("validate")
    .summary(both(v.summary))
    .description(lines(v.description))
    .argument("<workbooks...>", both(v.workbook))
    .option("--sheet <name>", both(v.sheet))
    .option("--course <course>", both(v.course), parseCourse)
    .option("--edition <edition>", both(v.edition), parseEdition)
    .addOption(new Option("--format <format>", both(v.format)).choices(["text", "json"]).default("text"))
    .option("--annotate <out.xlsx>", both(v.annotate))
    .option("--force", both(v.force))
    .option("--explain", both(EXPLAIN_OPTION))
    .addOption(new Option("--lang <lang>", both(v.lang)).choices(["ja", "en"]))
    .option("--rules <file>", both(v.rules))
    .addOption(new Option("--show <what>", both(v.show)).choices(["info"]))
    .addOption(new Option("--min-severity <severity>", both(v.minSeverity)).choices(["error", "warning", "info"]))
    .action(async (files: string[], options: ValidateCliOptions) => {
      const [only, ...more] = files;
      process.exitCode = only !== undefined && more.length === 0 ? await runValidate(only, options) : await runValidateMany(files, options);
    });
}

/** `--course a`, `Aコース`, `course A` are taken as A (as a course column reads them); anything else is bad usage. */
export function parseCourse(value: string): CourseId {
  const c = parseCourseId(value);
  if (c) return c;
  throw invalidArgument(FAIL.badCourse(value));
}

/** A clinician-scientist edition in any spelling the engine knows (fy2024, 2024, R6, 令和6年度 …). */
export function parseEdition(value: string): string {
  const edition = resolveCsEdition(value);
  if (!edition) throw invalidArgument(FAIL.badEdition(value, CS_EDITION_IDS));
  return edition.id;
}

/** A workbook checked: its report, or why it could not be. */
type Checked = { readonly file: string; readonly report: ValidationReport } | { readonly file: string; readonly failure: CliError };

/** A report with the profile it was checked against (null: the shipped rules). */
interface Report {
  readonly report: ValidationReport;
  readonly profile: Profile | null;
}

/** The text report's options: folding, severity floor, and the profile's changes said once at the top. */
function textOptions(options: ValidateCliOptions, profile: Profile | null) {
  return {
    showInfo: options.show === "info",
    ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}),
    ...(profile ? { profile: { source: options.rules ?? profile.source, changes: profileChanges(profile) } } : {}),
  };
}

/** Runs the command on one workbook; returns the exit status, or throws a {@link CliError}. */
export async function runValidate(file: string, options: ValidateCliOptions): Promise<number> {
  const lang = options.lang ?? "ja";
  const progress = new Progress(process.stderr, options.format === "text" && process.stderr.isTTY === true);
  try {
    if (options.annotate !== undefined) await checkAnnotateTarget(file, options.annotate, options.force === true);
    const loaded = await load(file, options, progress, "");
    const { report, profile } = await check(loaded, file, options, progress, "");
    let annotated: number | undefined;
    if (options.annotate !== undefined) {
      progress.show(PROGRESS.writing(options.annotate, lang));
      // A surgical edit of the user's own package: Rota's marks added, every other part copied as it is.
      let copy: ReturnType<typeof annotatePackage>;
      try {
        // An .xls, .ods or .csv gets an .xlsx copy of its values and merges, then the same marks.
        const base = loaded.format === "xlsx" ? loaded.bytes : await workbookBuffer(await excelWorkbook(loaded));
        copy = annotatePackage(base, loaded.format === "xlsx" ? loaded.sheets : await sheetsOf(base, file), report.findings, { lang, label: file });
      } catch (err) {
        throw err instanceof WorkbookWriteError || err instanceof WorkbookReadError ? new CliError(err.text) : err;
      }
      annotated = copy.cells;
      await writeBytesFile(copy.bytes, options.annotate).catch((err: unknown) => {
        throw err instanceof WorkbookWriteError ? new CliError(err.text) : err;
      });
    }
    progress.clear();

    if (options.format === "json") {
      writeJson(jsonReport(file, report), (bytes) => process.stdout.write(bytes));
    } else {
      process.stdout.write(textReport(file, report, lang, textOptions(options, profile)));
      if (options.explain) process.stdout.write(explainText(report, lang));
      if (annotated !== undefined && options.annotate !== undefined) process.stdout.write(`${DONE.annotated(options.annotate, annotated, lang)}\n`);
    }
    return report.summary.errors > 0 ? 1 : 0;
  } finally {
    progress.clear();
  }
}

/**
 * Runs the command on several workbooks (`rota validate 2026/*.xlsx`): each one's report, then one
 * summary over all. A workbook that cannot be read or holds no grid is one line on stderr and does
 * not stop the others. Exit status: 2 when one could not be checked, else 1 when a finding is an
 * error, else 0.
 */
export async function runValidateMany(files: readonly string[], options: ValidateCliOptions): Promise<number> {
  const lang = options.lang ?? "ja";
  if (options.annotate !== undefined) throw new CliError(FAIL.usage(FAIL.annotateSeveral(), "rota validate"));
  const progress = new Progress(process.stderr, options.format === "text" && process.stderr.isTTY === true);
  const results: Checked[] = [];
  const profiles = new Map<string, Profile | null>();
  try {
    for (const [i, file] of files.entries()) {
      const step = `(${i + 1}/${files.length}) `;
      try {
        const loaded = await load(file, options, progress, step);
        const checked = await check(loaded, file, options, progress, step);
        results.push({ file, report: checked.report });
        profiles.set(file, checked.profile);
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        results.push({ file, failure: err });
        progress.clear();
        process.stderr.write(err.texts.map((t) => `${errorLine(t, options.lang ?? "both")}\n`).join(""));
      }
    }
  } finally {
    progress.clear();
  }
  const reports = results.flatMap((r) => ("report" in r ? [{ file: r.file, report: r.report }] : []));
  if (options.format === "json") {
    writeJson(jsonReports(reports), (bytes) => process.stdout.write(bytes));
  } else {
    process.stdout.write(reports.map((r) => textReport(r.file, r.report, lang, textOptions(options, profiles.get(r.file) ?? null)) + (options.explain ? explainText(r.report, lang) : "")).join("\n"));
    process.stdout.write(`\n${REPORT.overall(totals(reports.map((r) => r.report)), files.length, files.length - reports.length, lang)}\n`);
  }
  if (reports.length < files.length) return 2;
  return reports.some((r) => r.report.summary.errors > 0) ? 1 : 0;
}

async function load(file: string, options: ValidateCliOptions, progress: Progress, step: string): Promise<LoadedWorkbook> {
  progress.show(`${step}${PROGRESS.reading(file, options.lang ?? "ja")}`);
  return readWorkbook(file).catch((err: unknown) => {
    throw err instanceof WorkbookReadError ? new CliError(err.text) : err;
  });
}

/** The engine's report on one workbook; a workbook with no grid (or no such sheet) is a {@link CliError}. */
async function check(loaded: LoadedWorkbook, file: string, options: ValidateCliOptions, progress: Progress, step: string): Promise<Report> {
  const names = loaded.sheets.map((s) => s.name);
  const sheet = options.sheet === undefined ? undefined : findSheet(names, options.sheet);
  if (options.sheet !== undefined && sheet === undefined) throw new CliError(FAIL.noSheet(file, options.sheet, names));
  // The --rules file, else the workbook's 規則 sheet; one that cannot be used is exit 2 naming its key or cell.
  const profile = await loadProfile(options.rules, loaded.sheets, file);
  const report = validateChecked(loaded.sheets, {
    profile,
    ...(sheet !== undefined ? { sheet } : {}),
    ...(options.course !== undefined ? { course: options.course } : {}),
    ...(options.edition !== undefined ? { csEdition: options.edition } : {}),
    ...(options.explain ? { explain: true } : {}),
    // The report prints no week bars: not measuring them saves the engine's work and garbage.
    weekBars: false,
    onProgress: (done, total) => progress.tick(() => `${step}${PROGRESS.checked(done, total, options.lang ?? "ja")}`),
  });
  progress.clear();
  if (report.grids.length === 0) throw new CliError(FAIL.noGrid(file, sheet));
  return { report, profile };
}

/** validateWorkbook, with rules it cannot use as a CliError (one line, exit 2). */
function validateChecked(sheets: LoadedWorkbook["sheets"], options: Parameters<typeof validateWorkbook>[1]): ValidationReport {
  try {
    return validateWorkbook(sheets, options);
  } catch (err) {
    if (err instanceof RuleConfigError) throw new CliError(PROFILE_FAIL.problems("", err.problems));
    throw err;
  }
}

/** The sheet by its exact name, else by the same name up to width and spacing (`２０２６年度` = `2026年度`). */
export function findSheet(names: readonly string[], wanted: string): string | undefined {
  if (names.includes(wanted)) return wanted;
  const near = names.filter((n) => labelKey(n) === labelKey(wanted));
  return near.length === 1 ? near[0] : undefined;
}

/** Refuses an output that is not .xlsx, or that is the input itself (same real path or same file). */
async function checkAnnotateTarget(input: string, out: string, force: boolean): Promise<void> {
  if (!/\.xlsx$/i.test(out)) throw new CliError(FAIL.notXlsx(out));
  if (await sameFile(input, out)) throw new CliError(FAIL.annotateOntoInput(out));
  if (!force && (await exists(out))) throw new CliError(FAIL.exists(out));
}

/** Whether two paths name one file (same real path, or the same inode: a hard link, another case). */
export async function sameFile(a: string, b: string): Promise<boolean> {
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

/** The sheets of a workbook written from another format's (their names as exceljs took them). */
async function sheetsOf(bytes: Buffer, file: string): Promise<LoadedWorkbook["sheets"]> {
  return (await loadWorkbook(bytes, file)).sheets;
}
