import { FIELDS } from "../vocabulary/fields";
import { splitKey, subKey } from "../model/field-key";
import { labelEn } from "../vocabulary/label";
import type { UnknownReason } from "../vocabulary/parsed-cell";
import { fmtWeeks as w, quoted, type Message } from "./message";

/**
 * Every message of the two-year (臨床研修) and hematology rules, in Japanese and English.
 * Rules compute; this file says it.
 */
const FIELD_EN = new Map<string, string>(FIELDS.map((f) => [f.id, f.en]));
const SUB_EN = new Map<string, string>(FIELDS.flatMap((f) => (f.subs ?? []).map((s): [string, string] => [subKey(f.id, s.id), `${f.en} (${s.en})`])));

/** Each key's names, made once (a cohort's findings name the same few dozen fields thousands of times). */
const NAMES = new Map<string, { readonly ja: string; readonly en: string }>();

/** A field's or `field/sub`'s Japanese label and English name. */
function names(key: string): { readonly ja: string; readonly en: string } {
  let known = NAMES.get(key);
  if (!known) {
    const { field, sub } = splitKey(key);
    known = sub ? { ja: `${field}(${sub})`, en: SUB_EN.get(key) ?? key } : { ja: field, en: FIELD_EN.get(field) ?? field };
    NAMES.set(key, known);
  }
  return known;
}

const YEAR_EN = ["first", "second"] as const;

/**
 * A message builder that makes each message once per distinct arguments: a cohort's findings say
 * the same few hundred things thousands of times (the same field short by the same weeks), and each
 * message was made again, as several joined strings the collector then copied.
 */
function memo<A extends ReadonlyArray<string | number | undefined>>(build: (...args: A) => Message): (...args: A) => Message {
  const made = new Map<string, Message>();
  return (...args: A): Message => {
    const key = args.map((a) => (a === undefined ? "\u0001" : `${typeof a === "number" ? "n" : "s"}${a}`)).join("\u0000");
    let message = made.get(key);
    if (!message) {
      if (made.size > 2_000) made.clear();
      made.set(key, (message = build(...args)));
    }
    return message;
  };
}

