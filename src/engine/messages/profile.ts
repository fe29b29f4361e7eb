import type { RuleProblem } from "../rules/check-overrides";
import type { ParamProblem } from "../rules/params";
import type { Message } from "./message";

/**
 * Every message about a program's rules and profile (a 規則 sheet, a --rules file, options), in
 * Japanese and English. Each names where the problem was written (`where`: a cell `規則!C5` or a
 * key `rules.surg-4w.min`) and what was wrong.
 */
const at = (where: string | undefined): { ja: string; en: string } => (where ? { ja: `${where}: `, en: `${where}: ` } : { ja: "", en: "" });
const shown = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v) ?? String(v));

function paramProblem(p: ParamProblem, value: unknown): Message {
  switch (p.kind) {
    case "not-a-number":
      return { ja: `「${shown(value)}」は数ではありません`, en: `"${shown(value)}" is not a number` };
    case "not-integer":
      return { ja: `${shown(value)} は整数ではありません`, en: `${shown(value)} is not a whole number` };
    case "out-of-bounds":
      return { ja: `${shown(value)} は ${p.lo}〜${p.hi} の範囲外です`, en: `${shown(value)} is outside ${p.lo}–${p.hi}` };
    case "weaker-than-national":
      return p.stricter === "higher"
        ? { ja: `${shown(value)} は全国の基準 ${p.national} を下回ります (上げることはできても下げることはできません)`, en: `${shown(value)} is below the national ${p.national} (a profile may raise it, never lower it)` }
        : { ja: `${shown(value)} は全国の基準 ${p.national} を超えます (厳しくはできても緩めることはできません)`, en: `${shown(value)} is above the national ${p.national} (a profile may tighten it, never loosen it)` };
  }
}

export const PROFILE_MESSAGES = {
  ruleProblem: (p: RuleProblem, where?: string): Message => {
    const w = at(where);
    switch (p.code) {
      case "unknown-rule":
        return { ja: `${w.ja}規則「${p.rule}」はありません (rota rules で一覧)`, en: `${w.en}no rule "${p.rule}" (rota rules lists them)` };
      case "unknown-param":
        return {
          ja: `${w.ja}規則 ${p.rule} に「${p.param}」という数値はありません (${p.known.length ? p.known.join(", ") : "数値なし"})`,
          en: `${w.en}rule ${p.rule} has no number "${p.param}" (${p.known.length ? p.known.join(", ") : "it has none"})`,
        };
      case "bad-value": {
        const m = paramProblem(p.problem, p.value);
        return { ja: `${w.ja}${p.rule} の ${p.param}: ${m.ja}`, en: `${w.en}${p.rule} ${p.param}: ${m.en}` };
      }
      case "national-off":
        return { ja: `${w.ja}全国の必修規則 ${p.rule} は無効にできません`, en: `${w.en}the national rule ${p.rule} cannot be switched off` };
      case "national-severity":
        return {
          ja: `${w.ja}全国の規則 ${p.rule} の重要度を ${p.national} から ${p.severity} に下げることはできません`,
          en: `${w.en}the national rule ${p.rule} cannot go from ${p.national} down to ${p.severity}`,
        };
    }
  },
  unknownKey: (key: string, known: readonly string[], where?: string): Message => {
    const w = at(where);
    return { ja: `${w.ja}「${key}」という項目はありません (${known.join(", ")})`, en: `${w.en}unknown key "${key}" (${known.join(", ")})` };
  },
  notAnObject: (where: string): Message => ({ ja: `${where}: オブジェクト ({ … }) ではありません`, en: `${where}: not an object ({ … })` }),
  notAList: (where: string): Message => ({ ja: `${where}: 配列 ([ … ]) ではありません`, en: `${where}: not a list ([ … ])` }),
  badSeverity: (value: unknown, where: string): Message => ({
    ja: `${where}: 重要度「${shown(value)}」は error, warning, info (エラー, 警告, 情報) のどれでもありません`,
    en: `${where}: severity "${shown(value)}" is none of error, warning, info`,
  }),
  badBoolean: (value: unknown, where: string): Message => ({ ja: `${where}: 「${shown(value)}」は true か false ではありません`, en: `${where}: "${shown(value)}" is not true or false` }),
  badNumber: (value: unknown, where: string, lo: number, hi: number): Message => ({
    ja: `${where}: 「${shown(value)}」は ${lo}〜${hi} の数ではありません`,
    en: `${where}: "${shown(value)}" is not a number from ${lo} to ${hi}`,
  }),
  badYear: (value: unknown, where: string): Message => ({ ja: `${where}: 年次「${shown(value)}」は 1 か 2 ではありません`, en: `${where}: year "${shown(value)}" is not 1 or 2` }),
  unknownField: (text: string, where: string, suggestion?: string): Message => ({
    ja: `${where}: 「${text}」は研修分野として認識できません${suggestion ? ` (「${suggestion}」のことですか?)` : ""}`,
    en: `${where}: "${text}" names no known field${suggestion ? ` (did you mean ${suggestion}?)` : ""}`,
  }),
  minOverMax: (field: string, min: number, max: number, where: string): Message => ({
    ja: `${where}: ${field} の最低 ${min}週が最大 ${max}週を超えています`,
    en: `${where}: ${field}'s minimum of ${min} weeks is above its maximum of ${max}`,
  }),
  lowersNational: (field: string, rule: string, min: number, national: number, where: string): Message => ({
    ja: `${where}: ${field} の最低 ${min}週は全国の規則 ${rule} (${national}週以上) を下回ります`,
    en: `${where}: ${field} at least ${min} weeks would lower the national rule ${rule} (${national} weeks)`,
  }),
  emptyVocabulary: (where: string): Message => ({ ja: `${where}: 書き方と分野の両方が必要です`, en: `${where}: both the text and its field are needed` }),
  noHeader: (sheet: string): Message => ({
    ja: `シート「${sheet}」に見出し行 (分野 | 最低週数 …, または 規則 | 項目 | 値) がありません`,
    en: `sheet "${sheet}" has no header row (分野 | 最低週数 …, or 規則 | 項目 | 値)`,
  }),
  notJson: (detail: string): Message => ({ ja: `JSON として読めません: ${detail}`, en: `not valid JSON: ${detail}` }),
  badSite: (text: string, where: string): Message => ({
    ja: `${where}: 施設「${text}」の種類が分かりません (大学病院・基幹型、協力型研修病院、研修協力施設)`,
    en: `${where}: "${text}" is no kind of site Rota knows (core / university hospital, cooperating hospital, cooperating facility)`,
  }),
  badCourse: (text: string, where: string): Message => ({ ja: `${where}: コース「${text}」は定義されていません`, en: `${where}: course "${text}" is not defined` }),
};
