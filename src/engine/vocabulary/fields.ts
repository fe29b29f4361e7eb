/**
 * The fields a rotation cell can name, with the spellings seen in real grids (DOMAIN.md §1).
 * Data a coordinator can read and extend: add a spelling to `aliases`, not code.
 *
 * Aliases are compared after normalizeText (NFKC, no spaces, round brackets), so full-width and
 * half-width spellings need not both be listed.
 */
export interface SubspecialtyDef {
  readonly id: string;
  readonly en: string;
  /** Spellings of the subspecialty alone, under its field's name ("血液" inside 内科（血液）). */
  readonly short: readonly string[];
  /** Spellings that name field and subspecialty at once ("血液内科"). */
  readonly aliases: readonly string[];
}

export interface FieldDef {
  readonly id: string;
  readonly en: string;
  /** national: required by the MHLW rules; elective: a field of its own that no minimum counts. */
  readonly kind: "national" | "elective" | "general-outpatient" | "undecided";
  readonly aliases: readonly string[];
  readonly subs?: readonly SubspecialtyDef[];
  /** A field that counts toward another one (麻酔科 toward 救急, capped by the rule em-12w). */
  readonly countsToward?: string;
  /** Where the spellings come from. */
  readonly source: string;
}

const DOMAIN = "DOMAIN.md §1 (vocabulary seen in real grids)";

