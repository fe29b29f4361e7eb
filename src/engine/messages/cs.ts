/**
 * Every text the clinician-scientist course module (src/engine/cs, src/engine/quota) shows, in
 * Japanese and English. Rules and readers find; these functions say.
 */
import { quoted, type Message } from "./message";
import { EXTENSION_REASONS, type CsRequiredFact } from "../cs/vocabulary";

const m = (ja: string, en: string): Message => ({ ja, en });

/** Years as people say them: 7, 6.5. */
export function fmtYears(years: number): string {
  return String(Math.round(years * 100) / 100);
}

const list = (items: readonly string[], sep: string): string => items.join(sep);

// ───────────────────────────── quota (seed 001 Ⅱ.2.(2)) ─────────────────────────────

export const QUOTA_MESSAGES = {
  negative: (row: number, text: string): Message =>
    m(`${row}行目: 応募者数「${text}」が負の数です`, `row ${row}: the applicants count "${text}" is negative`),
  notNumber: (row: number, text: string): Message =>
    m(
      `${row}行目: 応募者数「${text}」が数値ではありません (不参加なら空欄か「-」)`,
      `row ${row}: the applicants count "${text}" is not a number (leave it empty or "-" for a field not taking part)`,
    ),
  notInteger: (row: number, text: string): Message =>
    m(`${row}行目: 応募者数「${text}」が整数ではありません`, `row ${row}: the applicants count "${text}" is not a whole number`),
  emptyField: (row: number): Message =>
    m(`${row}行目: 基本領域が空欄です`, `row ${row}: the field is empty`),
  unknownField: (row: number, text: string): Message =>
    m(
      `${row}行目: 「${text}」は19の基本領域のどれでもありません`,
      `row ${row}: "${text}" is not one of the 19 basic fields`,
    ),
  duplicate: (row: number, field: string, firstRow: number): Message =>
    m(
      `${row}行目: 基本領域「${field}」が重複しています (${firstRow}行目と同じ)`,
      `row ${row}: the field "${field}" appears twice (as on row ${firstRow})`,
    ),
  totalTooSmall: (total: number, min: number, taking: number): Message =>
    m(
      `定員 ${total} が最低枠の合計 ${min}×${taking}領域 = ${min * taking} より少ない`,
      `the total of ${total} places is smaller than the minimums: ${min} × ${taking} fields = ${min * taking}`,
    ),
  badTotal: (text: string): Message =>
    m(`定員「${text}」は0以上の整数で指定してください`, `the total "${text}" must be a whole number of 0 or more`),
  badMin: (text: string): Message =>
    m(`最低枠「${text}」は0以上の整数で指定してください`, `the minimum "${text}" must be a whole number of 0 or more`),
  noRows: (): Message => m("応募者数の表に行がありません", "the applicants table has no rows"),
  noTable: (): Message =>
    m(
      "基本領域と応募者数の表が見つかりません (1 列目に基本領域、2 列目に応募者数、1 行目は見出し)",
      "no table of fields and applicants found (the basic field in the first column, the applicants in the second, a header row above)",
    ),
  unallocated: (n: number): Message =>
    m(
      `応募者がいないため ${n} 枠は配分されていません`,
      `${n} places are not allocated: there are no applicants to share them by`,
    ),
} as const;

// ───────────────────────────── clinician-scientist plan ─────────────────────────────

/** The allowed extension reasons in English, from their Japanese labels (unknown ones as they are). */
function allowedEn(labels: readonly string[]): string[] {
  return labels.map((label) => EXTENSION_REASONS.find((r) => r.label === label)?.en ?? label);
}

/**
 * A period named in an English message: the period cell's text is the user's, so it is quoted;
 * the row Rota names when that cell is empty is said in English.
 *
 * @example periodEn("7年目 (2028年度)") // → 'Period "7年目 (2028年度)"'
 * @example periodEn("12行目")          // → "Row 12"
 */
export function periodEn(label: string): string {
  const row = /^(\d+)行目$/.exec(label);
  return row ? `Row ${row[1]}` : `Period "${label}"`;
}

/** "【2021年度版】" before every rule message, so each finding says which edition it applies. */
export function editionTag(label: Message): Message {
  return m(`【${label.ja}】`, `[${label.en}] `);
}

