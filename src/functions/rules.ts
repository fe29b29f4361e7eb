import type { SheetData } from "../engine";

/**
 * Where ROTA.VALIDATE finds the program's 規則 sheet: the workbook through the Excel API in the
 * shared runtime (src/addin/rules-sheet.ts), or nowhere (tests, the benchmark).
 */
export interface RulesReader {
  /** The 規則 sheet's values; undefined when the workbook has none or it cannot be read. Never rejects. */
  read(): Promise<SheetData | undefined>;
}

export const NO_RULES: RulesReader = { read: () => Promise.resolve(undefined) };
