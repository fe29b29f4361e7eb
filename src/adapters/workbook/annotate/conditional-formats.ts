/**
 * Rota's highlights in a worksheet's XML: one `<conditionalFormatting>` per severity over the
 * offending cells, with a formula that is always true and carries Rota's mark (the task pane's
 * own, see engine/present/highlight-mark.ts). The user's fills stay in their cells' styles, seen
 * again the moment Rota's conditional formats are deleted; the user's conditional formats stay,
 * after Rota's in priority.
 */
import { isRotaFormula } from "../../../engine/present/highlight-mark";
import { CF_MARK } from "../../../engine/present/highlight-mark";
import { escapeXml, insertBefore, rootPrefix, tagName } from "./xml-text";

/** Elements that come after `<conditionalFormatting>` in a worksheet (ECMA-376 CT_Worksheet). */
const AFTER_CF = ["dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

const CF_BLOCK = new RegExp(`<${tagName("conditionalFormatting")}[\\s>][\\s\\S]*?</${tagName("conditionalFormatting")}>`, "g");

/** Whether the sheet holds conditional formats Rota wrote. */
export function hasRotaFormats(sheetXml: string): boolean {
  return sheetXml.includes(CF_MARK);
}

/** The sheet without Rota's conditional formats (the user's untouched). */
export function withoutRotaFormats(sheetXml: string): string {
  return sheetXml.replace(CF_BLOCK, (block) => (isRotaFormula(block) ? "" : block));
}

export interface Highlight {
  readonly severity: "error" | "warning";
  /** Space-separated A1 references (`B3 C4:D5`). */
  readonly sqref: string;
  readonly dxfId: number;
}

/** Adds Rota's highlights first in priority, moving the user's rules after them. */
export function withRotaFormats(sheetXml: string, highlights: readonly Highlight[]): string {
  if (highlights.length === 0) return sheetXml;
  const shifted = sheetXml.replace(CF_BLOCK, (block) => block.replace(/(\spriority=")(\d+)(")/g, (_all, a: string, n: string, b: string) => `${a}${Number(n) + highlights.length}${b}`));
  const x = rootPrefix(sheetXml, "worksheet");
  const blocks = highlights
    .map(
      (h, i) =>
        `<${x}conditionalFormatting sqref="${h.sqref}"><${x}cfRule type="expression" dxfId="${h.dxfId}" priority="${i + 1}"><${x}formula>${escapeXml(`ISTEXT("${CF_MARK}: ${h.severity}")`)}</${x}formula></${x}cfRule></${x}conditionalFormatting>`,
    )
    .join("");
  return insertBefore(shifted, "worksheet", AFTER_CF, blocks);
}
