import * as path from "node:path";

/** Why a workbook could not be read, as a code a caller can branch on. */
export type WorkbookReadFailure =
  | "missing" // no such file
  | "directory" // the path is a folder
  | "unreadable" // the file exists but cannot be opened (permissions …)
  | "empty" // 0 bytes
  | "encrypted" // an OLE compound file holding an EncryptedPackage: a password-protected .xlsx
  | "legacy-xls" // an OLE compound file that is not encrypted: an Excel 97-2003 .xls
  | "not-xlsx" // not a zip at all (text, CSV, PDF …)
  | "corrupt" // a zip that cannot be unpacked
  | "not-workbook" // a zip without worksheets (a .docx, a .zip of anything)
  | "oversize" // a part would expand beyond the reader's memory bound (a zip bomb, or a sheet too large to check)
  | "malformed" // the zip unpacks but one part is not what a workbook holds (the detail names the part)
  | "unsupported"; // a file format the reader does not take

const REASONS: Readonly<Record<WorkbookReadFailure, { readonly ja: string; readonly en: string }>> = {
  missing: { ja: "ファイルがありません", en: "no such file" },
  directory: { ja: "フォルダーです (ファイルを指定してください)", en: "it is a directory, not a file" },
  unreadable: { ja: "ファイルを開けません", en: "the file cannot be opened" },
  empty: { ja: "空のファイルです (0 バイト)", en: "the file is empty (0 bytes)" },
  encrypted: {
    ja: "パスワードで保護されたブックです。Excel でパスワードを解除して保存し直してください",
    en: "the workbook is password-protected; remove the password in Excel and save it again",
  },
  "legacy-xls": {
    ja: "旧形式 (Excel 97-2003 .xls) のブックです。Excel で .xlsx 形式で保存し直してください",
    en: "it is a legacy Excel 97-2003 (.xls) workbook; save it as .xlsx in Excel",
  },
  "not-xlsx": { ja: ".xlsx (zip) 形式ではありません", en: "it is not an .xlsx (zip) file" },
  corrupt: { ja: "ファイルが壊れています (zip を展開できません)", en: "the file is corrupt (the zip cannot be unpacked)" },
  "not-workbook": {
    ja: "zip ですが Excel のブックではありません (ワークシートがありません)",
    en: "it is a zip but not an Excel workbook (no worksheets)",
  },
  oversize: {
    ja: "展開すると大きすぎる部品があります (圧縮爆弾か、確認できる大きさを超えるシート)",
    en: "a part expands beyond the size Rota reads (a zip bomb, or a sheet too large to check)",
  },
  malformed: { ja: "ブックの部品が壊れています", en: "a part of the workbook is damaged" },
  unsupported: { ja: "読める形式ではありません (.xlsx .xlsm .xls .ods .csv を読めます)", en: "not a format Rota reads (.xlsx, .xlsm, .xls, .ods, .csv)" },
};

/**
 * A workbook that could not be read. Its message is one line, Japanese first then English, naming
 * the file and why: `ブックを読めません: plans.csv — .xlsx (zip) 形式ではありません / cannot read
 * workbook plans.csv: it is not an .xlsx (zip) file`.
 */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    /** The path as given. */
    readonly file: string,
    readonly reason: WorkbookReadFailure,
    /**
     * A short technical detail (the zip library's complaint, the errno code), or what is wrong in
     * both languages (a damaged part, named), if any.
     */
    readonly detail?: string | { readonly ja: string; readonly en: string },
  ) {
    const why = reasonText(reason, detail);
    const text = { ja: `ブックを読めません: ${file} — ${why.ja}`, en: `cannot read workbook ${path.basename(file)}: ${why.en}` };
    super(`${text.ja} / ${text.en}`);
    this.why = why;
    this.text = text;
  }

  /**
   * Why, in each language, without the file (`ファイルがありません` / `no such file`): for a
   * command that names what it was reading in its own words (`rota quota`'s applicants table).
   */
  readonly why: { readonly ja: string; readonly en: string };
  /** The message in each language, for a caller that prints one of them. */
  readonly text: { readonly ja: string; readonly en: string };
}

function reasonText(reason: WorkbookReadFailure, detail: string | { readonly ja: string; readonly en: string } | undefined): { ja: string; en: string } {
  const { ja, en } = REASONS[reason];
  if (typeof detail === "object") return { ja: `${ja}: ${oneLine(detail.ja)}`, en: `${en}: ${oneLine(detail.en)}` };
  const extra = detail ? ` (${oneLine(detail)})` : "";
  return { ja: `${ja}${extra}`, en: `${en}${extra}` };
}

/**
 * A workbook that could not be written (the folder is missing, the file is open elsewhere …).
 * One line, Japanese first then English.
 */
export class WorkbookWriteError extends Error {
  override readonly name = "WorkbookWriteError";

  constructor(
    readonly file: string,
    /** Why, in Japanese and in English (an errno's text when nothing better is known). */
    readonly why: { readonly ja: string; readonly en: string },
  ) {
    const text = { ja: `ブックを書き出せません: ${file} — ${oneLine(why.ja)}`, en: `cannot write workbook ${path.basename(file)}: ${oneLine(why.en)}` };
    super(`${text.ja} / ${text.en}`);
    this.text = text;
  }

  /** The message in each language, for a caller that prints one of them. */
  readonly text: { readonly ja: string; readonly en: string };
}

/** The first line of a text, at most 160 characters: details from libraries can be long. */
export function oneLine(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return first.length > 160 ? `${first.slice(0, 157)}…` : first;
}
