/**
 * The `rota` program: its commands, bilingual help, and the one place where failures become
 * lines on stderr in Rota's one error form and an exit status (never a stack trace).
 *
 * Adding a command: write `xyzCommand(): Command` in commands/ (texts in messages.ts, bad values
 * thrown as {@link invalidArgument} or {@link CliError}) and list it, with its name, in
 * {@link COMMANDS}; help, usage errors and the error language come with it.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { CliError } from "./cli-error";
import type { ErrorLang } from "./messages";
import { both, CLI, errorLine, FAIL, HELP_TITLES, lines } from "./messages";
import { usageText } from "./usage-error";
import { displayWidth } from "./width";

/** Every command of `rota`, in the order its help lists them. */
const COMMANDS: ReadonlyArray<readonly [name: string, make: () => Promise<Command>]> = [
  ["validate", async () => (await import("./commands/validate")).validateCommand()],
  ["template", async () => (await import("./commands/template")).templateCommand()],
  ["quota", async () => (await import("./commands/quota")).quotaCommand()],
  ["rules", async () => (await import("./commands/rules")).rulesCommand()],
  ["plan", async () => (await import("./commands/plan")).planCommand("plan")],
  ["fix", async () => (await import("./commands/plan")).planCommand("fix")],
];

/** Commander's codes for help and version, which end well. */
const CLEAN_EXITS = new Set(["commander.helpDisplayed", "commander.version", "commander.help", "commander.executeSubCommandAsync"]);

/** Help in both languages: titles translated, widths counted as a terminal shows Japanese. */
const HELP_CONFIG = { styleTitle: (title: string) => HELP_TITLES[title] ?? title, displayWidth };

/** A usage error raised by commander, with the command whose help to point at. */
class UsageFailure extends Error {
  constructor(
    readonly failure: CommanderError,
    readonly hint: string,
  ) {
    super(failure.message);
  }
}

/**
 * Bilingual help, and commander's usage errors thrown to {@link run} (which writes them in Rota's
 * form) instead of printed in English.
 */
export function asRotaCommand(command: Command, hint = `rota ${command.name()}`): Command {
  return command
    .helpOption("-h, --help", both(CLI.help))
    .configureHelp(HELP_CONFIG)
    .configureOutput({ outputError: () => undefined })
    .exitOverride((err) => {
      throw CLEAN_EXITS.has(err.code) ? err : new UsageFailure(err, hint);
    });
}

/** The package's version: written into the single-file bundle by its build, else read from package.json. */
function version(): string {
  // npm run build:bundle replaces this expression with the version (webpack's DefinePlugin).
  const bundled = process.env.ROTA_BUNDLED_VERSION;
  if (bundled) return bundled;
  try {
    // dist/src/cli/program.js and src/cli/program.ts both sit three folders below the package root.
    const pkg: unknown = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "package.json"), "utf8"));
    if (typeof pkg === "object" && pkg !== null && "version" in pkg && typeof pkg.version === "string" && pkg.version) return pkg.version;
  } catch {
    // fall through
  }
  return "dev";
}

/**
 * The program with its commands registered: only the command `argv` runs when it names one (each
 * command's module is loaded when it is needed: `rota validate` loaded the planner's, the quota's and
 * the template writer's modules at every start), else every command (for help, and an unknown
 * command's suggestions).
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = asRotaCommand(new Command("rota"), "rota")
    .description(lines(CLI.program))
    .version(version(), "-V, --version", both(CLI.version))
    .helpCommand("help [command]", both(CLI.helpCommand))
    .showSuggestionAfterError(true);
  const named = COMMANDS.filter(([name]) => name === argv[2]);
  for (const [, make] of named.length > 0 ? named : COMMANDS) program.addCommand(asRotaCommand(await make()));
  return program;
}

/**
 * The language of the error lines: the one `--lang` names, else both (Japanese first). Read from
 * the raw arguments, so that a usage error found before `--lang` is parsed speaks it too.
 */
export function errorLanguage(argv: readonly string[]): ErrorLang {
  for (const [i, arg] of argv.entries()) {
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "en" || value === "ja") return value;
  }
  return "both";
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
    await (await buildProgram(argv)).parseAsync([...argv]);
  } catch (err) {
    process.exitCode = report(err, errorLanguage(argv.slice(2)));
  }
}

/** Writes the failure's lines and gives the exit status. */
export function report(err: unknown, lang: ErrorLang, write: (text: string) => void = (t) => void process.stderr.write(t)): number {
  if (err instanceof CommanderError && CLEAN_EXITS.has(err.code)) return 0;
  if (err instanceof UsageFailure) {
    write(`${errorLine(FAIL.usage(usageText(err.failure), err.hint), lang)}\n`);
    return 2;
  }
  if (err instanceof CliError) {
    write(err.texts.map((t) => `${errorLine(t, lang)}\n`).join(""));
    return err.exitCode;
  }
  const detail = err instanceof Error ? err.message.split("\n", 1)[0] ?? "" : String(err);
  write(`${errorLine(FAIL.unexpected(detail), lang)}\n`);
  if (process.env["ROTA_DEBUG"] && err instanceof Error && err.stack) write(`${err.stack}\n`);
  return 2;
}
