/**
 * The `rota` program: its commands, bilingual help, and the one place where failures become a
 * line on stderr and an exit status (never a stack trace).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { CliError } from "./cli-error";
import { quotaCommand } from "./commands/quota";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { both, CLI, FAIL, HELP_TITLES, lines } from "./messages";
import { displayWidth } from "./width";

/** Commander's codes for help and version, which end well. */
const CLEAN_EXITS = new Set(["commander.helpDisplayed", "commander.version"]);

/** Help in both languages: titles translated, widths counted as a terminal shows Japanese. */
const HELP_CONFIG = { styleTitle: (title: string) => HELP_TITLES[title] ?? title, displayWidth };

/** Help titles translated, `-h` described, commander's errors thrown to {@link run} as one line. */
function withCommonSettings(command: Command, hint: string): Command {
  return withUsageLine(command, hint).exitOverride();
}

/** Bilingual help and commander's usage errors as Rota's one line (configureOutput merges, so a command's own output streams stay). */
function withUsageLine(command: Command, hint: string): Command {
  return command
    .helpOption("-h, --help", both(CLI.help))
    .configureHelp(HELP_CONFIG)
    .configureOutput({
      outputError: (text, write) => write(`${FAIL.usage(text.trim().replace(/^error:\s*/i, ""), hint)}\n`),
    });
}

function version(): string {
  try {
    // dist/src/cli/program.js and src/cli/program.ts both sit three folders below the package root.
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version?: string };
    if (pkg.version) return pkg.version;
  } catch {
    // fall through
  }
  return path.basename(path.join(__dirname, "..", "..")) === "dist" ? "unknown" : "dev";
}

/** The program with every command registered. */
export function buildProgram(): Command {
  const program = withCommonSettings(new Command("rota"), "rota")
    .description(lines(CLI.program))
    .version(version(), "-V, --version", both(CLI.version))
    .helpCommand("help [command]", both(CLI.helpCommand))
    .showSuggestionAfterError(true);
  program.addCommand(withCommonSettings(validateCommand(), "rota validate"));
  program.addCommand(withCommonSettings(templateCommand(), "rota template"));
  // quota keeps its own exit handling and output streams; its usage errors read like the others'.
  program.addCommand(withUsageLine(quotaCommand(), "rota quota"));
  return program;
}

/**
 * Runs the command line. Sets `process.exitCode` (the commands set it too) and never throws:
 * 0/1 come from the commands; 2 for usage errors, unreadable input and anything unexpected.
 */
export async function run(argv: readonly string[]): Promise<void> {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    // `rota validate … | head`: the reader went away; stop quietly.
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    process.exitCode = report(err);
  }
}

/** Writes the failure's one line (commander already wrote its own) and gives the exit status. */
function report(err: unknown): number {
  if (err instanceof CommanderError) return CLEAN_EXITS.has(err.code) ? 0 : 2;
  if (err instanceof CliError) {
    process.stderr.write(`${err.message}\n`);
    return err.exitCode;
  }
  const detail = err instanceof Error ? err.message.split("\n", 1)[0] ?? "" : String(err);
  process.stderr.write(`${FAIL.unexpected(detail)}\n`);
  if (process.env["ROTA_DEBUG"] && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 2;
}