export const FIELDS: readonly FieldDef[] = [
  {
    id: "内科",
    en: "Internal medicine",
    kind: "national",
    aliases: ["内科", "内科学"],
    source: `${DOMAIN}; MHLW 臨床研修の到達目標 (内科 24週以上)`,
    subs: [
      { id: "血液", en: "hematology", short: ["血液"], aliases: ["血液内科", "血液科", "血液病内科"] },
      { id: "腫瘍", en: "oncology", short: ["腫瘍"], aliases: ["腫瘍内科", "腫瘍科", "臨床腫瘍科"] },
      { id: "消化器", en: "gastroenterology", short: ["消化器", "消化管"], aliases: ["消化器内科", "消化器科", "胃腸科", "消化管内科"] },
      { id: "循環器", en: "cardiology", short: ["循環器"], aliases: ["循環器内科", "循環器科", "心臓内科"] },
      { id: "呼吸器", en: "pulmonology", short: ["呼吸器"], aliases: ["呼吸器内科", "呼吸器科"] },
      {
        id: "脳神経",
        en: "neurology",
        short: ["脳神経", "神経"],
        // 神経内科 was renamed 脳神経内科 in 2017; both appear. Never 脳神経外科 (surgery).
        aliases: ["脳神経内科", "神経内科"],
      },
      {
        id: "免疫・リウマチ",
        en: "immunology and rheumatology",
        short: ["免疫", "免疫・リウマチ", "リウマチ", "膠原病", "膠原病・リウマチ", "リウマチ・膠原病", "免疫・膠原病"],
        aliases: [
          "免疫・リウマチ内科",
          "膠原病内科",
          "膠原病・リウマチ内科",
          "リウマチ・膠原病内科",
          "リウマチ内科",
          "リウマチ科",
          "免疫内科",
          "免疫・膠原病科",
          "膠原病科",
          "免疫・膠原病内科",
        ],
      },
      { id: "腎臓", en: "nephrology", short: ["腎臓", "腎"], aliases: ["腎臓内科", "腎内科", "腎臓科"] },
      {
        id: "内分泌・代謝",
        en: "endocrinology and metabolism",
        short: ["内分泌・代謝", "内分泌", "代謝", "糖尿病", "内分泌代謝", "糖尿病・内分泌", "糖尿病・代謝"],
        aliases: ["内分泌・代謝内科", "内分泌代謝内科", "内分泌内科", "代謝内科", "糖尿病内科", "糖尿病・内分泌内科", "糖尿病・代謝内科", "糖尿病・内分泌・代謝内科"],
      },
      { id: "総合内科", en: "general internal medicine", short: ["総合内科", "一般内科", "一般", "総合"], aliases: ["総合内科", "一般内科"] },
      { id: "感染症", en: "infectious diseases", short: ["感染症"], aliases: ["感染症内科", "感染症科"] },
    ],
  },
  {
    id: "救急",
    en: "Emergency medicine",
    kind: "national",
    aliases: ["救急", "救急部門", "救急科", "救急部", "救急医療", "救急医学", "救命救急", "救命救急センター", "救急救命", "救急センター", "救急外来"],
    source: `${DOMAIN}; MHLW (救急 12週以上, 麻酔科 4週まで算入可)`,
    subs: [
      { id: "ICU", en: "intensive care", short: ["ICU", "集中治療"], aliases: ["ICU", "集中治療", "集中治療部", "集中治療科", "集中治療室"] },
      { id: "ER", en: "emergency room", short: ["ER"], aliases: ["ER"] },
    ],
  },
  {
    id: "麻酔科",
    en: "Anesthesiology",
    kind: "national",
    aliases: ["麻酔科", "麻酔", "麻酔科蘇生科", "麻酔・蘇生科"],
    countsToward: "救急",
    source: `${DOMAIN}; MHLW (麻酔科は救急のうち4週まで)`,
  },
  {
    id: "外科",
    en: "Surgery",
    kind: "national",
    aliases: ["外科"],
    source: `${DOMAIN}; MHLW (外科 4週以上)`,
    subs: [
      { id: "一般", en: "general", short: ["一般"], aliases: ["一般外科"] },
      {
        id: "消化器",
        en: "gastrointestinal",
        short: ["消化器", "消化管", "上部消化管", "下部消化管", "肝胆膵"],
        aliases: ["消化器外科", "消化管外科", "上部消化管外科", "下部消化管外科", "肝胆膵外科", "胃腸外科", "消化器・一般外科"],
      },
      { id: "呼吸器", en: "thoracic", short: ["呼吸器"], aliases: ["呼吸器外科"] },
      { id: "心臓血管", en: "cardiovascular", short: ["心臓血管", "心臓", "心外", "血管"], aliases: ["心臓血管外科", "心臓外科", "心外", "血管外科"] },
      { id: "乳腺", en: "breast", short: ["乳腺", "乳腺・内分泌"], aliases: ["乳腺外科", "乳腺内分泌外科", "乳腺・内分泌外科"] },
      { id: "小児", en: "pediatric", short: ["小児"], aliases: ["小児外科"] },
    ],
  },
  { id: "小児科", en: "Pediatrics", kind: "national", aliases: ["小児科", "小児", "小児科学", "小児医療", "小児・新生児科", "新生児科"], source: `${DOMAIN}; MHLW (小児科 4週以上)` },
  {
    id: "産婦人科",
    en: "Obstetrics and gynecology",
    kind: "national",
    // 婦人科 alone is doubtful (DOMAIN §1: ask, don't guess): see DOUBTFUL in markers.ts.
    aliases: ["産婦人科", "産科婦人科", "産婦", "産科・婦人科", "産科/婦人科", "産科", "周産期", "産婦人科学"],
    source: `${DOMAIN}; MHLW (産婦人科 4週以上)`,
  },
  { id: "精神科", en: "Psychiatry", kind: "national", aliases: ["精神科", "精神", "精神神経科", "神経精神科", "精神医学", "精神科神経科", "メンタルヘルス科"], source: `${DOMAIN}; MHLW (精神科 4週以上)` },
  { id: "地域医療", en: "Community medicine", kind: "national", aliases: ["地域医療", "地域", "地域研修", "地域医療研修"], source: `${DOMAIN}; MHLW (地域医療 4週以上, 原則2年次)` },
  {
    id: "一般外来",
    en: "General outpatient",
    kind: "general-outpatient",
    // 専門外来 and 救急外来 do not count (DOMAIN §1).
    aliases: ["一般外来", "総合診療科外来", "一般内科外来", "一般外科外来", "小児科外来", "総合外来", "一般外来研修"],
    source: `${DOMAIN}; MHLW (一般外来 4週以上, 並行研修可)`,
  },
  { id: "整形外科", en: "Orthopedics", kind: "elective", aliases: ["整形外科", "整形"], source: DOMAIN },
  { id: "脳神経外科", en: "Neurosurgery", kind: "elective", aliases: ["脳神経外科", "脳外科", "脳外"], source: DOMAIN },
  { id: "形成外科", en: "Plastic surgery", kind: "elective", aliases: ["形成外科", "形成"], source: DOMAIN },
  { id: "皮膚科", en: "Dermatology", kind: "elective", aliases: ["皮膚科", "皮膚"], source: "19 基本領域 (seed 001)" },
  { id: "眼科", en: "Ophthalmology", kind: "elective", aliases: ["眼科"], source: "19 基本領域 (seed 001)" },
  { id: "耳鼻咽喉科", en: "Otorhinolaryngology", kind: "elective", aliases: ["耳鼻咽喉科", "耳鼻科", "耳鼻咽喉・頭頸部外科", "耳鼻咽喉"], source: "19 基本領域 (seed 001)" },
  { id: "泌尿器科", en: "Urology", kind: "elective", aliases: ["泌尿器科", "泌尿器"], source: "19 基本領域 (seed 001)" },
  { id: "放射線科", en: "Radiology", kind: "elective", aliases: ["放射線科", "放射線", "放射線診断科", "放射線治療科", "放射線部"], source: "19 基本領域 (seed 001)" },
  { id: "病理", en: "Pathology", kind: "elective", aliases: ["病理", "病理診断科", "病理科", "病理部"], source: "19 基本領域 (seed 001)" },
  { id: "臨床検査", en: "Laboratory medicine", kind: "elective", aliases: ["臨床検査", "臨床検査科", "検査部", "検査科"], source: "19 基本領域 (seed 001)" },
  { id: "リハビリテーション科", en: "Rehabilitation", kind: "elective", aliases: ["リハビリテーション科", "リハビリテーション", "リハビリ", "リハ科"], source: "19 基本領域 (seed 001)" },
  // 総合診療科 / 総診 in a 臨床研修 grid count as 内科(総合内科): see local-names.ts for the decision and its source.
  { id: "地域保健", en: "Public health", kind: "elective", aliases: ["地域保健", "保健所", "地域保健・医療"], source: `${DOMAIN} (地域保健 is a different, elective field)` },
  { id: "心療内科", en: "Psychosomatic medicine", kind: "elective", aliases: ["心療内科"], source: "common elective" },
  { id: "歯科口腔外科", en: "Oral surgery", kind: "elective", aliases: ["歯科口腔外科", "口腔外科", "歯科"], source: "common elective" },
  {
    id: "選択",
    en: "Elective (undecided)",
    kind: "undecided",
    aliases: ["選択", "自由選択", "選択科", "選択研修", "未定", "選択(未定)"],
    source: "an elective slot whose field is not yet chosen: assigned, counts toward no minimum",
  },
];

const FIELD_ORDER: ReadonlyMap<string, number> = new Map(FIELDS.map((f, i) => [f.id, i]));

/**
 * Orders fields by their place in {@link FIELDS} (the national fields, 一般外来, then the
 * electives); a field the list does not hold (a program's own) after them all. With a stable sort,
 * such fields keep the order they came in.
 */
export const byFieldOrder = (a: string, b: string): number => (FIELD_ORDER.get(a) ?? FIELDS.length) - (FIELD_ORDER.get(b) ?? FIELDS.length);
