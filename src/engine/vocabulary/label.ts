import type { ParsedCell } from "./parsed-cell";

/**
 * The canonical name of what a cell says: the field, with its subspecialties in brackets.
 *
 * @example fieldLabel(parseCell("神経内科"))          // → "内科(脳神経)"
 * @example fieldLabel(parseCell("内科（血液・消化器）")) // → "内科(血液・消化器)"
 * @example fieldLabel(parseCell("産休"))              // → "休止"
 * @example fieldLabel(parseCell("婦人科"))            // → "" (not a known field)
 */
export function fieldLabel(parsed: ParsedCell): string {
  switch (parsed.kind) {
    case "rotation":
      return labelOf(parsed.field ?? "", parsed.subs);
    case "leave":
      return "休止";
    case "empty":
    case "ditto":
    case "unknown":
      return "";
  }
}

/** "内科" + ["血液"] → "内科(血液)". */
export function labelOf(field: string, subs: readonly string[]): string {
  return subs.length > 0 ? `${field}(${subs.join("・")})` : field;
}
