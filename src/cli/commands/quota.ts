/**
 * `rota quota APPLICANTS.(csv|xlsx|xls|ods) [--total 40] [--min 1] [--format text|json] [--lang ja|en]`:
 * the clinician-scientist course's places per basic field (seed 001 Ⅱ.2.(2), CONTRACT §3).
 *
 * Built from the same pieces as the other commands: the file is read by the shared workbook reader
 * (`readWorkbook`: .xlsx/.xls/.ods, or a CSV in UTF-8, UTF-16, Shift_JIS or EUC-JP through the one
 * CSV decoder), bad option values are usage errors ({@link invalidArgument}), every failure is a
 * {@link CliError} with its texts in messages.ts, and `--lang` picks the language as in `validate`.
 * Parsing the table and allocating are the engine's. Exit status: 0 with the allocation printed;
 * 2 for bad usage, an unreadable file or bad input, one line per problem and never a stack trace.
 */
import { Command, Option } from "commander";
import type { QuotaAllocation } from "../../engine/quota/allocate";
import { DEFAULT_QUOTA_MIN, DEFAULT_QUOTA_TOTAL } from "../../engine/quota/allocate";
import { BASIC_FIELD_EN } from "../../engine/quota/basic-fields";
import { allocateQuotaTable } from "../../engine/quota/parse-applicants";
import { QUOTA_MESSAGES } from "../../engine/messages/cs";
import type { CellValue } from "../../engine/model/cell";
import { foldWidth } from "../../engine";
import { readWorkbook, WorkbookReadError } from "../../adapters/xlsx";
import { CliError } from "../cli-error";
import type { ErrorLang, Lang } from "../messages";
import { both, CLI, labelIn, lines, QUOTA_TEXT } from "../messages";
import { invalidArgument } from "../usage-error";
import { displayWidth, padDisplay, padStartDisplay } from "../width";
import { jsonText } from "../json-layout";

/** Where the command writes its result; tests hand in their own. Failures are thrown as {@link CliError}. */
export interface QuotaIo {
  readonly stdout: (text: string) => void;
}

const PROCESS_IO: QuotaIo = { stdout: (text) => void process.stdout.write(text) };

interface QuotaCliOptions {
  readonly total: number;
  readonly min: number;
  readonly format: "text" | "json";
  /** The table's language; without it, Japanese and English side by side. */
  readonly lang?: Lang;
}

/**
 * The `quota` command, ready to be added to the `rota` program.
 *
 * @example
 * program.addCommand(quotaCommand());
 * // rota quota applicants.csv --total 40 --format json
 * // → {"total":40,"allocations":[{"field":"内科","applicants":9,"share":0.3,"places":8}, …]}
 */
export function quotaCommand(io: QuotaIo = PROCESS_IO): Command {
  const q = CLI.quota;
  return new Command("quota")
    .summary(both(q.summary))
    .description(lines(q.description))
    .argument("<applicants>", both(q.applicants))
    .addOption(new Option("--total <n>", both(q.total)).argParser(wholeNumber(QUOTA_MESSAGES.badTotal)).default(DEFAULT_QUOTA_TOTAL))
    .addOption(new Option("--min <n>", both(q.min)).argParser(wholeNumber(QUOTA_MESSAGES.badMin)).default(DEFAULT_QUOTA_MIN))
    .addOption(new Option("--format <format>", both(q.format)).choices(["text", "json"]).default("text"))
    .addOption(new Option("--lang <lang>", both(q.lang)).choices(["ja", "en"]))
    .action(async (file: string, options: QuotaCliOptions) => {
      const { cells, firstRow } = await readApplicants(file);
      const outcome = allocateQuotaTable(cells, { total: options.total, min: options.min, firstRow });
      if (!outcome.ok) throw new CliError(outcome.problems.map((p) => QUOTA_TEXT.problem(file, { ja: p.message, en: p.message_en })));
      const lang: ErrorLang = options.lang ?? "both";
      io.stdout(options.format === "json" ? formatJson(outcome.total, outcome.allocations) : formatText(outcome.total, outcome.allocations, lang));
      process.exitCode = 0;
    });
}