export const CS_MESSAGES = {
  // cs-eligibility (seed 001 Ⅰ.2.(1))
  obligation: (text: string): Message =>
    m(
      `義務年限あり (「${text}」): 義務年限を有する医科大学卒業生は本コースに応募できません`,
      `service obligation (義務年限) marked "${text}": graduates with a service obligation cannot apply to this course`,
    ),
  regional: (text: string): Message =>
    m(
      `地域枠 (「${text}」): 地域枠医師等の地域医療従事者は本コースに応募できません`,
      `regional quota (地域枠) marked "${text}": regional-quota doctors cannot apply to this course`,
    ),
  trainingNotDone: (text: string): Message =>
    m(
      `臨床研修修了が「${text}」: 2年間の臨床研修を修了してからのコースです`,
      `completion of the 2-year clinical training is "${text}": the course follows the completed clinical training`,
    ),
  trainingAfterStart: (done: string, start: string): Message =>
    m(
      `臨床研修修了 ${done} がコース開始 ${start} より後です`,
      `the 2-year clinical training is finished on ${done}, after the course starts on ${start}`,
    ),
  // cs-length (seed 001 Ⅰ.2.(1), Ⅲ.1; FY2024 revision)
  tooShort: (years: number, min: number): Message =>
    m(
      `コース期間 ${fmtYears(years)}年 (休止・延長を除く): 最短 ${fmtYears(min)}年が必要`,
      `the course is ${fmtYears(years)} years (leave and extensions aside): at least ${fmtYears(min)} are needed`,
    ),
  researchTooShort: (years: number, min: number): Message =>
    m(
      `研究フェーズ ${fmtYears(years)}年: ${fmtYears(min)}年以上が必要`,
      `the research phase is ${fmtYears(years)} years: at least ${fmtYears(min)} are needed`,
    ),
  tooLong: (years: number, max: number, excess: number, labels: readonly string[]): Message =>
    m(
      `コース期間 ${fmtYears(years)}年: 上限 ${fmtYears(max)}年を超える ${fmtYears(excess)}年 (${list(labels, "、")}) に認められた延長理由がありません`,
      `the course is ${fmtYears(years)} years: the ${fmtYears(excess)} years beyond the ${fmtYears(max)}-year limit (${list(labels, ", ")}) have no allowed extension reason`,
    ),
  // cs-clinical-phase (seed 001 Ⅰ.2.(1), Ⅰ.3.(1), Ⅰ.3.(3))
  clinicalTooShort: (label: string, clinical: number, min: number): Message =>
    m(
      `${label}: 臨床フェーズは最初の${fmtYears(min)}年ですが、${fmtYears(clinical)}年で研究フェーズが始まっています`,
      `${periodEn(label)}: the clinical phase is the first ${fmtYears(min)} years, but the research phase starts after ${fmtYears(clinical)}`,
    ),
  clinicalNotFullTime: (label: string, effort: number): Message =>
    m(
      `${label}: 臨床フェーズは臨床に専従ですが研究エフォート ${effort}%`,
      `${periodEn(label)}: the clinical phase is full-time clinical, but research effort is ${effort}%`,
    ),
  clinicalSite: (label: string, site: string, kind: Message): Message =>
    m(
      `${label}: 臨床フェーズの研修は責任医療機関か連携施設で行います (施設「${site}」は${kind.ja})`,
      `${periodEn(label)}: the clinical phase is done at the responsible institution or a partner facility ("${site}" is ${kind.en})`,
    ),
  clinicalAbroad: (label: string): Message =>
    m(
      `${label}: 臨床フェーズに留学は含められません (留学は研究期間に含めるもの)`,
      `${periodEn(label)}: study abroad cannot be part of the clinical phase (it counts as research time)`,
    ),
  // cs-research-effort (seed 001 Ⅰ.2.(1), Ⅰ.3.(2))
  researchEffortLow: (label: string, effort: number, min: number): Message =>
    m(
      `${label}: 研究フェーズの研究エフォート ${effort}% (${min}%以上が必要)`,
      `${periodEn(label)}: research effort ${effort}% in the research phase (${min}% or more is needed)`,
    ),
  clinicalInResearch: (label: string, clinicalMax: number, min: number): Message =>
    m(
      `${label}: 臨床フェーズ (${fmtYears(clinicalMax)}年) の後は研究フェーズで研究エフォート${min}%以上が必要ですが、臨床とされています`,
      `${periodEn(label)}: after the ${fmtYears(clinicalMax)}-year clinical phase comes the research phase with ${min}% research effort or more, but this period is clinical`,
    ),
  // cs-research-site (seed 001 Ⅰ.2.(1), Ⅰ.3.(2); Ⅲ.2 for study abroad)
  researchSite: (label: string, site: string, kind: Message): Message =>
    m(
      `${label}: 研究フェーズは大学院かナショナルセンターに所属します (施設「${site}」は${kind.ja})`,
      `${periodEn(label)}: the research phase is spent at a graduate school or a national centre ("${site}" is ${kind.en})`,
    ),
  // cs-papers (seed 001 Ⅰ.2.(1), Ⅰ.3.(2); FY2024 revision)
  papersShort: (qualifying: number, need: number, rule: Message, why: readonly string[], whyEn: readonly string[]): Message =>
    m(
      `要件を満たす論文 ${qualifying}本 (${need}本以上が必要: ${rule.ja})${why.length ? `。数えなかった論文: ${list(why, "; ")}` : ""}`,
      `${qualifying} qualifying paper${qualifying === 1 ? "" : "s"} (${need} or more are needed: ${rule.en})${whyEn.length ? `. Not counted: ${list(whyEn, "; ")}` : ""}`,
    ),
  paperWhy: {
    notFirst: m("筆頭著者でない", "not first author"),
    firstUnknown: m("筆頭著者か未記入", "first author not filled in"),
    caseReport: m("症例報告", "a case report"),
    japanese: m("和文", "in Japanese"),
    japaneseCase: m("和文の症例報告", "a Japanese case report"),
    notSci: m("SCI収載誌でない", "not in an SCI-indexed journal"),
    sciUnknown: m("SCI収載か未記入", "SCI indexing not filled in"),
    languageUnknown: m("言語が未記入", "language not filled in"),
    outside: (year: number): Message => m(`コース期間外 (${year}年)`, `outside the course (${year})`),
    tooManyAlternatives: (n: number): Message =>
      m(`症例報告・和文論文は${n}本までしか数えない`, `only ${n} case report or Japanese paper can count`),
  },
  paperItem: (title: string, why: Message): Message => m(`「${title}」(${why.ja})`, `"${title}" (${why.en})`),
  // cs-extension-reason (seed 001 Ⅲ.1)
  extensionReason: (label: string, reason: string, allowed: readonly string[]): Message =>
    m(
      `${label}: 延長理由「${reason}」は認められる理由ではありません (${list(allowed, "、")})`,
      `${periodEn(label)}: the extension reason "${reason}" is not an allowed one (${list(allowedEn(allowed), ", ")})`,
    ),
  extensionNoReason: (label: string, allowed: readonly string[]): Message =>
    m(
      `${label}: 延長・休止の理由が書かれていません (認められる理由: ${list(allowed, "、")})`,
      `${periodEn(label)}: an extension or leave with no reason given (allowed: ${list(allowedEn(allowed), ", ")})`,
    ),
  // cs-missing: facts not filled yet
  missingFacts: (labels: readonly string[], labelsEn: readonly string[]): Message =>
    m(`未記入の項目: ${list(labels, "、")}`, `not filled in yet: ${list(labelsEn, ", ")}`),
  missingLabels: (labels: readonly string[], labelsEn: readonly string[]): Message =>
    m(
      `見つからない項目: ${list(labels, "、")} (ラベルのセルと、その右に値を置いてください)`,
      `not found on the sheet: ${list(labelsEn, ", ")} (put a labelled cell with its value to the right)`,
    ),
  missingPeriodCells: (sites: number, efforts: number, phases: number): Message =>
    m(
      `研修期間の表に未記入のセル: ${[sites ? `施設 ${sites}` : "", efforts ? `研究エフォート ${efforts}` : "", phases ? `フェーズ ${phases}` : ""].filter(Boolean).join("、")}`,
      `empty cells in the periods table: ${[sites ? `site ${sites}` : "", efforts ? `research effort ${efforts}` : "", phases ? `phase ${phases}` : ""].filter(Boolean).join(", ")}`,
    ),
  noPeriods: (): Message =>
    m(
      "研修期間の表 (年次・フェーズ・施設・研究エフォート) が見つからないか空です",
      "the periods table (period, phase, site, research effort) is missing or empty",
    ),
  unknownStartEdition: (edition: Message): Message =>
    m(`コース開始が不明なため${edition.ja}で確認しました`, `the course start is unknown: checked against ${edition.en}`),
  // cs-unreadable: a cell that cannot be read
  unreadable: (what: Message, text: string, expected: Message): Message =>
    m(`${what.ja}「${quoted(text).ja}」を読めません (${expected.ja})`, `cannot read ${what.en} "${quoted(text).en}" (${expected.en})`),
  notBasicField: (text: string): Message =>
    m(
      `基本領域「${text}」は19の基本領域のどれでもありません`,
      `the basic field "${text}" is not one of the 19 basic fields`,
    ),
  internal: (detail: string): Message =>
    m(
      `この計画シートを読み切れませんでした (${detail})。レイアウトを確認してください`,
      `this plan sheet could not be read through (${detail}); please check its layout`,
    ),
  // cs-site-unknown
  siteUnknown: (label: string, site: string, phase: Message): Message =>
    m(
      `${label}: 施設「${site}」の区分が分かりません (${phase.ja}: 施設区分の列か、責任医療機関・連携施設の欄に書いてください)`,
      `${periodEn(label)}: cannot tell what kind of place "${site}" is (${phase.en}: fill in the site-kind column, or the responsible institution / partner facilities cells)`,
    ),
  // cs-edition
  unknownEdition: (text: string, used: Message, known: readonly string[]): Message =>
    m(
      `版「${text}」は不明です (${list(known, "、")}): ${used.ja}で確認しました`,
      `unknown edition "${text}" (${list(known, ", ")}): checked against ${used.en}`,
    ),
  editionNotInForce: (chosen: Message, startYear: number, inForce: Message): Message =>
    m(
      `${chosen.ja}を指定: ${startYear}年度開始の計画には本来${inForce.ja}が適用されます`,
      `${chosen.en} was chosen: a plan starting in FY${startYear} falls under ${inForce.en}`,
    ),
  beforeCourse: (startYear: number): Message =>
    m(
      `コース開始 ${startYear}年度は制度開始 (2021年度) より前です`,
      `the course starts in FY${startYear}, before the course existed (FY2021)`,
    ),
} as const;

