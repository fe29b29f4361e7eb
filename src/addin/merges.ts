/// <reference types="office-js" />
import { areaToA1 } from "../engine";
import { parseAreaList, quoteSheet } from "../engine";
import type { MergeInfo, MergeQuery, MergeReader } from "./readers";

/**
 * Merged areas read from the workbook through the Excel API, for the custom functions running in
 * the add-in's shared runtime. Excel hands a function a merged cell's value in its first cell only;
 * the rest arrive empty, and without the merges a four-block rotation would count as one block and
 * three gaps. This reads `getMergedAreasOrNullObject()` over the grid's range: one round trip, read
 * only, never a write.
 *
 * Cached by the grid's address and content: every ROTA.WEEKS beside a grid asks at once during one
 * recalculation and shares one read (the promise is cached, not just the answer). A merge or an
 * unmerge that leaves the values as they were is seen after `ttlMs`, when Excel recalculates.
 */
export interface ExcelMergeReaderOptions {
  /** How long a read stays good for the same grid content (ms). */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

export interface CachingMergeReader extends MergeReader {
  /** Forgets every read (the ribbon's 再検査 does this before a full recalculation). */
  clear(): void;
}

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function excelRun(): ExcelRun | undefined {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  return excel && typeof excel.run === "function" ? (excel.run.bind(excel) as ExcelRun) : undefined;
}

async function readMerges(run: ExcelRun, sheet: string, range: string): Promise<MergeInfo> {
  try {
    return await run(async (context): Promise<MergeInfo> => {
      const merged = context.workbook.worksheets
        .getItem(sheet)
        .getRange(range)
        .getMergedAreasOrNullObject();
      merged.load("address");
      await context.sync();
      if (merged.isNullObject === true) return { known: true, areas: [] };
      return { known: true, areas: parseAreaList(merged.address) };
    });
  } catch {
    return { known: false, reason: "failed" };
  }
}

export function createExcelMergeReader(options: ExcelMergeReaderOptions = {}): CachingMergeReader {
  const ttl = options.ttlMs ?? 2_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { readonly at: number; readonly info: Promise<MergeInfo> }>();
  return {
    read(grid: MergeQuery): Promise<MergeInfo> {
      const run = excelRun();
      if (!run) return Promise.resolve({ known: false, reason: "no-excel" });
      if (grid.sheet === "") return Promise.resolve({ known: false, reason: "failed" });
      const range = areaToA1(grid.area);
      const key = `${quoteSheet(grid.sheet)}!${range}|${grid.key}`;
      const t = now();
      const hit = cache.get(key);
      if (hit && t - hit.at < ttl) return hit.info;
      const info = readMerges(run, grid.sheet, range);
      cache.set(key, { at: t, info });
      if (cache.size > 64) {
        for (const [k, v] of cache) if (t - v.at >= ttl) cache.delete(k);
      }
      return info;
    },
    clear(): void {
      cache.clear();
    },
  };
}