export const TWO_YEAR_MESSAGES = {
  total: memo((covered: number, required: number, gaps: number, gridWeeks: number): Message => {
    const why = gridWeeks < required ? `表は ${w(gridWeeks)}週分のみ` : `空欄 ${gaps}ブロック`;
    const whyEn = gridWeeks < required ? `the grid covers only ${w(gridWeeks)} weeks` : `${gaps} empty block(s)`;
    return {
      ja: `研修期間 ${w(covered)}週 (必要 ${w(required)}週): ${why}`,
      en: `Plan covers ${w(covered)} weeks (${w(required)} required): ${whyEn}`,
    };
  }),
  shortfall: memo((key: string, weeks: number, min: number): Message => {
    const n = names(key);
    return { ja: `${n.ja} ${w(weeks)}週 (必要 ${w(min)}週以上)`, en: `${n.en}: ${w(weeks)} weeks (at least ${w(min)} required)` };
  }),
  programMin: memo((key: string, weeks: number, min: number, year?: 1 | 2): Message => {
    const n = names(key);
    return year
      ? { ja: `${year}年次の ${n.ja} ${w(weeks)}週 (必要 ${w(min)}週以上)`, en: `${n.en} in the ${YEAR_EN[year - 1]} year: ${w(weeks)} weeks (at least ${w(min)} required)` }
      : { ja: `${n.ja} ${w(weeks)}週 (必要 ${w(min)}週以上)`, en: `${n.en}: ${w(weeks)} weeks (at least ${w(min)} required)` };
  }),
  programMax: memo((key: string, weeks: number, max: number, year?: 1 | 2): Message => {
    const n = names(key);
    return year
      ? { ja: `${year}年次の ${n.ja} ${w(weeks)}週 (${w(max)}週以内)`, en: `${n.en} in the ${YEAR_EN[year - 1]} year: ${w(weeks)} weeks (at most ${w(max)})` }
      : { ja: `${n.ja} ${w(weeks)}週 (${w(max)}週以内)`, en: `${n.en}: ${w(weeks)} weeks (at most ${w(max)})` };
  }),
  emergency: memo((em: number, anesthesia: number, counted: number, min: number, cap: number): Message => ({
    ja:
      anesthesia > 0
        ? `救急 ${w(em + counted)}週 (救急 ${w(em)}週 + 麻酔科 ${w(counted)}週; 麻酔科は ${w(cap)}週まで算入) (必要 ${w(min)}週以上)`
        : `救急 ${w(em)}週 (必要 ${w(min)}週以上)`,
    en:
      anesthesia > 0
        ? `Emergency medicine ${w(em + counted)} weeks (${w(em)} + ${w(counted)} of anesthesiology, which counts for at most ${w(cap)}) (at least ${w(min)} required)`
        : `Emergency medicine ${w(em)} weeks (at least ${w(min)} required)`,
  })),
  recommended: memo((key: string, weeks: number, min: number): Message => {
    const n = names(key);
    return { ja: `${n.ja} ${w(weeks)}週 (${w(min)}週以上が望ましい)`, en: `${n.en}: ${w(weeks)} weeks (${w(min)} or more recommended)` };
  }),
  generalOutpatient: memo((weeks: number, min: number): Message => ({
    ja: `一般外来 ${w(weeks)}週の記録 (必要 ${w(min)}週以上; 並行研修なら「内科+一般外来」のようにセルか別の行に書いてください)`,
    en: `General outpatient: ${w(weeks)} weeks recorded (at least ${w(min)} required; if done in parallel, add it to the cell beside the field it runs with, or give it a row of its own)`,
  })),
  communityYear1: (weeks: number): Message => ({
    ja: `地域医療 ${w(weeks)}週が1年次にあります (原則 2年次)`,
    en: `${w(weeks)} weeks of community medicine in the first year (it belongs in the second year in principle)`,
  }),
  block: memo((field: string, weeks: number, min: number): Message => {
    const n = names(field);
    return {
      ja: `${n.ja} が連続 ${w(weeks)}週のみ (原則 ${w(min)}週以上のブロック研修)`,
      en: `${n.en} done for only ${w(weeks)} consecutive weeks (in principle in blocks of ${w(min)} weeks or more)`,
    };
  }),
  core: memo((weeks: number, min: number): Message => ({
    ja: `基幹型臨床研修病院での研修 ${w(weeks)}週 (必要 ${w(min)}週以上; 地域医療は12週まで算入)`,
    en: `${w(weeks)} weeks at the core training hospital (at least ${w(min)} required; up to 12 weeks of community medicine count)`,
  })),
  coopFacility: memo((weeks: number, max: number): Message => ({
    ja: `研修協力施設での研修 ${w(weeks)}週 (${w(max)}週以内)`,
    en: `${w(weeks)} weeks at cooperating facilities (at most ${w(max)})`,
  })),
  leave: memo((days: number, max: number): Message => ({
    ja: `休止 ${Math.round(days)}日 (${max}日を超えた分は補う必要があります)`,
    en: `Leave of ${Math.round(days)} days (beyond ${max} days must be made up)`,
  })),
  unknown: (cellText: string, reason: UnknownReason | undefined, suggestion: string | undefined): Message => {
    const q = quoted(cellText);
    switch (reason) {
      case "doubtful":
        return {
          ja: `「${q.ja}」は研修分野を特定できません: ${suggestion ?? "正式な診療科名"} のことなら、そう書いてください`,
          en: `"${q.en}" is ambiguous: if it means ${suggestion ? labelEn(suggestion) : "a specific field"}, write that field's name`,
        };
      case "not-text":
        return {
          ja: `「${q.ja}」は研修分野ではありません (数値・日付・エラー値)`,
          en: `"${q.en}" is not a field (a number, date or error value)`,
        };
      case "uncalculated":
        return {
          ja: `「${q.ja}」は計算結果が保存されていない数式です。Excel で開いて計算し、保存し直してください`,
          en: `"${q.en}" is a formula whose result was never saved; open the workbook in Excel, let it calculate and save it`,
        };
      case "nothing-to-continue":
        return { ja: `「${q.ja}」(同上) の前に研修分野がありません`, en: `"${q.en}" (ditto) has no rotation before it to continue` };
      default:
        return suggestion
          ? { ja: `「${q.ja}」は研修分野として認識できません。「${suggestion}」のことですか?`, en: `"${q.en}" names no known field. Did you mean ${labelEn(suggestion)}?` }
          : { ja: `「${q.ja}」は研修分野として認識できません`, en: `"${q.en}" names no known field` };
    }
  },
  headerReading: (looked: string, unit: "month" | "week" | "block", weeks: number, total: number): Message => {
    const ja = unit === "month" ? "1列 1か月" : `1列 ${w(weeks)}週`;
    const en = unit === "month" ? "one month a column" : `${w(weeks)} week${weeks === 1 ? "" : "s"} a column`;
    return {
      ja: `見出し ${looked} を ${ja} として読みました (計 ${w(total)}週; 各年 52週・2年で 104週になる読み方)`,
      en: `Read the header ${looked} as ${en} (${w(total)} weeks in all: the reading under which each year is 52 weeks and the plan 104)`,
    };
  },
  cellLength: (text: string, stated: string, statedWeeks: number, spanWeeks: number): Message => ({
    ja: `「${quoted(text).ja}」に書かれた期間 ${stated} (${w(statedWeeks)}週) と、セルがまたがる列の期間 ${w(spanWeeks)}週 が一致しません (列の期間で数えています)`,
    en: `"${quoted(text).en}" states ${stated} (${w(statedWeeks)} weeks) but spans columns of ${w(spanWeeks)} weeks (the columns are counted)`,
  }),
  hemaSurgeryGi: memo((weeks: number, min: number): Message => ({
    ja: `外科が消化器外科で ${w(weeks)}週 (血液内科志望には消化器外科 ${w(min)}週以上を推奨)`,
    en: `${w(weeks)} weeks of surgery as gastrointestinal surgery (the hematology plan recommends ${w(min)} or more)`,
  })),
  hemaIcu: memo((weeks: number, min: number): Message => ({
    ja: `救急のうち ICU ${w(weeks)}週 (血液内科志望には ICU ${w(min)}週以上を推奨)`,
    en: `${w(weeks)} weeks of ICU in emergency medicine (the hematology plan recommends ${w(min)} or more)`,
  })),
  courseHemaRange: memo((year: 1 | 2, course: string, weeks: number, min: number, max: number): Message => ({
    ja: `${year}年次の血液内科 ${w(weeks)}週 (${course} コースは ${w(min)}〜${w(max)}週)`,
    en: `${w(weeks)} weeks of hematology in the ${YEAR_EN[year - 1]} year (course ${course}: ${w(min)}–${w(max)} weeks)`,
  })),
  courseRange: memo((year: 1 | 2, course: string, key: string, weeks: number, min: number, max?: number): Message => {
    const n = names(key);
    const range = max === undefined ? `${w(min)}週以上` : `${w(min)}〜${w(max)}週`;
    const rangeEn = max === undefined ? `at least ${w(min)} weeks` : `${w(min)}–${w(max)} weeks`;
    return {
      ja: `${year}年次の ${n.ja} ${w(weeks)}週 (${course} コースは ${range})`,
      en: `${w(weeks)} weeks of ${n.en} in the ${YEAR_EN[year - 1]} year (course ${course}: ${rangeEn})`,
    };
  }),
  capacityUnreadable: (label: string, cell: string, text: string): Message => ({
    ja: `${label} の定員 (${cell})「${quoted(text).ja}」を数値として読めません。0 以上の整数にしてください (この分野の定員は確認していません)`,
    en: `the capacity of ${label} (${cell}) "${quoted(text).en}" is not a number; write a whole number of 0 or more (this field's capacity was not checked)`,
  }),
  courseRequired: memo((year: 1 | 2, course: string, key: string): Message => {
    const n = names(key);
    return { ja: `${course} コースの${year}年次に ${n.ja} がありません`, en: `Course ${course}'s ${YEAR_EN[year - 1]} year lacks ${n.en}` };
  }),
  courseBYear1Emergency: (): Message => ({
    ja: `B コースは1年次に救急を研修します (1年次に救急がありません)`,
    en: `Course B does emergency medicine in the first year (none found there)`,
  }),
  courseBYear2: (key: string): Message => {
    const n = names(key);
    return { ja: `B コースの2年次に ${n.ja} がありません`, en: `Course B's second year lacks ${n.en}` };
  },
  courseSite: memo((year: 1 | 2, course: string, found: string, expected: string): Message => ({
    ja: `${year}年次の研修施設が ${SITE_JA[found] ?? found} (${course} コースは ${SITE_JA[expected] ?? expected})`,
    en: `Year ${year} is spent at ${SITE_EN[found] ?? found} (course ${course}: ${SITE_EN[expected] ?? expected})`,
  })),
  unknownCourse: (text: string): Message => ({
    ja: `コース「${text}」は A, B, C のいずれでもありません (血液内科のコース規定は検査していません)`,
    en: `Course "${text}" is none of A, B, C (the hematology course rules were not checked)`,
  }),
  capacity: (label: string, block: number, count: number, capacity: number, site?: string): Message => ({
    ja: `${label}${site ? `@${site}` : ""} 第${block}ブロック: ${count}名 (定員 ${capacity}名)`,
    en: `${labelEn(label)}${site ? ` at ${site}` : ""}, block ${block}: ${count} residents (capacity ${capacity})`,
  }),
};

const SITE_JA: Record<string, string> = { core: "基幹型 (大学病院)", "coop-hospital": "協力型研修病院", "coop-facility": "研修協力施設" };
const SITE_EN: Record<string, string> = { core: "the core (university) hospital", "coop-hospital": "a cooperating training hospital", "coop-facility": "a cooperating facility" };
