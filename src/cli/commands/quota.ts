/**
 * `rota quota APPLICANTS.(csv|xlsx) [--total 40] [--min 1] [--format text|json]`: the
 * clinician-scientist course's places per basic field (seed 001 Ⅱ.2.(2), CONTRACT §3).
 *
 * Reading the file is this command's work (I/O); parsing the table and allocating are the engine's.
 * Exit status: 0 with the allocation printed; 2 for bad usage, an unreadable file or bad input, with
 * one line per problem on stderr (Japanese, then English) and never a stack trace.
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

/** Where the command writes; tests hand in their own. */
export interface QuotaIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const PROCESS_IO: QuotaIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** A failure this command reports on stderr and exits 2 for. */
class QuotaFailure extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
  }
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
  return new Command("quota")
    .description(
      "臨床研究医コースの定員を基本領域に配分する (各領域に最低枠、残りは応募者数の割合で最大剰余法) / allocate the clinician-scientist course's places among the basic fields",
    )
    .argument("<applicants>", "CSV (UTF-8 / Shift_JIS, comma or tab) or .xlsx: field, applicants, with a header row")
    .option("--total <n>", "定員の合計 / total places", String(DEFAULT_QUOTA_TOTAL))
    .option("--min <n>", "参加する領域ごとの最低枠 / minimum places per field taking part", String(DEFAULT_QUOTA_MIN))
    .addOption(new Option("--format <format>", "出力形式 / output format").choices(["text", "json"]).default("text"))
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride((err) => {
      // Commander's own usage errors (a missing file argument, an unknown option) exit 2, as CONTRACT §3 asks.
      process.exit(err.exitCode === 0 ? 0 : 2);
    })
    .action(async (file: string, opts: { total: string; min: string; format: "text" | "json" }) => {
      try {
        const total = wholeNumber(opts.total, QUOTA_MESSAGES.badTotal(opts.total));
        const min = wholeNumber(opts.min, QUOTA_MESSAGES.badMin(opts.min));
        const { cells, firstRow } = await readApplicants(file);
        const outcome = allocateQuotaTable(cells, { total, min, firstRow });
        if (!outcome.ok) {
          throw new QuotaFailure(outcome.problems.map((p) => `${path.basename(file)}: ${p.message} / ${p.message_en}`));
        }
        io.stdout(opts.format === "json" ? formatJson(outcome.total, outcome.allocations) : formatText(outcome.total, outcome.allocations));
      } catch (err) {
        const lines = err instanceof QuotaFailure ? err.lines : [`rota quota: ${err instanceof Error ? err.message : String(err)}`];
        io.stderr(lines.map((l) => `${l}\n`).join(""));
        process.exitCode = 2;
      }
    });
}

function wholeNumber(text: string, problem: { ja: string; en: string }): number {
  const t = text.normalize("NFKC").trim();
  if (!/^\d+$/.test(t)) throw new QuotaFailure([`rota quota: ${problem.ja} / ${problem.en}`]);
  return Number(t);
}

/** The file's cells: the first worksheet of an .xlsx, or the rows of a CSV. */
async function readApplicants(file: string): Promise<{ cells: CellValue[][]; firstRow: number }> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new QuotaFailure([unreadable(file, "フォルダーです", "it is a directory")]);
    bytes = await fs.readFile(file);
  } catch (err) {
    if (err instanceof QuotaFailure) throw err;
    const code = (err as { code?: string }).code;
    throw new QuotaFailure([
      code === "ENOENT" ? unreadable(file, "ファイルがありません", "no such file") : unreadable(file, "ファイルを開けません", code ?? "cannot open it"),
    ]);
  }
  if (bytes.length === 0) throw new QuotaFailure([unreadable(file, "空のファイルです", "the file is empty")]);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(file)) {
    try {
      const { sheets } = await readWorkbook(file);
      const first = sheets[0];
      if (!first) throw new Error("no worksheet");
      // The adapter's sheets start at A1; a row offset would show in `origin`.
      return { cells: first.rows.map((r) => [...r]), firstRow: (first.origin?.row ?? 0) + 1 };
    } catch (err) {
      throw new QuotaFailure([err instanceof Error ? oneLine(err.message) : unreadable(file, "ブックを読めません", "cannot read the workbook")]);
    }
  }
  return { cells: parseCsv(decode(bytes)), firstRow: 1 };
}

/**
 * Decodes a CSV's bytes: UTF-16 with a BOM (Excel's "Unicode text"), else UTF-8 (BOM or not), else
 * Shift_JIS when UTF-8 would give replacement characters (Excel's "CSV" on Japanese Windows).
 */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf8 = new TextDecoder("utf-8").decode(bytes);
  if (!utf8.includes("\ufffd")) return utf8;
  try {
    return new TextDecoder("shift_jis", { fatal: true }).decode(bytes);
  } catch {
    return utf8;
  }
}

function unreadable(file: string, ja: string, en: string): string {
  return `応募者数の表を読めません: ${file} — ${ja} / cannot read the applicants file ${path.basename(file)}: ${en}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
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

/** Display width: East Asian wide characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, w: number): string {
  return text + " ".repeat(Math.max(0, w - width(text)));
}

function padStart(text: string, w: number): string {
  return " ".repeat(Math.max(0, w - width(text))) + text;
}
