/**
 * `npm run bench`: prints figures and ratios (never pass/fail). Measures, on synthetic cohorts of
 * 1,000 and 10,000 residents written as real .xlsx files:
 * - the engine alone (validateWorkbook on sheets already read), in µs per resident (target < 50);
 * - the CLI end to end (`rota validate --format json`, a new process) against exceljs merely
 *   loading the same file in this process (target: within 1.5×);
 * and, when their modules are built, the add-in's figures.
 *
 * Sections: cohort, big (big-workbooks.ts), addin, taskpane, plan, cli-start; name some after
 * `npm run bench --` to run only those.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/adapters/xlsx";
import { validateWorkbook } from "../../src/engine";
import { benchBigWorkbooks } from "./big-workbooks";
import { syntheticCohort } from "./cohort";

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

const CLI = path.join(__dirname, "..", "..", "src", "cli", "main.js");

function timed<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const out = fn();
  return [out, Number(process.hrtime.bigint() - start) / 1e6];
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const out = await fn();
  return [out, Number(process.hrtime.bigint() - start) / 1e6];
}

/** The best of `n` runs: the figure least disturbed by the rest of the machine. */
async function best(n: number, fn: () => Promise<number>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < n; i++) min = Math.min(min, await fn());
  return min;
}

async function benchCohort(residents: number, dir: string): Promise<Figure[]> {
  const file = path.join(dir, `cohort-${residents}.xlsx`);
  await syntheticCohort(residents).xlsx.writeFile(file);
  const runs = residents >= 10_000 ? 2 : 3;

  const loadMs = await best(runs, async () => (await timedAsync(() => new ExcelJS.Workbook().xlsx.readFile(file)))[1]);
  // The CLI is a new process: compare it with exceljs loading the file in a new process too
  // (node's start and exceljs's own loading included on both sides).
  const loadScript = `new (require(${JSON.stringify(require.resolve("exceljs"))}).Workbook)().xlsx.readFile(${JSON.stringify(file)}).catch((e)=>{console.error(e);process.exit(1)})`;
  const loadProcessMs = await best(runs, async () => {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, ["-e", loadScript], { stdio: ["ignore", "ignore", "inherit"] });
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  const { sheets } = await loadWorkbook(fs.readFileSync(file), file);
  // The first call includes the JIT's warm-up (what one CLI run pays); then the engine warmed.
  const firstMs = timed(() => validateWorkbook(sheets))[1];
  for (let i = 0; i < 2; i++) validateWorkbook(sheets);
  const engineMs = await best(runs, async () => timed(() => validateWorkbook(sheets))[1]);
  const report = validateWorkbook(sheets);
  const found = report.grids.reduce((n, g) => n + g.trainees.length, 0);
  if (found !== residents) throw new Error(`engine found ${found} residents, expected ${residents}`);
  const cliMs = await best(runs, async () => {
    const start = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, [CLI, "validate", file, "--format", "json"], { stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 30 });
    } catch (error) {
      // Exit status 1 means "errors found", which the synthetic cohort has on purpose.
      if ((error as { status?: number }).status !== 1) throw error;
    }
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  const n = residents.toLocaleString("en-US");
  return [
    { name: `${n} residents: exceljs load alone (in this process)`, value: loadMs, unit: "ms" },
    { name: `${n} residents: exceljs load alone (new process)`, value: loadProcessMs, unit: "ms" },
    { name: `${n} residents: engine, first call (cold JIT)`, value: firstMs, unit: "ms" },
    { name: `${n} residents: engine, first call per resident`, value: (firstMs * 1000) / residents, unit: "µs" },
    { name: `${n} residents: engine (validateWorkbook, warm)`, value: engineMs, unit: "ms" },
    { name: `${n} residents: engine per resident (warm)`, value: (engineMs * 1000) / residents, unit: "µs", target: "< 50" },
    { name: `${n} residents: CLI end to end (new process)`, value: cliMs, unit: "ms" },
    { name: `${n} residents: CLI ÷ load alone (both new processes)`, value: cliMs / loadProcessMs, unit: "×", target: "≤ 1.5" },
    { name: `${n} residents: CLI ÷ load alone (in this process)`, value: cliMs / loadMs, unit: "×" },
    { name: `${n} residents: findings`, value: report.findings.length, unit: "" },
  ];
}

/** Optional parts written by other modules: included when built. */
async function optional(modulePath: string, exportName: string): Promise<Figure[]> {
  const file = path.join(__dirname, modulePath);
  if (!fs.existsSync(`${file}.js`)) return [];
  const mod = (await import(file)) as Record<string, () => Promise<Figure[]>>;
  const fn = mod[exportName];
  return fn ? fn() : [];
}

async function main(): Promise<void> {
  if (!fs.existsSync(CLI)) throw new Error(`build the CLI first (npm run build:cli): ${CLI} is missing`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rota-bench-"));
  const figures: Figure[] = [];
  // `npm run bench -- big plan` runs only those sections (a shared machine: measure what changed).
  const wanted = new Set(process.argv.slice(2));
  const section = (name: string): boolean => wanted.size === 0 || wanted.has(name);
  try {
    if (section("cohort")) for (const residents of [1_000, 10_000]) figures.push(...(await benchCohort(residents, dir)));
    if (section("big")) figures.push(...(await benchBigWorkbooks(dir)));
    if (section("addin")) figures.push(...(await optional("addin", "benchAddin")));
    if (section("taskpane")) figures.push(...(await optional("taskpane", "benchTaskpane")));
    if (section("plan")) figures.push(...(await optional("plan", "benchPlan")));
    if (section("cli-start")) figures.push(...(await optional("cli-start", "benchCliStart")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const width = Math.max(...figures.map((f) => f.name.length));
  process.stdout.write(`Rota benchmark (node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"})\n`);
  for (const f of figures) {
    const value = f.unit === "×" ? f.value.toFixed(2) : f.value >= 100 ? f.value.toFixed(0) : f.value.toFixed(1);
    process.stdout.write(`  ${f.name.padEnd(width)}  ${value.padStart(8)} ${f.unit.padEnd(3)}${f.target ? `  (target ${f.target})` : ""}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
