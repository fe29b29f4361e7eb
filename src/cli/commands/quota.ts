/**
 * `rota quota APPLICANTS.(csv|xlsx) [--total 40] [--min 1] [--format text|json]`: the
 * clinician-scientist course's places per basic field (seed 001 Ⅱ.2.(2), CONTRACT §3).
 *
 * Reading the file is this command's work (I/O); parsing the table and allocating are the engine's.
 * Exit status: 0 with the allocation printed; 2 for bad usage, an unreadable file or bad input, with
 * one line per problem on stderr in Rota's error form and never a stack trace.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { Command, Option } from "commander";
import type { CellValue } from "../../engine/model/cell";
import { allocateQuotaTable } from "../../engine/quota/parse-applicants";
import { parseCsv } from "../../engine/quota/csv";
import type { QuotaAllocation } from "../../engine/quota/allocate";
import { DEFAULT_QUOTA_MIN, DEFAULT_QUOTA_TOTAL } from "../../engine/quota/allocate";
import { QUOTA_MESSAGES } from "../../engine/messages/cs";
import { readWorkbook } from "../../adapters/xlsx/read";
import { decodeText } from "../../adapters/workbook/text-file";
import { WorkbookReadError } from "../../adapters/xlsx/errors";
import { CliError } from "../cli-error";
import type { Bilingual } from "../messages";
import { both, CLI, lines } from "../messages";
import { displayWidth as width, padDisplay as pad, padStartDisplay as padStart } from "../width";
import { foldWidth } from "../../engine";

/** Where the command writes its result; tests hand in their own. Failures are thrown as {@link CliError}. */
export interface QuotaIo {
  readonly stdout: (text: string) => void;
}

const PROCESS_IO: QuotaIo = { stdout: (text) => void process.stdout.write(text) };

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
    .option("--total <n>", both(q.total), String(DEFAULT_QUOTA_TOTAL))
    .option("--min <n>", both(q.min), String(DEFAULT_QUOTA_MIN))
    .addOption(new Option("--format <format>", both(q.format)).choices(["text", "json"]).default("text"))
    .action(async (file: string, opts: { total: string; min: string; format: "text" | "json" }) => {
      const total = wholeNumber(opts.total, QUOTA_MESSAGES.badTotal(opts.total));
      const min = wholeNumber(opts.min, QUOTA_MESSAGES.badMin(opts.min));
      const { cells, firstRow } = await readApplicants(file);
      const outcome = allocateQuotaTable(cells, { total, min, firstRow });
      if (!outcome.ok) {
        const base = path.basename(file);
        throw new CliError(outcome.problems.map((p) => ({ ja: `${base}: ${p.message}`, en: `${base}: ${p.message_en}` })));
      }
      io.stdout(opts.format === "json" ? formatJson(outcome.total, outcome.allocations) : formatText(outcome.total, outcome.allocations));
      process.exitCode = 0;
    });
}

function wholeNumber(text: string, problem: Bilingual): number {
  const t = foldWidth(text);
  if (!/^\d+$/.test(t)) throw new CliError(problem);
  return Number(t);
}

/** The file's cells: the first worksheet of an .xlsx, or the rows of a CSV. */
async function readApplicants(file: string): Promise<{ cells: CellValue[][]; firstRow: number }> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliError(unreadable(file, "フォルダーです", "it is a directory"));
    bytes = await fs.readFile(file);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as { code?: string }).code;
    throw new CliError(
      code === "ENOENT" ? unreadable(file, "ファイルがありません", "no such file") : unreadable(file, "ファイルを開けません", code ?? "cannot open it"),
    );
  }
  if (bytes.length === 0) throw new CliError(unreadable(file, "空のファイルです", "the file is empty"));
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf; // .xls (Excel 97-2003)
  if (isZip || isOle || /\.(xlsx|xlsm|xls|ods)$/i.test(file)) {
    try {
      const { sheets } = await readWorkbook(file);
      const first = sheets[0];
      if (!first) throw new Error("no worksheet");
      // The adapter's sheets start at A1; a row offset would show in `origin`.
      return { cells: first.rows.map((r) => [...r]), firstRow: (first.origin?.row ?? 0) + 1 };
    } catch (err) {
      throw new CliError(err instanceof WorkbookReadError ? err.text : unreadable(file, "ブックを読めません", "cannot read the workbook"));
    }
  }
  return { cells: parseCsv(decodeText(bytes)), firstRow: 1 };
}

function unreadable(file: string, ja: string, en: string): Bilingual {
  return { ja: `応募者数の表を読めません: ${file} — ${ja}`, en: `cannot read the applicants file ${path.basename(file)}: ${en}` };
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
  return `${JSON.stringify(out, null, 2)}\n`;
}

function formatText(total: number, allocations: readonly QuotaAllocation[]): string {
  const header = ["基本領域 field", "応募者 applicants", "割合 share", "定員 places"];
  const body = allocations.map((a) => [
    a.basicField === a.field ? a.field : `${a.field} (${a.basicField})`,
    a.applicants === null ? "- (不参加)" : String(a.applicants),
    a.applicants === null ? "-" : `${(a.share * 100).toFixed(1)}%`,
    String(a.places),
  ]);
  const applicants = allocations.reduce((s, a) => s + (a.applicants ?? 0), 0);
  const placed = allocations.reduce((s, a) => s + a.places, 0);
  const footer = ["計 total", String(applicants), "100%", String(placed)];
  const rows = [header, ...body, footer];
  const widths = header.map((_h, c) => Math.max(...rows.map((r) => width(r[c]!))));
  const line = (r: readonly string[]): string =>
    r.map((cell, c) => (c === 0 ? pad(cell, widths[c]!) : padStart(cell, widths[c]!))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const rest = unallocated(total, allocations);
  const note = rest > 0 ? `${QUOTA_MESSAGES.unallocated(rest).ja} / ${QUOTA_MESSAGES.unallocated(rest).en}\n` : "";
  return [line(header), rule, ...body.map(line), rule, line(footer)].join("\n") + `\n定員 total ${total}\n${note}`;
}
