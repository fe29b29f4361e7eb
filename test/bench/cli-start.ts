/**
 * How long `rota` takes to start (a new process printing its version): the single-file bundle
 * (npm run build:bundle), the file package.json's `bin` names (dist/bin/rota.js, what `npm link` and
 * npx run), the compiled files it is joined from, and `npx rota` inside the clone. Included in
 * `npm run bench` when the bundle is built.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Figure } from "./index";

const ROOT = path.join(__dirname, "..", "..", "..");
const BUNDLE = path.join(ROOT, "dist", "rota", "rota.js");
const BIN = path.join(ROOT, "dist", "bin", "rota.js");
const COMPILED = path.join(ROOT, "dist", "src", "cli", "main.js");

/** The best of `n` starts of a command, in ms. */
function bestStart(n: number, file: string, args: readonly string[]): number {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    execFileSync(file, [...args], { cwd: ROOT, stdio: "ignore" });
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

export async function benchCliStart(): Promise<Figure[]> {
  if (!fs.existsSync(BUNDLE)) return [];
  const bundle = bestStart(5, process.execPath, [BUNDLE, "--version"]);
  const bin = bestStart(5, process.execPath, [BIN, "--version"]);
  const compiled = bestStart(5, process.execPath, [COMPILED, "--version"]);
  const npx = bestStart(2, "npx", ["--no-install", "rota", "--version"]);
  return [
    { name: "CLI start: single-file bundle (node dist/rota/rota.js)", value: bundle, unit: "ms" },
    { name: "CLI start: bin (node dist/bin/rota.js, npm link)", value: bin, unit: "ms" },
    { name: "CLI start: compiled files it is joined from (node dist/src/cli/main.js)", value: compiled, unit: "ms" },
    { name: "CLI start: npx rota (in the clone)", value: npx, unit: "ms" },
    { name: "CLI start: npx ÷ bundle", value: npx / bundle, unit: "×" },
    { name: "CLI start: bundle size", value: fs.statSync(BUNDLE).size / 1024, unit: "KB" },
  ];
}
