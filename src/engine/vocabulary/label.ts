import { FIELDS } from "./fields";
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

/**
 * A canonical label in English, from the field table's English names, for English messages.
 * A label the table does not know (a program's own field) is returned as it is.
 *
 * @example labelEn("内科(循環器)")     // → "Internal medicine (cardiology)"
 * @example labelEn("内科(血液・消化器)") // → "Internal medicine (hematology, gastroenterology)"
 * @example labelEn("小児科")           // → "Pediatrics"
 */
export function labelEn(label: string): string {
  if (label === "休止") return "Leave";
  const m = /^([^(]+)\((.+)\)$/.exec(label);
  const [, fieldId = label, inner] = m ?? [];
  const field = FIELDS.find((f) => f.id === fieldId);
  if (!field) return label;
  if (inner === undefined) return field.en;
  const subs = inner.split("・").map((id) => field.subs?.find((s) => s.id === id)?.en ?? id);
  // 免疫・リウマチ is one subspecialty whose name holds the separator.
  const whole = field.subs?.find((s) => s.id === inner);
  return `${field.en} (${whole ? whole.en : subs.join(", ")})`;
}