/** What the readers call the things they read, for {@link CS_MESSAGES.unreadable}. */
export const CS_THINGS = {
  period: m("年次", "the period"),
  phase: m("フェーズ", "the phase"),
  effort: m("研究エフォート", "the research effort"),
  yesNo: m("はい/いいえ", "the yes/no value"),
  date: m("日付", "the date"),
  year: m("年", "the year"),
  siteKind: m("施設区分", "the site kind"),
  language: m("言語", "the language"),
  start: m("コース開始", "the course start"),
  trainingDone: m("臨床研修修了", "臨床研修 finished"),
  obligation: m("義務年限", "the service obligation"),
  regional: m("地域枠", "the regional quota"),
} as const;

export const CS_EXPECTED = {
  period: m("1年目、R3、2021年度、1年目前期 など", "1年目, R3, 2021, 1年目前期 and the like"),
  phase: m("臨床、研究、休止", "臨床, 研究 or 休止"),
  effort: m("0〜100%、50、50%、0.5 など", "0–100%: 50, 50% or 0.5"),
  yesNo: m("はい/いいえ、有/無、○/× など", "はい/いいえ, 有/無, ○/×, Yes/No and the like"),
  date: m("日付、年度 (2024、R6) など", "a date or a fiscal year (2024, R6)"),
  year: m("2023 など", "a year such as 2023"),
  siteKind: m("責任医療機関、連携施設、大学院、ナショナルセンター、留学先、その他", "責任医療機関, 連携施設, 大学院, ナショナルセンター, 留学先 or その他"),
  language: m("英文/和文", "英文 (English) or 和文 (Japanese)"),
  start: m("日付か年度 (2024-04-01、2024、R6)", "a date or a fiscal year (2024-04-01, 2024, R6)"),
  trainingDone: m("修了日、修了/未修了、はい/いいえ", "a date, 修了 / 未修了, or yes / no"),
  obligation: m("はい/いいえ、有/無、○/× など", "yes / no (はい/いいえ, 有/無, ○/×)"),
  regional: m("はい/いいえ、有/無、○/× など", "yes / no (はい/いいえ, 有/無, ○/×)"),
} as const;

