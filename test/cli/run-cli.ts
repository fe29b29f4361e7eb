/**
 * Runs the compiled `rota` as a real process, the way a user (or an acceptance check) does.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
/** The `rota` package.json's `bin` names (npm link, npx): Rota's code as one file (src/cli/bin.config.js). */
export const MAIN = path.join(ROOT, "dist", "bin", "rota.js");
/** The compiled files it is built from, one per source file (what a test of which modules load inspects). */
export const COMPILED = path.join(ROOT, "dist", "src", "cli", "main.js");

/**
 * Builds the CLI as `npm run build:cli` does: compiles it (`tsc -p src/cli/tsconfig.json`), then
 * joins it into the one file `bin` names. Type errors anywhere in the project are the typecheck's
 * business (`npm test` runs it first); this fails only when nothing runnable came out.
 */
export function buildCli(): void {
  // Jest runs test files in parallel workers: one compiles while the others wait, and a run
  // compiles once (the workers share the jest process as their parent).
  const lock = path.join(os.tmpdir(), `rota-cli-build-${Buffer.from(ROOT).toString("hex").slice(-32)}.lock`);
  const stamp = path.join(ROOT, "dist", ".cli-build-run");
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (existsSync(stamp) && existsSync(MAIN) && existsSync(COMPILED) && readFileSync(stamp, "utf8") === String(process.ppid)) return;
    rmSync(MAIN, { force: true });
    const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", path.join("src", "cli", "tsconfig.json")], { cwd: ROOT, encoding: "utf8" });
    if (!existsSync(COMPILED)) throw new Error(`the CLI did not compile:\n${result.stdout}${result.stderr}`);
    const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
    const joined = spawnSync(process.execPath, [webpack, "--config", path.join("src", "cli", "bin.config.js")], { cwd: ROOT, encoding: "utf8" });
    if (joined.status !== 0 || !existsSync(MAIN)) throw new Error(`the CLI did not build into one file:\n${joined.stdout}${joined.stderr}`);
    writeFileSync(stamp, String(process.ppid));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `rota …args` with a plain environment (no TTY, so no progress display). */
export function rota(args: readonly string[], cwd: string = ROOT): CliResult {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ROTA_DEBUG: "" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Asserts the shape of a failure: exactly one line on stderr, no stack trace. */
export function oneLine(stderr: string): string {
  const lines = stderr.split("\n").filter((l) => l !== "");
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got ${lines.length}:\n${stderr}`);
  if (/^\s+at /m.test(stderr) || /^\w*Error\b/.test(lines[0]!)) throw new Error(`stack trace on stderr:\n${stderr}`);
  return lines[0]!;
}
