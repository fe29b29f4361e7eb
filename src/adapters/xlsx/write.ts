import { promises as fs } from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { restoreDefaultFont } from "./default-font";
import { WorkbookWriteError } from "./errors";
import { errorText } from "./read";

/** The workbook as .xlsx bytes (a workbook that was read keeps its default font: see default-font.ts). */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs's typings call it their own Buffer; at runtime it is node's.
  const written = Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as Uint8Array);
  return restoreDefaultFont(workbook, written);
}

/**
 * Writes bytes to `file` (replacing it if it exists), through a temporary file beside it renamed
 * into place, so a failure never leaves half a workbook behind.
 *
 * @throws {WorkbookWriteError} with one bilingual line.
 */
export async function writeBytesFile(bytes: Uint8Array, file: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new WorkbookWriteError(file, describeWriteError(err));
  }
}

/**
 * Writes the workbook to `file` (replacing it if it exists). The bytes go to a temporary file
 * beside it first and are renamed into place, so a failure never leaves half a workbook behind.
 *
 * @throws {WorkbookWriteError} with one bilingual line when the folder is missing, the file is
 *   locked, or the disk refuses.
 */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await writeBytesFile(await workbookBuffer(workbook), file);
}

function describeWriteError(err: unknown): { ja: string; en: string } {
  const code = typeof err === "object" && err !== null && "code" in err ? err.code : undefined;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return { ja: "書き出し先のフォルダーがありません", en: "the folder does not exist" };
    case "EACCES":
    case "EPERM":
      return { ja: "書き込み権限がありません", en: "permission denied" };
    case "EISDIR":
      return { ja: "同じ名前のフォルダーがあります", en: "it is a directory" };
    case "EBUSY":
      return { ja: "ほかのプログラムが開いています", en: "the file is in use" };
    default:
      return { ja: errorText(err), en: errorText(err) };
  }
}