/** Names of the eligibility facts, for the missing-facts message. */
export const CS_FACT_NAMES: Readonly<Record<CsRequiredFact, Message>> = {
  name: m("氏名", "name (氏名)"),
  field: m("基本領域", "basic field (基本領域)"),
  start: m("コース開始", "course start (コース開始)"),
  trainingDone: m("臨床研修修了", "臨床研修 finished (臨床研修修了)"),
  obligation: m("義務年限", "service obligation (義務年限)"),
  regional: m("地域枠", "regional quota (地域枠)"),
};

/** What a site is, said in a message. */
export const CS_SITE_KIND_NAMES = {
  responsible: m("責任医療機関", "the responsible institution"),
  partner: m("連携施設", "a partner facility"),
  graduate: m("大学院", "a graduate school"),
  "national-centre": m("ナショナルセンター", "a national centre"),
  abroad: m("留学先", "a place of study abroad"),
  "university-hospital": m("大学病院", "a university hospital"),
  hospital: m("病院・診療所", "a hospital or clinic"),
  other: m("責任医療機関・連携施設・大学院・ナショナルセンターのいずれでもない施設", "none of the responsible institution, a partner facility, a graduate school or a national centre"),
  unknown: m("区分不明", "of an unknown kind"),
} as const;

/** The phases, said in a message. */
export const CS_PHASE_NAMES = {
  clinical: m("臨床フェーズ", "clinical phase"),
  research: m("研究フェーズ", "research phase"),
} as const;

