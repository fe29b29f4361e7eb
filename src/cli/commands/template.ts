/**
 * `rota template A|B|C|cs [--name NAME] [--start YYYY-MM-DD] --out OUT.xlsx [--force]`
 * (or `--into BOOK.xlsx [--sheet S] [--row N]`: the course as one resident's row of a copy of BOOK, template-into.ts)
 * (CONTRACT §3): the department's course template, or a clinician-scientist plan, as a workbook
 * that `rota validate` reads back.
 */
import { Command } from "commander";
import type { CourseId, TemplateSheet } from "../../engine";
import { foldWidth, normalizeText, parseCourseId, renderCourseTemplate } from "../../engine";
import { renderCsTemplate } from "../../engine/cs";
import { templateWorkbook, WorkbookWriteError, writeWorkbookFile } from "../../adapters/xlsx";
import { CliError } from "../cli-error";
import { exists } from "../files";
import { both, CLI, lines, DONE, FAIL, INTO_TEXT } from "../messages";
import { invalidArgument } from "../usage-error";
import { runTemplateInto } from "./template-into";

export type TemplateKind = CourseId | "cs";

export interface TemplateCliOptions {
  readonly name?: string;
  readonly start?: Date;
  readonly out: string;
  readonly force?: boolean;
  /** A workbook whose cohort sheet gets the course as one resident's row (in a copy at `out`). */
  readonly into?: string;
  readonly sheet?: string;
  /** 1-based row for --into. */
  readonly row?: number;
}

/** The `template` command, to add to the `rota` program. */
export function templateCommand(): Command {
  const t = CLI.template;
  return new Command("template")
    .summary(both(t.summary))
    .description(lines(t.description))
    .argument("<course>", both(t.course), parseTemplateKind)
    .option("--name <name>", both(t.name))
    .option("--start <YYYY-MM-DD>", both(t.start), parseDate)
    .requiredOption("--out <out.xlsx>", both(t.out))
    .option("--force", both(t.force))
    .option("--into <workbook.xlsx>", both(t.into))
    .option("--sheet <sheet>", both(t.sheet))
    .option("--row <n>", both(t.row), parseRow)
    .action(async (kind: TemplateKind, options: TemplateCliOptions) => {
      if (options.into === undefined) process.exitCode = await runTemplate(kind, options);
      else if (kind === "cs") throw new CliError(INTO_TEXT.csNotRow());
      else process.exitCode = await runTemplateInto(kind, { ...options, into: options.into });
    });
}

/** `a` or `Aコース` is taken as A and `CS` as cs; anything else is bad usage. */
export function parseTemplateKind(value: string): TemplateKind {
  if (/^cs$/i.test(normalizeText(value))) return "cs";
  const c = parseCourseId(value);
  if (c) return c;
  throw invalidArgument(FAIL.badTemplateCourse(value));
}

/** A sheet row for --into: a whole number of 1 or more (full-width digits too). */
export function parseRow(value: string): number {
  const t = foldWidth(value);
  if (/^\d+$/.test(t) && Number(t) >= 1) return Number(t);
  throw invalidArgument(INTO_TEXT.badRow(value));
}

/** A real calendar date written YYYY-MM-DD, as UTC midnight (2026-02-30 is refused). */
export function parseDate(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(foldWidth(value));
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return date;
  }
  throw invalidArgument(FAIL.badDate(value));
}

/** Runs the command; returns the exit status, or throws a {@link CliError}. */
export async function runTemplate(kind: TemplateKind, options: TemplateCliOptions): Promise<number> {
  if (!/\.xlsx$/i.test(options.out)) throw new CliError(FAIL.notXlsx(options.out));
  if (!options.force && (await exists(options.out))) throw new CliError(FAIL.exists(options.out));
  const settings = {
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.start !== undefined ? { start: options.start } : {}),
  };
  const template: TemplateSheet = kind === "cs" ? renderCsTemplate(settings) : renderCourseTemplate(kind, settings);
  await writeWorkbookFile(templateWorkbook([{ template }]), options.out).catch((err: unknown) => {
    throw err instanceof WorkbookWriteError ? new CliError(err.text) : err;
  });
  process.stdout.write(`${DONE.template(kind, options.out)}\n`);
  return 0;
}
