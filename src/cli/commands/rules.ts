/**
 * `rota rules [BOOK.xlsx] [--rules FILE] [--format text|json] [--lang ja|en]` and
 * `rota rules --init BOOK.xlsx --out COPY.xlsx` (CONTRACT §7).
 *
 * Lists every rule in force — the registry's, with the workbook's 規則 sheet or the --rules file
 * applied — each with its numbers, severity and source; or writes a copy of a workbook with a
 * starting 規則 sheet of the current values. Exit 0; 2 for bad usage or a profile that cannot be used.
 */
import { Command, Option } from "commander";
import type { Profile, RuleInForce } from "../../engine";
import { rulesInForceList, SEVERITY_LABEL, startingRulesSheet } from "../../engine";
import { addRulesSheet, excelWorkbook, readWorkbook, WorkbookReadError, WorkbookWriteError, writeWorkbookFile } from "../../adapters/xlsx";
import { rulesSheetOf } from "../../engine/profile";
import { CliError } from "../cli-error";
import type { Lang } from "../messages";
import { both, CLI, FAIL, lines, RULES_TEXT } from "../messages";
import { loadProfile } from "../profile-file";
import { sameFile } from "./validate";
import { displayWidth, padDisplay } from "../width";

export interface RulesCliOptions {
  readonly rules?: string;
  readonly format: "text" | "json";
  readonly lang: Lang;
  readonly init?: string;
  readonly out?: string;
}

export function rulesCommand(): Command {
  const r = CLI.rules;
  return new Command("rules")
    .summary(both(r.summary))
    .description(lines(r.description))
    .argument("[workbook]", both(r.workbook))
    .option("--rules <file>", both(CLI.validate.rules))
    .addOption(new Option("--format <format>", both(CLI.validate.format)).choices(["text", "json"]).default("text"))
    .addOption(new Option("--lang <lang>", both(CLI.validate.lang)).choices(["ja", "en"]).default("ja"))
    .option("--init <workbook>", both(r.init))
    .option("--out <copy.xlsx>", both(r.out))
    .action(async (file: string | undefined, options: RulesCliOptions) => {
      process.exitCode = options.init !== undefined ? await runInit(options.init, options) : await runRules(file, options);
    });
}

/** The rules in force as JSON: `{ "rules": [ { id, severity, enabled, params, source } ] }` (CONTRACT §7). */
export function rulesJson(list: readonly RuleInForce[]): { rules: Array<Record<string, unknown>> } {
  return {
    rules: list.map((r) => ({
      id: r.id,
      severity: r.severity,
      enabled: r.enabled,
      params: { ...r.params },
      source: r.source,
      ...(r.field !== undefined ? { field: r.field } : {}),
      group: r.group,
      description: r.description.ja,
      description_en: r.description.en,
      changed: r.changed,
    })),
  };
}

/** The rules in force as text: one line each (id, severity, numbers, what it asks), its source beneath. */
export function rulesText(list: readonly RuleInForce[], source: string | undefined, lang: Lang): string {
  const out = [RULES_TEXT.title(source, lang)];
  const idWidth = Math.max(...list.map((r) => r.id.length));
  const sevWidth = Math.max(...Object.values(SEVERITY_LABEL[lang]).map(displayWidth));
  const numbers = list.map((r) =>
    Object.entries(r.params)
      .filter(([k]) => k !== "field")
      .map(([k, v]) => `${k}=${v}`)
      .join(" "),
  );
  const numWidth = Math.min(24, Math.max(...numbers.map((n) => n.length)));
  list.forEach((r, i) => {
    const state = !r.enabled ? ` [${RULES_TEXT.off(lang)}]` : r.changed ? ` [${RULES_TEXT.changed(lang)}]` : "";
    out.push(`  ${r.id.padEnd(idWidth)}  ${padDisplay(SEVERITY_LABEL[lang][r.severity], sevWidth)}  ${(numbers[i] ?? "").padEnd(numWidth)}  ${r.description[lang]}${state}`);
    out.push(`  ${" ".repeat(idWidth)}  ${lang === "en" ? "source" : "出典"}: ${r.source}`);
  });
  return `${out.join("\n")}\n`;
}

async function runRules(file: string | undefined, options: RulesCliOptions): Promise<number> {
  const sheets = file !== undefined ? (await read(file)).sheets : undefined;
  const profile = await loadProfile(options.rules, sheets, file);
  const list = rulesInForceList(profile ?? undefined);
  if (options.format === "json") process.stdout.write(`${JSON.stringify(rulesJson(list), null, 2)}\n`);
  else process.stdout.write(rulesText(list, options.rules ?? profile?.source, options.lang));
  return 0;
}

/** Writes COPY.xlsx: the workbook with a starting 規則 sheet of the values in force (the input is never changed). */
async function runInit(book: string, options: RulesCliOptions): Promise<number> {
  if (options.out === undefined) throw new CliError(RULES_TEXT.initNeedsOut());
  if (!/\.xlsx$/i.test(options.out)) throw new CliError(FAIL.notXlsx(options.out));
  if (await sameFile(book, options.out)) throw new CliError(RULES_TEXT.sameFile(options.out));
  const loaded = await read(book);
  if (rulesSheetOf(loaded.sheets)) throw new CliError(RULES_TEXT.initExists(book));
  const profile: Profile | null = await loadProfile(options.rules, undefined);
  const workbook = await excelWorkbook(loaded).catch((err: unknown) => {
    throw err instanceof WorkbookReadError ? new CliError(err.text) : err;
  });
  addRulesSheet(workbook, startingRulesSheet(profile ?? undefined));
  await writeWorkbookFile(workbook, options.out).catch((err: unknown) => {
    throw err instanceof WorkbookWriteError ? new CliError(err.text) : err;
  });
  process.stdout.write(`${RULES_TEXT.initDone(options.out, options.lang)}\n`);
  return 0;
}

async function read(file: string) {
  return readWorkbook(file).catch((err: unknown) => {
    throw err instanceof WorkbookReadError ? new CliError(err.text) : err;
  });
}
