/**
 * `rota plan BOOK.xlsx --out OUT.xlsx [--sheet NAME] [--rules PROFILE] [--format text|json]` and
 * `rota fix BOOK.xlsx --out OUT.xlsx …` (CONTRACT §8).
 *
 * Reads the workbook (never modifying it), lets the engine model every grid and HiGHS solve it,
 * and writes the copy only when the validator finds no error in the result. Exit status: 0 done,
 * 1 no plan (or fix) meets every rule (the reasons on stdout), 2 bad usage or an unreadable
 * workbook.
 */
import * as path from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { foldWidth, type CourseId } from "../../engine";
import { planWorkbook, type PlanOutcome } from "../../engine/plan";
import { excelWorkbook, readWorkbook, WorkbookReadError, WorkbookWriteError, writeWorkbookFile } from "../../adapters/xlsx";
import { writeEdits } from "../../adapters/xlsx/write-edits";
import { highsSolver } from "../../adapters/solver/highs";
import { CliError } from "../cli-error";
import type { Lang } from "../messages";
import { both, FAIL, lines } from "../messages";
import { PLAN_CLI, PLAN_PROGRESS, PLAN_REPORT } from "../plan-messages";
import { loadProfile } from "../profile-file";
import { Progress } from "../progress";
import { jsonText } from "../json-layout";
import { findSheet, parseCourse, sameFile } from "./validate";

export interface PlanCliOptions {
  readonly out: string;
  readonly sheet?: string;
  readonly course?: CourseId;
  readonly format: "text" | "json";
  readonly timeLimit?: number;
  /** A program profile file (.json, .xlsx, .csv) in place of the workbook's 規則 sheet. */
  readonly rules?: string;
  readonly lang: Lang;
}

/** `plan` or `fix`, to add to the `rota` program. */
export function planCommand(mode: "plan" | "fix"): Command {
  const texts = PLAN_CLI[mode];
  return new Command(mode)
    .summary(both(texts.summary))
    .description(lines(texts.description))
    .argument("<workbook>", both(PLAN_CLI.workbook))
    .requiredOption("--out <out.xlsx>", both(PLAN_CLI.out))
    .option("--sheet <name>", both(PLAN_CLI.sheet))
    .option("--course <course>", both({ ja: "すべての計画をこのコース (A, B, C) として扱う", en: "treat every plan as this course (A, B, C)" }), parseCourse)
    .option("--time-limit <seconds>", both(PLAN_CLI.timeLimit), parseTimeLimit)
    .option("--rules <file>", both(PLAN_CLI.rules))
    .addOption(new Option("--format <format>", both({ ja: "出力形式", en: "output format" })).choices(["text", "json"]).default("text"))
    .addOption(new Option("--lang <lang>", both({ ja: "メッセージの言語", en: "language of the messages" })).choices(["ja", "en"]).default("ja"))
    .action(async (file: string, options: PlanCliOptions) => {
      process.exitCode = await runPlan(mode, file, options);
    });
}

function parseTimeLimit(value: string): number {
  const n = Number(foldWidth(value));
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(both(PLAN_CLI.badTimeLimit(value)));
  return n;
}

/** Runs the command; returns the exit status, or throws a {@link CliError}. */
export async function runPlan(mode: "plan" | "fix", file: string, options: PlanCliOptions): Promise<number> {
  const lang = options.lang;
  const progress = new Progress(process.stderr, options.format === "text" && process.stderr.isTTY === true);
  try {
    if (!/\.xlsx$/i.test(options.out)) throw new CliError(FAIL.notXlsx(options.out));
    if (await sameFile(file, options.out)) throw new CliError(PLAN_CLI.outIsInput(options.out));
    const loaded = await readWorkbook(file).catch((err: unknown) => {
      throw err instanceof WorkbookReadError ? new CliError(err.text) : err;
    });
    const names = loaded.sheets.map((s) => s.name);
    const sheet = options.sheet === undefined ? undefined : findSheet(names, options.sheet);
    if (options.sheet !== undefined && sheet === undefined) throw new CliError(FAIL.noSheet(file, options.sheet, names));

    // The --rules file, else the workbook's 規則 sheet (a profile that cannot be used: exit 2).
    const profile = await loadProfile(options.rules, loaded.sheets, file);
    const outcome = await planWorkbook(
      loaded.sheets,
      {
        mode,
        profile,
        ...(sheet !== undefined ? { sheet } : {}),
        ...(options.course !== undefined ? { course: options.course } : {}),
        ...(options.timeLimit !== undefined ? { timeLimit: options.timeLimit } : {}),
        onProgress: (stage) => progress.show(PLAN_PROGRESS[stage](lang)),
      },
      highsSolver(),
    );
    progress.clear();
    if (outcome.status === "no-grid") throw new CliError(FAIL.noGrid(file, sheet));

    // A plan with no error is written; so is the best partial one (every empty block filled, or the
    // fixable errors fixed), which still has the errors the reasons name (CONTRACT §8 allows it).
    const written = outcome.ok || outcome.changes.length > 0;
    if (written) {
      const workbook = await excelWorkbook(loaded).catch((err: unknown) => {
        throw err instanceof WorkbookReadError ? new CliError(err.text) : err;
      });
      writeEdits(workbook, outcome.edits);
      await writeWorkbookFile(workbook, options.out).catch((err: unknown) => {
        throw err instanceof WorkbookWriteError ? new CliError(err.text) : err;
      });
    }
    process.stdout.write(options.format === "json" ? jsonText(jsonOutcome(mode, file, written ? options.out : undefined, outcome)) : textOutcome(mode, file, written ? options.out : undefined, outcome, lang));
    return outcome.ok ? 0 : 1;
  } finally {
    progress.clear();
  }
}

