/**
 * Where a program's profile comes from on the command line: `--rules FILE` (JSON, or the 規則
 * table as .xlsx or .csv), else the workbook's own 規則 sheet. The file is read here; the engine
 * parses what was read. A profile that cannot be used is one line on stderr and exit 2 (CONTRACT §7).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { PROFILE_MESSAGES } from "../engine/messages/profile";
import type { SheetData } from "../engine/model/sheet";
import { parseProfileJson, parseProfileTable, readProfileSheet, rulesSheetOf, type Profile, type ProfileResult } from "../engine/profile";
import { parseCsv } from "../engine/quota/csv";
import { readWorkbook, WorkbookReadError } from "../adapters/xlsx";
import { CliError } from "./cli-error";
import { decodeText as decode } from "../adapters/workbook/text-file";
import { PROFILE_FAIL } from "./messages";

/** The profile in force: the file's when one is given (it takes the workbook's sheet's place), else the sheet's; null when neither. */
export async function loadProfile(file: string | undefined, sheets: readonly SheetData[] | undefined, workbook?: string): Promise<Profile | null> {
  if (file !== undefined) return usable(file, await readProfileFile(file));
  const fromSheet = sheets ? readProfileSheet(sheets) : undefined;
  return fromSheet ? usable(workbook ?? "", fromSheet) : null;
}

/** A profile file as the engine reads it. */
export async function readProfileFile(file: string): Promise<ProfileResult> {
  const ext = path.extname(file).toLowerCase();
  const bytes = await fs.readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new CliError(PROFILE_FAIL.unreadable(file, err.code === "ENOENT" ? "ファイルがありません" : (err.code ?? err.message), err.code === "ENOENT" ? "no such file" : (err.code ?? err.message)));
  });
  if (ext === ".json") {
    let json: unknown;
    try {
      json = JSON.parse(decode(bytes));
    } catch (err) {
      return { ok: false, problems: [PROFILE_MESSAGES.notJson(err instanceof Error ? err.message : String(err))] };
    }
    return parseProfileJson(json, path.basename(file));
  }
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") {
    return parseProfileTable({ name: path.basename(file), rows: parseCsv(decode(bytes)) }, path.basename(file));
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    const loaded = await readWorkbook(file).catch((err: unknown) => {
      throw err instanceof WorkbookReadError ? new CliError(err.text) : err;
    });
    const sheet = rulesSheetOf(loaded.sheets) ?? loaded.sheets[0];
    if (!sheet) return { ok: false, problems: [PROFILE_MESSAGES.noHeader(path.basename(file))] };
    return parseProfileTable(sheet, `${path.basename(file)} ${sheet.name}`);
  }
  throw new CliError(PROFILE_FAIL.badExtension(file));
}

/** The profile, or exit 2 with its first problem (and how many more) on one line. */
function usable(file: string, result: ProfileResult): Profile {
  if (result.ok) return result.profile;
  throw new CliError(PROFILE_FAIL.problems(file, result.problems));
}

