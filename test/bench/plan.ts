/**
 * The planner's figures for `npm run bench` (issue 12): planning 20 and 100 residents × 26 blocks
 * with capacities, and repairing 20 residents with three errors, each with the memory it took
 * (the process's resident set, which holds HiGHS's WebAssembly heap, and the JS heap's growth).
 */
import { highsSolver } from "../../src/adapters/solver/highs";
import type { CellValue, SheetData } from "../../src/engine";
import { planWorkbook, type PlanOutcome } from "../../src/engine/plan";
import type { Figure } from "./index";

const FIELDS_PER_BLOCK = ["内科", "内科", "内科", "内科", "内科", "内科", "救急", "救急", "救急", "外科", "外科", "小児科", "小児科", "産婦人科", "産婦人科", "精神科", "精神科", "内科", "内科", "内科", "地域医療", "地域医療", "内科", "内科", "整形外科", "皮膚科"];

/** A cohort sheet of `n` residents: a few blocks fixed (内科 first, some leave), the rest empty. */
function cohortSheet(n: number, filled: (resident: number) => ReadonlyArray<string | null>, courses = true): SheetData {
  const rows: CellValue[][] = [["氏名", "コース", ...Array.from({ length: 26 }, (_, i) => i + 1)]];
  // Every fifth resident in the hematology department's course A.
  for (let r = 0; r < n; r++) rows.push([`研修医 ${r + 1}`, courses && r % 5 === 0 ? "A" : null, ...filled(r)]);
  return { name: "2026年度", rows, origin: { row: 0, col: 0 } };
}

function capacitySheet(scale: number): SheetData {
  const rows: CellValue[][] = [["診療科", "定員"]];
  for (const [field, cap] of [["救急", 4], ["小児科", 2], ["産婦人科", 2], ["精神科", 2], ["外科", 3], ["地域医療", 3]] as const) rows.push([field, cap * scale]);
  return { name: "定員", rows, origin: { row: 0, col: 0 } };
}

/** Mostly empty: the first block fixed to 内科 for half of them, a block of leave for every tenth. */
const sparse = (r: number) => Array.from({ length: 26 }, (_, b) => (b === 0 && r % 2 === 0 ? "内科" : b === 5 && r % 10 === 3 ? "休止" : null));

/** A complete plan (shifted per resident so capacity holds), with three errors in three residents. */
function broken(r: number): string[] {
  const shift = (r * 2) % 26;
  const plan = Array.from({ length: 26 }, (_, b) => FIELDS_PER_BLOCK[(b + 26 - shift) % 26]!);
  // 地域医療 in 2年次 where the shift moved it to 1年次 is a warning, not an error: left as it is.
  if (r === 3) return plan.map((t) => (t === "小児科" ? "整形外科" : t)); // ped-4w
  if (r === 7) {
    const i = plan.indexOf("救急");
    return plan.map((t, b) => (b === i ? "皮膚科" : t)); // em-12w (8 weeks)
  }
  if (r === 12) return plan.map((t) => (t === "精神科" ? "眼科" : t)); // psy-4w
  return plan;
}

async function measure(name: string, sheets: SheetData[], mode: "plan" | "fix", timeLimit: number, target: string): Promise<Figure[]> {
  const solve = highsSolver();
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const start = process.hrtime.bigint();
  let outcome: PlanOutcome;
  try {
    outcome = await planWorkbook(sheets, { mode, timeLimit }, solve);
  } finally {
    clearInterval(sampler);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  if (!outcome.ok) process.stderr.write(`bench: ${name}: ${outcome.status} ${outcome.reasons.map((r) => r.message.en).join("; ")}\n`);
  return [
    { name: `${name}: time${outcome.stats.timedOut ? " (time limit reached)" : ""}`, value: ms, unit: "ms", target },
    { name: `${name}: memory, peak RSS (with the solver)`, value: peakRss / 2 ** 20, unit: "MB" },
    { name: `${name}: memory, JS heap growth`, value: heap, unit: "MB" },
    { name: `${name}: ${mode === "fix" ? "cells changed" : "blocks filled"}${outcome.ok ? "" : " (NO PLAN)"}`, value: outcome.changes.length, unit: "" },
    { name: `${name}: model variables`, value: outcome.stats.variables, unit: "" },
  ];
}

export async function benchPlan(): Promise<Figure[]> {
  // The first solve loads the WebAssembly: measured apart so the figures below are the planner's.
  const load = process.hrtime.bigint();
  await planWorkbook([cohortSheet(1, () => Array.from({ length: 26 }, (_, b) => (b < 25 ? FIELDS_PER_BLOCK[b]! : null)))], { mode: "plan" }, highsSolver());
  const loadMs = Number(process.hrtime.bigint() - load) / 1e6;
  return [
    { name: "planner: first call (loads HiGHS's WebAssembly)", value: loadMs, unit: "ms" },
    ...(await measure("plan 20 residents × 26 blocks, capacities", [cohortSheet(20, sparse), capacitySheet(1)], "plan", 60, "< 10000")),
    ...(await measure("plan 100 residents × 26 blocks, capacities", [cohortSheet(100, sparse), capacitySheet(5)], "plan", 50, "< 60000")),
    ...(await measure("fix 20 residents with 3 errors", [cohortSheet(20, broken, false), capacitySheet(1)], "fix", 30, "< 5000")),
  ];
}
