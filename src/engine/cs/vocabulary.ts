/**
 * The words a clinician-scientist plan sheet is written in, as data a coordinator can read and
 * extend: the labels of the eligibility facts, the headers of the two tables, the phases, the kinds
 * of site, the allowed extension reasons (seed 001 Ⅲ.1) and yes / no.
 *
 * Every pattern is matched against {@link csKey} of a cell: NFKC, lower case, no spaces, brackets
 * unified to ( ), a trailing colon dropped.
 */
import { labelKey } from "../text/normalize";

/** How cell text is compared here. */
export function csKey(text: string): string {
  return labelKey(text).replace(/[:：]+$/, "");
}

/** A key without a trailing bracket: "義務年限(有/無)" → "義務年限". */
export function stripNote(key: string): string {
  return key.replace(/\([^()]*\)$/, "").replace(/※.*$/, "");
}

/** The eligibility facts and the other labelled cells of CONTRACT §4's plan sheet. */
export type CsFactKey = "name" | "field" | "start" | "trainingDone" | "obligation" | "regional" | "responsible" | "partners" | "edition";

/** Label patterns, tried in this order (anchored on the whole key, its bracketed note removed). */
export const CS_LABELS: ReadonlyArray<readonly [CsFactKey, RegExp]> = [
  ["name", /^(氏名|名前|専攻医氏名|専攻医名|専攻医|お名前|name|traineename)$/],
  ["field", /^(基本領域|基本領域名|基本診療領域|専門領域|領域|診療領域|基本領域学会|field|basicfield|specialty)$/],
  ["start", /^(コース開始|コース開始日|コース開始年度|コース開始年月日|コース登録|コース登録年度|開始年度|研修開始日|研修開始年度|coursestart|start)$/],
  ["trainingDone", /^(臨床研修修了|臨床研修修了日|臨床研修修了年月日|臨床研修修了年度|臨床研修の修了|臨床研修修了見込み|初期臨床研修修了|初期研修修了|初期研修修了日|臨床研修|臨床研修修了の有無|臨床研修修了状況|clinicaltrainingfinished|clinicaltrainingdone)$/],
  ["obligation", /^(義務年限|義務年限の有無|義務年限有無|義務年限あり|義務年限の有無等|serviceobligation|obligation)$/],
  ["regional", /^(地域枠|地域枠医師|地域枠の有無|地域枠有無|地域枠等|地域医療従事者|regionalquota|regional)$/],
  ["responsible", /^(責任医療機関|責任医療機関名|responsibleinstitution)$/],
  ["partners", /^(連携施設|連携施設群|連携医療機関|連携施設名|partnerfacilities|partners)$/],
  ["edition", /^(適用版|適用基準|適用指針|版|指針の版|エディション|edition)$/],
];

/** The facts a plan must fill in (the others are optional). */
export type CsRequiredFact = Extract<CsFactKey, "name" | "field" | "start" | "trainingDone" | "obligation" | "regional">;
export const CS_REQUIRED_FACTS: readonly CsRequiredFact[] = ["name", "field", "start", "trainingDone", "obligation", "regional"];

/** Columns of the periods table. */
export type PeriodColumn = "period" | "phase" | "site" | "siteKind" | "effort" | "extension" | "reason" | "remarks";

/** Header patterns of the periods table, tried in this order (contained in the key). */
export const PERIOD_HEADERS: ReadonlyArray<readonly [PeriodColumn, RegExp]> = [
  ["effort", /エフォート|effort|研究割合|研究比率|研究時間/],
  ["phase", /フェーズ|phase|臨床\/研究|臨床・研究|研究\/臨床/],
  ["siteKind", /施設区分|施設種別|施設の種類|区分|種別|sitekind|kind/],
  ["reason", /延長理由|理由|reason/],
  ["extension", /^延長|extension/],
  ["remarks", /備考|remarks?|notes?|メモ|コメント|特記/],
  ["site", /施設|所属|研修先|研究先|場所|site|institution|機関|病院|大学院/],
  ["period", /年次|年度|年目|期間|^年$|year|period|学年|時期/],
];

/** Columns of the papers table. */
export type PaperColumn = "title" | "journal" | "language" | "sci" | "firstAuthor" | "caseReport" | "year";

export const PAPER_HEADERS: ReadonlyArray<readonly [PaperColumn, RegExp]> = [
  ["caseReport", /症例報告|casereport|case/],
  ["firstAuthor", /筆頭|firstauthor|first/],
  ["sci", /sci|sciencecitation|citationindex/],
  ["language", /言語|language|英文\/和文|和文\/英文|英文・和文|和文・英文|英文or和文/],
  ["title", /論文名|論文題名|論文タイトル|タイトル|題名|title|^論文$|論文/],
  ["journal", /雑誌|掲載誌|誌名|ジャーナル|journal/],
  ["year", /発表年|掲載年|出版年|受理年|^年$|^年度$|year|published/],
];

/** What a period is: its phase, as the phase column says it. */
export type CsPhase = "clinical" | "research" | "leave";

