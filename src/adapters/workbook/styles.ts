/**
 * Which cell styles show a number as a date or a time: the only thing the grids need from
 * `styles.xml`.
 */
import type { Package } from "./package";
import { parseXml } from "./xml";

/** Excel's built-in date and time formats: 14–22, 45–47, and the East Asian ones (27–36, 50–58). */
const BUILTIN_DATE_IDS: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format shows dates or times: a y, m, d, h, s (or b, e, g for the Buddhist and
 * Japanese eras) outside quoted text, escapes and `[…]` sections.
 *
 * @example isDateFormat('yyyy"年"m"月"d"日"') // → true
 * @example isDateFormat('0"週"') // → false
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/E[+-]/gi, "");
  if (/^General$/i.test(bare.trim())) return false;
  return /[ymdhsbeg]/i.test(bare.replace(/General/gi, ""));
}

/** For each cell style index (`s` of a cell), whether it shows a date. */
export function dateStyles(pkg: Package, part: string | undefined): readonly boolean[] {
  const bytes = part ? pkg.part(part) : undefined;
  if (!part || !bytes) return [];
  const { formats, xfFormats } = parseXml(part, bytes, () => {
    const formats = new Map<number, string>();
    const xfFormats: number[] = [];
    let inCellXfs = false;
    return {
      open(name, a) {
        if (name === "numFmt") formats.set(Number(a["numFmtId"]), a["formatCode"] ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) xfFormats.push(Number(a["numFmtId"] ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
      end: () => ({ formats, xfFormats }),
    };
  });
  return xfFormats.map((id) => {
    const custom = formats.get(id);
    return custom !== undefined ? isDateFormat(custom) : BUILTIN_DATE_IDS.has(id);
  });
}
