import type { Package } from "./package";

/**
 * A part of the package that cannot be read, and why, in our words: thrown inside the reader and
 * turned into one {@link WorkbookReadError} line naming the part.
 */
export class PartError extends Error {
  override readonly name = "PartError";

  constructor(
    /** The part's name in the package (`xl/worksheets/sheet1.xml`). */
    readonly part: string,
    readonly why: { readonly ja: string; readonly en: string },
  ) {
    super(`${part}: ${why.en}`);
  }
}

/** What was wrong with a part, for {@link PartError}. */
export const PART_PROBLEM = {
  notWellFormed: (detail: string) => ({ ja: `XML が壊れています (${detail})`, en: `the XML is not well-formed (${detail})` }),
  missing: { ja: "ブックに必要な部品がありません", en: "the part the workbook refers to is missing" },
  badSharedString: (index: string) => ({ ja: `共有文字列の番号 ${index} がありません`, en: `shared string index ${index} does not exist` }),
  badCellRef: (ref: string) => ({ ja: `セル番地 ${ref} が読めません`, en: `cell reference ${ref} cannot be read` }),
} as const;

/** A part the workbook refers to, or a {@link PartError} saying it is missing. */
export function requiredPart(pkg: Pick<Package, "part">, name: string): Uint8Array {
  const bytes = pkg.part(name);
  if (bytes === undefined) throw new PartError(name, PART_PROBLEM.missing);
  return bytes;
}