/** Phase words (the key contains one). Leave first: "研究休止" is leave. */
export const PHASE_WORDS: ReadonlyArray<readonly [CsPhase, RegExp]> = [
  ["leave", /休止|休職|休業|産休|育休|中断|延長のみ|leave/],
  ["research", /研究|research|留学|大学院/],
  ["clinical", /臨床|診療|clinical|clinic/],
];

/** What kind of place a site is, for cs-clinical-phase and cs-research-site. */
export type CsSiteKind =
  | "responsible" // 責任医療機関
  | "partner" // 連携施設
  | "graduate" // 大学院
  | "national-centre" // ナショナルセンター
  | "abroad" // 留学先 (seed 001 Ⅲ.2: counts as research time)
  | "university-hospital" // a university hospital: where a responsible institution's clinical training is done
  | "hospital" // another hospital or clinic
  | "other" // explicitly none of the above (その他, 連携外)
  | "unknown";

/** Values of the site-kind column. */
export const SITE_KIND_WORDS: ReadonlyArray<readonly [CsSiteKind, RegExp]> = [
  ["other", /その他|^他$|連携外|非連携|連携施設外|対象外|民間|other/],
  ["responsible", /責任|基幹|responsible/],
  ["partner", /連携|partner/],
  ["graduate", /大学院|研究科|graduate/],
  ["national-centre", /ナショナルセンター|^nc$|国立研究開発法人|nationalcentre|nationalcenter/],
  ["abroad", /留学|海外|国外|abroad|overseas/],
];

/** The six national centres (ナショナルセンター), and the agency one of them became in 2025. */
export const NATIONAL_CENTRES: readonly string[] = [
  "国立がん研究センター",
  "国立循環器病研究センター",
  "国立精神・神経医療研究センター",
  "国立国際医療研究センター",
  "国立成育医療研究センター",
  "国立長寿医療研究センター",
  "国立健康危機管理研究機構",
];

/** A site's text that shows its kind, tried in this order. */
export const SITE_TEXT_KINDS: ReadonlyArray<readonly [CsSiteKind, RegExp]> = [
  ["other", /連携外|非連携|連携施設外/],
  ["graduate", /大学院|研究科|graduateschool/],
  ["national-centre", new RegExp(`ナショナルセンター|nationalcent|${NATIONAL_CENTRES.map((n) => csKey(n).replace(/・/g, "・?")).join("|")}`)],
  ["abroad", /留学|海外|国外|abroad|overseas/],
  ["university-hospital", /大学.*(病院|附属|付属)|universityhospital|医科大学/],
  ["partner", /連携施設|連携病院|\(連携\)/],
  ["responsible", /責任医療機関|\(責任\)/],
  ["hospital", /病院|クリニック|医院|診療所|医療センター|hospital|clinic|medicalcent/],
];

/** The seed's reasons for extending the course (Ⅲ.1), with the words that name each. */
export const EXTENSION_REASONS: ReadonlyArray<{ readonly id: string; readonly label: string; readonly en: string; readonly words: RegExp }> = [
  { id: "abroad", label: "留学", en: "study or work abroad", words: /留学|海外|国外|abroad|overseas/ },
  { id: "childcare", label: "妊娠・出産・育児", en: "pregnancy, childbirth, childcare", words: /妊娠|出産|育児|産休|育休|産前|産後|子育て|maternity|paternity|pregnan|childbirth|childcare|parental/ },
  { id: "illness", label: "病気療養", en: "illness", words: /病気|療養|疾病|傷病|病休|闘病|illness|sick|medicalleave/ },
  { id: "care", label: "介護", en: "caring for family", words: /介護|看護休暇|看病|caregiving|familycare/ },
  { id: "manager", label: "管理職", en: "a managerial post", words: /管理職|manager|management/ },
  { id: "disaster", label: "災害被災", en: "a disaster", words: /災害|被災|震災|disaster/ },
];

/** A reason cell that says there is none. */
export const NO_REASON = /^(|-+|ー+|なし|無し|無|特になし|該当なし|none|n\/?a)$/;

/** Yes / no, as people write them (CONTRACT: はい/いいえ/有/無/あり/なし/○/×/✓/Yes/No/TRUE/FALSE). */
export const YES_WORDS = /^(はい|有|有り|あり|あります|○|〇|◯|●|✓|✔|☑|yes|y|true|1|済|済み|該当|該当あり|する|要|ok|可|対象)$/;
export const NO_WORDS = /^(いいえ|無|無し|なし|ありません|×|✕|✗|✖|x|no|n|false|0|-+|ー+|非該当|該当なし|しない|不要|否|対象外)$/;

/** The 臨床研修 finished / not finished words beside yes / no. */
export const DONE_WORDS = /^(修了|修了済|修了済み|修了見込|修了見込み|修了予定|見込み|済|済み|done|finished|completed|expected)$/;
export const NOT_DONE_WORDS = /^(未修了|未|未了|中断|研修中|notfinished|notdone|no)$/;

/** Languages of a paper. */
export const ENGLISH_WORDS = /^(英文|英語|英|english|en|e|eng)$/;
export const JAPANESE_WORDS = /^(和文|日本語|和|邦文|japanese|ja|jp|j|jpn)$/;
