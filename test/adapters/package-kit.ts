/**
 * Hand-made .xlsx packages for the reader's tests: the XML written out, so that each odd thing a
 * generator or a fuzzer can put in a file (inline strings, phonetic runs, the 1904 date system,
 * formulas with no result, overlapping merges, damaged parts) is written exactly once, on purpose.
 */
import { strToU8, zipSync } from "fflate";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface KitSheet {
  readonly name: string;
  /** The inside of `<sheetData>`. */
  readonly data: string;
  /** `<mergeCell ref>` values. */
  readonly merges?: readonly string[];
  /** The whole sheet part, instead of data and merges. */
  readonly raw?: string;
}

export interface KitOptions {
  readonly sheets: readonly KitSheet[];
  readonly strings?: readonly string[];
  /** `<numFmt>` codes by id, and the `numFmtId` of each cell style (index = `s`). */
  readonly numFmts?: Readonly<Record<number, string>>;
  readonly xfs?: readonly number[];
  readonly date1904?: boolean;
  /** Parts to replace or add, as they are. */
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
}

/** The package's parts, by name. */
export function kitParts(o: KitOptions): Record<string, Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${o.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${o.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets>${o.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${o.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${o.strings?.length ?? 0}">${(o.strings ?? []).join("")}</sst>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts>${Object.entries(o.numFmts ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/>`).join("")}</numFmts><cellStyleXfs><xf numFmtId="0"/></cellStyleXfs><cellXfs>${(o.xfs ?? [0]).map((id) => `<xf numFmtId="${id}" xfId="0"/>`).join("")}</cellXfs></styleSheet>`,
  };
  o.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      s.raw ??
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${s.data}</sheetData>${s.merges && s.merges.length > 0 ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : ""}</worksheet>`;
  });
  Object.assign(parts, o.parts ?? {});
  const out: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) out[name] = typeof content === "string" ? strToU8(content) : content;
  return out;
}

/** The package as .xlsx bytes. */
export function kitPackage(o: KitOptions): Buffer {
  return Buffer.from(zipSync(kitParts(o)));
}

/** A shared string item. */
export const si = (text: string): string => `<si><t xml:space="preserve">${text}</t></si>`;

/** A row of cells given as raw `<c>` elements. */
export const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
