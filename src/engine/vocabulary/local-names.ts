/**
 * Short and local names of departments as real schedules write them (issue 8), as data: each
 * spelling, what it means (a field as `ROTA.FIELD` names it), and where it was seen.
 *
 * A coordinator adds a spelling here (or, for one workbook only, in a legend on the sheet or in a
 * program profile's `vocabulary`). `means` is resolved through the field table (fields.ts), so it
 * must be a name that table already knows (`内科(消化器)`, `救急(ICU)`, `外科(消化器)`).
 *
 * ## 総合診療科 and 総合内科 (decided here, documented in docs/reading.md)
 * Both count as 内科 (subspecialty 総合内科) in a 臨床研修 grid. Reason: the MHLW 医師臨床研修指導
 * ガイドライン (2023年度版, 一般外来の項) names 総合診療科外来 beside 一般内科外来 as the clinics of
 * general (not organ-specific) internal medicine, and a hospital's 総合診療科 ward (病院総合診療) is a
 * general internal medicine ward: the MHLW's 内科 is "入院患者の一般的・全身的な診療". Counting it
 * elsewhere would tell an accredited programme that it lacks 内科 weeks it has. Only a cell that
 * says 外来 (総合診療科外来) is 一般外来 on its own. The specialty board's basic field 総合診療
 * (seed 001) stays a field of its own in the quota (quota/basic-fields.ts): a different question.
 *
 * ## Never guessed
 * 婦人科 alone, 内科系, 外科系 (and the like) could be more than one field: markers.ts DOUBTFUL asks.
 */
export interface LocalName {
  /** As written in the grid (compared after NFKC, without spaces). */
  readonly spelling: string;
  /** The field it means, as ROTA.FIELD names it. */
  readonly means: string;
  /** abbreviation: a shortening of a standard name; department: a hospital's own department name. */
  readonly kind: "abbreviation" | "department";
  /** Where the spelling was seen. */
  readonly seen: string;
}

const AIH = "飯塚病院 内科系ローテーション例の凡例 (http://aih-net.com/resident/senior/rotate/naika.html)";
const TWMU = "東京女子医科大学附属足立医療センター 卒後臨床研修プログラム (https://twmu-mce-intern.jp/training/course_basic)";
const TEINE = "手稲渓仁会病院 研修医スケジュール (http://www.keijinkai.com/teine/junior_residency/schedule/)";
const MIYAZAKI = "宮崎大学 研修プログラム選択例 (http://www.med.miyazaki-u.ac.jp/home/sotsugo/medical_college/select)";
const MURORAN = "製鉄記念室蘭病院 研修スケジュール (https://www.nshp-muroran.or.jp/_wp/wp-content/themes/skm/training/kensyuusyukezyu-ru)";
const ISSUE = "issue 8 (schedules published by 臨床研修 programmes, re-typed by coordinators)";
const GUIDE = "MHLW 医師臨床研修指導ガイドライン 2023年度版 (一般外来の研修先: 総合診療科外来, 一般内科外来)";

