/**
 * Keeps a workbook's default font through exceljs.
 *
 * exceljs writes its own default font (Calibri 11) as font 0 of every workbook it saves, so a
 * workbook made by Japanese Excel (游ゴシック or ＭＳ Ｐゴシック, charset 128) would come back with
 * every unstyled cell in Calibri. We remember the input's font 0 when reading and put it back in
 * the package exceljs wrote.
 */
import type * as ExcelJS from "exceljs";
import { readZipEntry, replaceZipEntry } from "./zip";

const STYLES = "xl/styles.xml";
const FIRST_FONT = /(<fonts\b[^>]*>\s*)(<font\b[^>]*\/>|<font\b[^>]*>[\s\S]*?<\/font>)/;
const remembered = new WeakMap<ExcelJS.Workbook, string>();

/** Notes the default font of the package the workbook was loaded from. */
export function rememberDefaultFont(workbook: ExcelJS.Workbook, xlsx: Buffer): void {
  const styles = readZipEntry(xlsx, STYLES);
  const font = styles ? FIRST_FONT.exec(styles.toString("utf8"))?.[2] : undefined;
  if (font) remembered.set(workbook, font);
}

/** The written package with the remembered default font back in place (or as it was). */
export function restoreDefaultFont(workbook: ExcelJS.Workbook, written: Buffer): Buffer {
  const font = remembered.get(workbook);
  if (!font) return written;
  const styles = readZipEntry(written, STYLES)?.toString("utf8");
  const current = styles ? FIRST_FONT.exec(styles) : null;
  if (!styles || !current || current[2] === font) return written;
  const patched = styles.replace(FIRST_FONT, (_all, open: string) => `${open}${font}`);
  return replaceZipEntry(written, STYLES, Buffer.from(patched, "utf8")) ?? written;
}
