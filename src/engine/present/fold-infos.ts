import type { Finding } from "../model/finding";
import { fmtWeeks } from "../messages/message";
import type { Lang } from "./bilingual";
import { FIELDS } from "../vocabulary/fields";
import { splitKey } from "../model/field-key";

const FIELD_EN = new Map<string, string>(FIELDS.map((f) => [f.id, f.en]));
const label = (field: string, lang: Lang): string => {
  const { field: f, sub } = splitKey(field);
  if (lang === "en") return FIELD_EN.get(f) ?? f;
  return sub ? `${f}(${sub})` : f;
};

/**
 * A resident's infos folded into one line, drawn from their facts: fields with the same weeks
 * together, the recommendation once.
 *
 * @example foldInfos(fiveRec8wFindings, "ja")
 *   // → "情報: 外科・小児科・産婦人科・精神科・地域医療 各4週 (8週以上が望ましい)"
 */
export function foldInfos(infos: readonly Finding[], lang: Lang): string {
  const head = lang === "en" ? "info: " : "情報: ";
  const parts: string[] = [];
  const byRule = new Map<string, Finding[]>();
  for (const f of infos) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  for (const list of byRule.values()) {
    // Each finding's field, weeks and requirement, when every one of them has all three.
    const measures = list.flatMap(({ facts }) =>
      facts?.field !== undefined && facts.actual !== undefined && facts.required !== undefined ? [{ field: facts.field, actual: facts.actual, required: facts.required }] : [],
    );
    const required = new Set(list.map((f) => f.facts?.required));
    const [first] = measures;
    if (!first || measures.length !== list.length || required.size !== 1) {
      parts.push(list.map((f) => (lang === "en" ? f.message_en : f.message)).join("; "));
      continue;
    }
    const byWeeks = new Map<number, string[]>();
    for (const m of measures) byWeeks.set(m.actual, [...(byWeeks.get(m.actual) ?? []), label(m.field, lang)]);
    const groups = [...byWeeks].map(([weeks, fields]) =>
      lang === "en"
        ? `${fields.join(", ")} ${fmtWeeks(weeks)} weeks${fields.length > 1 ? " each" : ""}`
        : `${fields.join("・")} ${fields.length > 1 ? "各" : ""}${fmtWeeks(weeks)}週`,
    );
    const min = fmtWeeks(first.required);
    parts.push(lang === "en" ? `${groups.join("; ")} (${min} or more recommended)` : `${groups.join("、")} (${min}週以上が望ましい)`);
  }
  return head + parts.join(lang === "en" ? "; " : " / ");
}

