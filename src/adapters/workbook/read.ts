/**
 * Rota's own .xlsx reader: node's zlib to unpack (package.ts; fflate for the odd zip), its own XML
 * scanner to stream each part once (xml.ts; saxes for what the scanner leaves to it). Reads what the
 * grids need — values and merged areas of every worksheet — in time and memory linear in the sheet
 * XML, whatever the merges cover. Nothing here knows Excel's object model (exceljs stays for
 * writing templates).
 */
import type { SheetData } from "../../engine/model/sheet";
import { WorkbookReadError } from "../xlsx/errors";
import { workbookMap } from "./content";
import { openPackage, type Package } from "./package";
import { PartError, requiredPart } from "./part-error";
import { sharedStrings } from "./shared-strings";
import { readSheet } from "./sheet";
import { dateStyles } from "./styles";

/**
 * Every worksheet of an .xlsx package, in the workbook's order, origin A1.
 *
 * @throws {WorkbookReadError} "corrupt" (the zip cannot be unpacked), "oversize" (a part would
 *   expand beyond the memory bound), "malformed" (a part is damaged: named, in our words),
 *   "not-workbook" (no worksheet).
 * @example
 * readXlsxSheets(fs.readFileSync("plans.xlsx"), "plans.xlsx")[0].rows[2][1]; // → "必修\n内科\n（血液）"
 */
export function readXlsxSheets(bytes: Uint8Array, label: string): SheetData[] {
  return readPackageSheets(openPackage(bytes, label), label);
}

export function readPackageSheets(pkg: Package, label: string): SheetData[] {
  try {
    const map = workbookMap(pkg);
    if (!map || map.sheets.length === 0) throw new WorkbookReadError(label, "not-workbook");
    const ctx = {
      strings: sharedStrings(pkg, map.sharedStringsPart),
      dateStyles: dateStyles(pkg, map.stylesPart),
      dateSystem: map.dateSystem,
    };
    return map.sheets.map((s) => readSheet(s.name, s.part, requiredPart(pkg, s.part), ctx));
  } catch (err) {
    if (err instanceof PartError) throw new WorkbookReadError(label, "malformed", { ja: `${err.part} — ${err.why.ja}`, en: `${err.part}: ${err.why.en}` });
    throw err;
  }
}
