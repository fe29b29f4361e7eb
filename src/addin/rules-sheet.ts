/// <reference types="office-js" />
import type { SheetData } from "../engine";
import { isRulesSheetName } from "../engine";
import type { RulesReader } from "./readers";

/**
 * The workbook's 規則 sheet read through the Excel API, for ROTA.VALIDATE in the shared runtime
 * (CONTRACT §7: the function reads the program's rules as the CLI and the pane do). One round trip
 * for the sheet names and one for the sheet's values, read only. The read (its promise) is cached
 * for `ttlMs`, so that every ROTA.VALIDATE of one recalculation shares it; the ribbon's 再検査
 * clears it.
 */
type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function excelRun(): ExcelRun | undefined {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  return excel && typeof excel.run === "function" ? (excel.run.bind(excel) as ExcelRun) : undefined;
}

export interface CachingRulesReader extends RulesReader {
  clear(): void;
}

export function createExcelRulesReader(
  options: { ttlMs?: number; now?: () => number } = {}
): CachingRulesReader {
  const ttl = options.ttlMs ?? 2_000;
  const now = options.now ?? Date.now;
  let cached: { at: number; sheet: Promise<SheetData | undefined> } | undefined;
  return {
    read(): Promise<SheetData | undefined> {
      const run = excelRun();
      if (!run) return Promise.resolve(undefined);
      const t = now();
      if (cached && t - cached.at < ttl) return cached.sheet;
      const sheet = readRulesSheet(run).catch(() => undefined);
      cached = { at: t, sheet };
      return sheet;
    },
    clear(): void {
      cached = undefined;
    },
  };
}

async function readRulesSheet(run: ExcelRun): Promise<SheetData | undefined> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = sheets.items.map((s) => s.name).find(isRulesSheetName);
    if (name === undefined) return undefined;
    const used = sheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    if (used.isNullObject) return { name, rows: [] };
    return {
      name,
      rows: used.values as SheetData["rows"],
      origin: { row: used.rowIndex, col: used.columnIndex },
    };
  });
}
