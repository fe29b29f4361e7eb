/**
 * The add-in's part of `npm run bench` (test/bench/index.ts calls {@link benchAddin}):
 * - one ROTA.VALIDATE call on a grid of 100 and of 2,000 residents, 26 four-week blocks each, as
 *   Excel hands it over (merged rotations: the value in the first cell, the workbook's merged
 *   areas given), cold (nothing cached) and on a recalculation with the grid unchanged;
 * - the size of the functions and task pane bundles, minified and gzipped, when dist/addin is built
 *   (`npm run build`).
 * Plain node: no webpack, DOM or Office code is imported.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import type { MergeReader } from "../../src/addin/readers";
import { clearMemos, rotaValidate } from "../../src/functions/rota";
import { CLEAN, SHORT_EM, excelCohort, type ExcelTrainee, type Rotation } from "../functions/excel";

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

const UNKNOWN: readonly Rotation[] = [...CLEAN.slice(0, -1), ["循還器内科", 3]];

/** Residents with a clean plan, a short 救急 or a misspelt field, some of course A. */
function residents(n: number): ExcelTrainee[] {
  const plans = [CLEAN, CLEAN, SHORT_EM, CLEAN, UNKNOWN, CLEAN, CLEAN];
  return Array.from({ length: n }, (_, i) => ({
    name: `研修医 ${i + 1}`,
    ...(i % 3 === 0 ? { course: "A" } : {}),
    rotations: plans[i % plans.length]!,
  }));
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function best(runs: number, fn: () => Promise<number>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, await fn());
  return min;
}

async function benchValidate(n: number): Promise<Figure[]> {
  const grid = excelCohort({ trainees: residents(n), continuation: "merge" });
  const merges: MergeReader = { read: () => Promise.resolve({ known: true, areas: grid.merges }) };
  const call = () => rotaValidate([grid.values], grid.address, merges);
  const first = await call();
  if (first.length < 2) throw new Error(`ROTA.VALIDATE found nothing on ${n} residents`);
  const runs = n >= 1_000 ? 5 : 20;
  const cold = await best(runs, async () => {
    clearMemos();
    const start = process.hrtime.bigint();
    await call();
    return ms(start);
  });
  await call();
  const warm = await best(runs, async () => {
    const values = grid.values.map((row) => [...row]); // Excel hands over fresh arrays each time
    const start = process.hrtime.bigint();
    await rotaValidate([values], grid.address, merges);
    return ms(start);
  });
  const label = `ROTA.VALIDATE, ${n.toLocaleString("en-US")} residents`;
  return [
    { name: `${label}`, value: cold, unit: "ms", ...(n === 100 ? { target: "< 5" } : {}) },
    { name: `${label}, recalculated unchanged`, value: warm, unit: "ms" },
  ];
}

/** The folder holding package.json, from wherever this file runs (test/bench or dist/test/bench). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

function bundleSizes(): Figure[] {
  const dir = path.join(projectRoot(), "dist", "addin");
  if (!fs.existsSync(dir)) return [];
  const figures: Figure[] = [];
  for (const entry of ["functions", "taskpane"]) {
    const file = fs.readdirSync(dir).find((f) => f.startsWith(`${entry}.`) && f.endsWith(".js"));
    if (!file) continue;
    const bytes = fs.readFileSync(path.join(dir, file));
    figures.push({
      name: `${entry} bundle, minified`,
      value: bytes.length / 1024,
      unit: "KB",
      ...(entry === "functions" ? { target: "< 200" } : {}),
    });
    figures.push({ name: `${entry} bundle, gzipped`, value: gzipSync(bytes, { level: 9 }).length / 1024, unit: "KB" });
  }
  return figures;
}

export async function benchAddin(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of [100, 2_000]) figures.push(...(await benchValidate(n)));
  figures.push(...bundleSizes());
  return figures;
}