export const LOCAL_NAMES: readonly LocalName[] = [
  // 内科 subspecialties, shortened to two or three characters.
  { spelling: "消内", means: "内科(消化器)", kind: "abbreviation", seen: AIH },
  { spelling: "循内", means: "内科(循環器)", kind: "abbreviation", seen: ISSUE },
  { spelling: "呼内", means: "内科(呼吸器)", kind: "abbreviation", seen: ISSUE },
  { spelling: "血内", means: "内科(血液)", kind: "abbreviation", seen: AIH },
  { spelling: "神内", means: "内科(脳神経)", kind: "abbreviation", seen: AIH },
  { spelling: "脳内", means: "内科(脳神経)", kind: "abbreviation", seen: ISSUE },
  { spelling: "腎内", means: "内科(腎臓)", kind: "abbreviation", seen: AIH },
  { spelling: "肝内", means: "内科(消化器)", kind: "abbreviation", seen: AIH },
  { spelling: "膠リ", means: "内科(免疫・リウマチ)", kind: "abbreviation", seen: AIH },
  { spelling: "膠原病", means: "内科(免疫・リウマチ)", kind: "abbreviation", seen: ISSUE },
  { spelling: "内分泌", means: "内科(内分泌・代謝)", kind: "abbreviation", seen: ISSUE },
  { spelling: "糖内", means: "内科(内分泌・代謝)", kind: "abbreviation", seen: ISSUE },
  { spelling: "代内", means: "内科(内分泌・代謝)", kind: "abbreviation", seen: ISSUE },
  { spelling: "総内", means: "内科(総合内科)", kind: "abbreviation", seen: ISSUE },
  { spelling: "総診", means: "内科(総合内科)", kind: "abbreviation", seen: ISSUE },
  { spelling: "感内", means: "内科(感染症)", kind: "abbreviation", seen: ISSUE },
  { spelling: "腫内", means: "内科(腫瘍)", kind: "abbreviation", seen: ISSUE },
  { spelling: "循環器", means: "内科(循環器)", kind: "abbreviation", seen: ISSUE },
  { spelling: "血液", means: "内科(血液)", kind: "abbreviation", seen: ISSUE },
  { spelling: "腎臓", means: "内科(腎臓)", kind: "abbreviation", seen: ISSUE },
  // Other fields, shortened.
  { spelling: "救命", means: "救急", kind: "abbreviation", seen: ISSUE },
  { spelling: "麻酔", means: "麻酔科", kind: "abbreviation", seen: MIYAZAKI },
  { spelling: "産婦", means: "産婦人科", kind: "abbreviation", seen: MIYAZAKI },
  { spelling: "精神", means: "精神科", kind: "abbreviation", seen: MIYAZAKI },
  { spelling: "小児", means: "小児科", kind: "abbreviation", seen: MIYAZAKI },
  { spelling: "地域", means: "地域医療", kind: "abbreviation", seen: MIYAZAKI },
  { spelling: "整形", means: "整形外科", kind: "abbreviation", seen: ISSUE },
  { spelling: "脳外", means: "脳神経外科", kind: "abbreviation", seen: ISSUE },
  { spelling: "心外", means: "外科(心臓血管)", kind: "abbreviation", seen: ISSUE },
  { spelling: "呼外", means: "外科(呼吸器)", kind: "abbreviation", seen: ISSUE },
  { spelling: "消外", means: "外科(消化器)", kind: "abbreviation", seen: ISSUE },
  { spelling: "泌尿", means: "泌尿器科", kind: "abbreviation", seen: ISSUE },
  { spelling: "皮膚", means: "皮膚科", kind: "abbreviation", seen: ISSUE },
  { spelling: "耳鼻", means: "耳鼻咽喉科", kind: "abbreviation", seen: ISSUE },
  { spelling: "放射", means: "放射線科", kind: "abbreviation", seen: ISSUE },
  // Departments under a hospital's own name.
  { spelling: "総合診療科", means: "内科(総合内科)", kind: "department", seen: GUIDE },
  { spelling: "総合診療", means: "内科(総合内科)", kind: "department", seen: GUIDE },
  { spelling: "総合診療部", means: "内科(総合内科)", kind: "department", seen: ISSUE },
  { spelling: "病院総合診療科", means: "内科(総合内科)", kind: "department", seen: ISSUE },
  { spelling: "総合内科", means: "内科(総合内科)", kind: "department", seen: TEINE },
  { spelling: "地域医療科", means: "地域医療", kind: "department", seen: ISSUE },
  { spelling: "肝臓内科", means: "内科(消化器)", kind: "department", seen: AIH },
  { spelling: "肝臓", means: "内科(消化器)", kind: "abbreviation", seen: AIH },
  { spelling: "糖尿病・内分泌内科", means: "内科(内分泌・代謝)", kind: "department", seen: ISSUE },
  { spelling: "内分泌・糖尿病内科", means: "内科(内分泌・代謝)", kind: "department", seen: ISSUE },
  { spelling: "腎臓・膠原病内科", means: "内科(腎臓・免疫・リウマチ)", kind: "department", seen: ISSUE },
  { spelling: "救急医療科", means: "救急", kind: "department", seen: TWMU },
  { spelling: "救急(三次救急)", means: "救急", kind: "department", seen: TWMU },
  { spelling: "救急医療科(三次救急)", means: "救急", kind: "department", seen: TWMU },
  { spelling: "救急部門(ER)", means: "救急(ER)", kind: "department", seen: TWMU },
  { spelling: "救命救急科", means: "救急", kind: "department", seen: ISSUE },
  { spelling: "救急集中治療科", means: "救急(ICU)", kind: "department", seen: ISSUE },
  { spelling: "高度救命救急センター", means: "救急", kind: "department", seen: ISSUE },
  { spelling: "救急・集中治療", means: "救急(ICU)", kind: "department", seen: ISSUE },
  { spelling: "集中治療部", means: "救急(ICU)", kind: "department", seen: MIYAZAKI },
  { spelling: "外傷救急", means: "救急", kind: "department", seen: MURORAN },
  { spelling: "腹部外科", means: "外科(消化器)", kind: "department", seen: TEINE },
  { spelling: "消化器・一般外科", means: "外科(消化器・一般)", kind: "department", seen: ISSUE },
  { spelling: "一般・消化器外科", means: "外科(一般・消化器)", kind: "department", seen: ISSUE },
  { spelling: "外科・消化器外科", means: "外科(消化器)", kind: "department", seen: ISSUE },
  { spelling: "地域研修", means: "地域医療", kind: "department", seen: TEINE },
  { spelling: "精神神経科", means: "精神科", kind: "department", seen: ISSUE },
  { spelling: "小児科・新生児科", means: "小児科", kind: "department", seen: ISSUE },
];