/** The outcome as one JSON object: what was changed (or why nothing could be), and the check of the result. */
export function jsonOutcome(mode: "plan" | "fix", file: string, out: string | undefined, o: PlanOutcome) {
  return {
    workbook: path.basename(file),
    out: out !== undefined ? path.basename(out) : null,
    mode,
    ok: o.ok,
    status: o.status,
    changes: o.changes.map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      trainee: c.trainee,
      block: c.block,
      before: c.before,
      after: c.after,
      ...(c.resolves ? { resolves: c.resolves } : {}),
    })),
    reasons: o.reasons.map((r) => ({ rule: r.rule, sheet: r.sheet, trainee: r.trainee, cells: r.cells, message: r.message.ja, message_en: r.message.en })),
    findings: o.after.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, trainee: f.trainee, cells: f.cells, message: f.message, message_en: f.message_en })),
    summary: o.after.summary,
    stats: o.stats,
  };
}

/**
 * The outcome as text. A plan: one line per resident with the blocks filled; a repair: one line
 * per change (sheet!cell  before → after  clears rule: message); no plan: the reasons.
 */
export function textOutcome(mode: "plan" | "fix", file: string, out: string | undefined, o: PlanOutcome, lang: Lang): string {
  const lines: string[] = [path.basename(file)];
  const msg = (m: { ja: string; en: string }) => (lang === "en" ? m.en : m.ja);
  if (o.changes.length === 0 && o.ok) {
    lines.push(mode === "fix" ? PLAN_REPORT.nothingToFix(lang) : PLAN_REPORT.nothingToFill(lang));
    if (out !== undefined) lines.push(PLAN_REPORT.copied(out, lang));
    return `${lines.join("\n")}\n`;
  }
  if (mode === "plan") {
    // One line per resident: each run of blocks filled with one rotation as `E2:F2 外科`.
    const byResident = new Map<string, Array<{ first: string; last: string; block: number; after: string }>>();
    for (const c of o.changes) {
      const key = `${c.sheet}\u0000${c.trainee}`;
      const runs = byResident.get(key) ?? [];
      const last = runs[runs.length - 1];
      if (last && last.after === c.after && last.block + 1 === c.block) Object.assign(last, { last: c.cell, block: c.block });
      else runs.push({ first: c.cell, last: c.cell, block: c.block, after: c.after });
      byResident.set(key, runs);
    }
    for (const [key, runs] of byResident) lines.push(`  ${key.replace("\u0000", " ")}: ${runs.map((r) => `${r.first === r.last ? r.first : `${r.first}:${r.last}`} ${r.after}`).join(", ")}`);
    if (o.ok && out !== undefined) lines.push(PLAN_REPORT.planned(o.changes.length, byResident.size, out, lang));
  } else {
    for (const c of o.changes) {
      const before = c.before === "" ? PLAN_REPORT.empty(lang) : c.before;
      const clears = c.resolves ? `  ${PLAN_REPORT.resolves(lang)} ${c.resolves.rule}: ${lang === "en" ? c.resolves.message_en : c.resolves.message}` : "";
      lines.push(`  ${c.sheet}!${c.cell}  ${c.trainee}  ${before} → ${c.after}${clears}`);
    }
    if (o.ok && out !== undefined) lines.push(PLAN_REPORT.fixed(o.changes.length, out, lang));
  }
  if (!o.ok) {
    lines.push(o.status === "time-limit" ? PLAN_REPORT.timeLimit(lang) : mode === "fix" ? PLAN_REPORT.noFix(lang) : PLAN_REPORT.noPlan(lang));
    for (const r of o.reasons) lines.push(`  ${r.rule}  ${r.sheet}${r.trainee ? ` ${r.trainee}` : ""}: ${msg(r.message)}`);
    if (out !== undefined) lines.push(PLAN_REPORT.partial(out, lang));
  }
  lines.push(PLAN_REPORT.checked(o.after.summary, lang));
  return `${lines.join("\n")}\n`;
}