/** An option's parser for a whole number of 0 or more (full-width digits too); anything else is bad usage. */
function wholeNumber(problem: (text: string) => { ja: string; en: string }): (text: string) => number {
  return (text) => {
    const t = foldWidth(text);
    if (!/^\d+$/.test(t)) throw invalidArgument(problem(text));
    return Number(t);
  };
}

/** The applicants table's cells: the first worksheet of a workbook, or the rows of a CSV, as the shared reader gives them. */
async function readApplicants(file: string): Promise<{ cells: CellValue[][]; firstRow: number }> {
  try {
    const { sheets } = await readWorkbook(file);
    const first = sheets[0];
    if (!first) throw new WorkbookReadError(file, "not-workbook");
    // The reader's sheets start at A1; a row offset would show in `origin`.
    return { cells: first.rows.map((r) => [...r]), firstRow: (first.origin?.row ?? 0) + 1 };
  } catch (err) {
    throw err instanceof WorkbookReadError ? new CliError(QUOTA_TEXT.unreadable(file, err.why)) : err;
  }
}

function unallocated(total: number, allocations: readonly QuotaAllocation[]): number {
  return total - allocations.reduce((s, a) => s + a.places, 0);
}

function formatJson(total: number, allocations: readonly QuotaAllocation[]): string {
  const rest = unallocated(total, allocations);
  const out = {
    total,
    allocations: allocations.map((a) => ({
      field: a.field,
      ...(a.basicField !== a.field ? { basic_field: a.basicField } : {}),
      applicants: a.applicants,
      share: Math.round(a.share * 1e6) / 1e6,
      places: a.places,
    })),
    ...(rest > 0 ? { unallocated: rest } : {}),
  };
  return jsonText(out);
}

/** The field as the row shows it: as written, with the Board's name when an alias was used (in English with --lang en). */
function fieldCell(a: QuotaAllocation, lang: ErrorLang): string {
  const english = BASIC_FIELD_EN[a.basicField] ?? a.basicField;
  if (lang === "en") return a.basicField === a.field ? english : `${a.field} (${english})`;
  return a.basicField === a.field ? a.field : `${a.field} (${a.basicField})`;
}

function formatText(total: number, allocations: readonly QuotaAllocation[], lang: ErrorLang): string {
  const header = QUOTA_TEXT.header.map((h) => labelIn(h, lang));
  const body = allocations.map((a) => [
    fieldCell(a, lang),
    a.applicants === null ? QUOTA_TEXT.notTakingPart(lang) : String(a.applicants),
    a.applicants === null ? "-" : `${(a.share * 100).toFixed(1)}%`,
    String(a.places),
  ]);
  const applicants = allocations.reduce((s, a) => s + (a.applicants ?? 0), 0);
  const placed = allocations.reduce((s, a) => s + a.places, 0);
  const footer = [labelIn(QUOTA_TEXT.sum, lang), String(applicants), "100%", String(placed)];
  const rows = [header, ...body, footer];
  const widths = header.map((_h, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ""))));
  const line = (r: readonly string[]): string =>
    r.map((cell, c) => (c === 0 ? padDisplay(cell, widths[c] ?? 0) : padStartDisplay(cell, widths[c] ?? 0))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const rest = unallocated(total, allocations);
  const note = rest > 0 ? `${lang === "both" ? both(QUOTA_MESSAGES.unallocated(rest)) : QUOTA_MESSAGES.unallocated(rest)[lang]}\n` : "";
  return [line(header), rule, ...body.map(line), rule, line(footer)].join("\n") + `\n${QUOTA_TEXT.total(total, lang)}\n${note}`;
}
