import type * as ExcelJSModule from "exceljs";

let loaded: typeof ExcelJSModule | undefined;

/**
 * exceljs, loaded on first use. Reading goes through Rota's own streaming reader; exceljs is needed
 * only to write a template, a 規則 sheet or a planned copy, and loading it takes about 120 ms, which
 * every `rota validate` paid at start-up while it was imported eagerly.
 */
export function exceljs(): typeof ExcelJSModule {
  // eslint-disable-next-line ts/no-require-imports -- a deliberate lazy load (see above)
  return (loaded ??= require("exceljs") as typeof ExcelJSModule);
}