/** The words of the plan template (renderCsTemplate). */
export const CS_TEMPLATE_TEXT = {
  title: "臨床研究医コース 研修計画",
  intro: (edition: string): string =>
    `※ 日本専門医機構「臨床研究医コース整備指針」による計画 — ${edition} (適用版の欄が空欄なら、コース開始の年度で版が決まります)`,
  periodsTitle: "研修期間",
  papersTitle: "論文 (筆頭著者)",
  notes: {
    name: "",
    field: "※ 19の基本領域から",
    start: "※ 日付 (2024-04-01) か年度 (2024、R6)",
    trainingDone: "※ 修了日、または 修了 / 修了見込み / 未修了",
    obligation: "※ 義務年限を有する医科大学卒業生は応募できません",
    regional: "※ 地域枠医師等は応募できません",
    responsible: "※ 大学またはナショナルセンター",
    partners: "※ 「、」で区切って複数",
    edition: "※ fy2021 / fy2024 (空欄なら開始年度の版)",
  },
  labels: {
    name: "氏名",
    field: "基本領域",
    start: "コース開始",
    trainingDone: "臨床研修修了",
    obligation: "義務年限",
    regional: "地域枠",
    responsible: "責任医療機関",
    partners: "連携施設",
    edition: "適用版",
  },
  periodHeaders: ["年次", "フェーズ", "施設", "施設区分", "研究エフォート(%)", "延長理由", "備考"],
  paperHeaders: ["論文名", "雑誌", "言語", "SCI収載", "筆頭著者", "症例報告", "発表年"],
  clinical: "臨床",
  research: "研究",
  leave: "休止",
  year: (n: number, fy?: number): string => (fy === undefined ? `${n}年目` : `${n}年目 (${fy}年度)`),
  yes: "はい",
  no: "いいえ",
  english: "英文",
  japanese: "和文",
  siteKinds: ["責任医療機関", "連携施設", "大学院", "ナショナルセンター", "留学先", "その他"],
  editions: ["fy2021", "fy2024"],
} as const;
