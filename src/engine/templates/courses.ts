import type { CourseId } from "../model/plan";

/**
 * The hematology department's course templates A, B and C (seed 000_05c0615f8deab0f4.txt, §3
 * "コース選択"), as data.
 *
 * The seed lists each year's rotations in order under a `4 週 … 52 週` header, but its extraction
 * lost the column widths, so it does not say how many blocks each rotation takes. The week counts
 * below are the ones that satisfy every constraint the seed and the national rules state together
 * (DOMAIN.md §2):
 * - each year is 52 weeks, in 4-week blocks;
 * - the national minimums: 内科 ≥ 24, 救急 ≥ 12 (麻酔科 at most 4 of them), 外科, 小児科, 産婦人科,
 *   精神科, 地域医療 ≥ 4 each;
 * - "1 年次は … 4～8週" of 血液 (A, B, C); "8～44 週" (A) and "8～36週" (B) of 血液 in 2年次;
 * - each rotation at least one 4-week block.
 * A: 1年次 has 11 rotations in 13 blocks; 救急 needs 12 weeks over both years and 2年次 has one
 *    救急 block, so 救急（ICU） takes 2 blocks and 血液 the other extra block (8 weeks, inside 4–8);
 *    2年次: 地域医療 4 + 救急 4 leave 44 weeks of 選択 内科（血液・一般内科）, the seed's upper bound.
 * B: 1年次 has 8 rotations in 13 blocks: 救急 8 + 救急（麻酔科） 4 make the 12 weeks; 内科（血液・消化器）
 *    12 gives 血液 6 (split evenly, CONTRACT §5) inside 4–8; 循環器 and 呼吸器 take 8 each.
 *    2年次: 4 blocks of required and elective rotations leave 36 weeks of 血液, the seed's upper bound.
 * C: 1年次 as A; 2年次 地域医療 4 + 救急 4 + 血液 36 + a short rotation in the city's cooperating
 *    hospital and facility 8.
 * They are defaults, meant to be edited.
 */
export interface TemplateRotation {
  /** The cell text as the seed writes it, line by line: "必修\n内科\n（血液）". */
  readonly text: string;
  readonly weeks: number;
}

export interface TemplateYear {
  readonly year: 1 | 2;
  /** The site named in the year row: "大学病院", "協力型研修病院". */
  readonly site: string;
  readonly rotations: readonly TemplateRotation[];
}

export interface CourseTemplate {
  readonly id: CourseId;
  /** "A コース" */
  readonly title: string;
  /** The seed's one-line purpose of the course. */
  readonly purpose: string;
  readonly years: readonly [TemplateYear, TemplateYear];
  readonly source: string;
}

/** Where the courses come from, as the template's footer tells a coordinator. */
export const PUBLISHED_PLAN = {
  ja: "血液内科が公開している臨床研修プラン (コース選択の表)",
  en: "the hematology department's published training plan (its table of courses)",
} as const;

const SOURCE = "seed 000_05c0615f8deab0f4.txt §3 コース選択 (week counts derived: see courses.ts)";

const r = (text: string, weeks: number): TemplateRotation => ({ text, weeks });

const YEAR1_AT_UNIVERSITY: TemplateYear = {
  year: 1,
  site: "大学病院",
  rotations: [
    r("必修\n内科\n（血液）", 8),
    r("必修\n内科\n（腫瘍）", 4),
    r("必修\n内科\n(循環器)", 4),
    r("必修\n内科\n(呼吸器)", 4),
    r("必修\n内科\n(脳神経)", 4),
    r("必修\n内科\n（免疫）", 4),
    r("必修\n救急\n（ICU）", 8),
    r("必修\n外科\n(消化器)", 4),
    r("必修\n産婦人科", 4),
    r("必修\n小児科", 4),
    r("必修\n精神科", 4),
  ],
};

export const COURSE_TEMPLATES: Readonly<Record<CourseId, CourseTemplate>> = {
  A: {
    id: "A",
    title: "A コース",
    purpose: "一般診療をまず身につけたいとき",
    years: [
      YEAR1_AT_UNIVERSITY,
      {
        year: 2,
        site: "協力型研修病院",
        rotations: [r("必修\n地域医療", 4), r("必修\n救急", 4), r("選択\n内科\n（血液・一般内科）", 44)],
      },
    ],
    source: SOURCE,
  },
  B: {
    id: "B",
    title: "B コース",
    purpose: "専門性の高い診療、臨床研究を学びたいとき",
    years: [
      {
        year: 1,
        site: "協力型研修病院",
        rotations: [
          r("必修\n内科\n（血液・消化器）", 12),
          r("必修\n内科\n（循環器）", 8),
          r("必修\n内科\n（呼吸器）", 8),
          r("必修\n救急", 8),
          r("必修\n救急\n(麻酔科)", 4),
          r("必修\n外科", 4),
          r("必修\n産婦人科", 4),
          r("必修\n小児科", 4),
        ],
      },
      {
        year: 2,
        site: "大学病院",
        rotations: [
          r("必修\n地域医療", 4),
          r("必修\n精神科", 4),
          r("選択\n内科\n(脳神経)", 4),
          r("選択\n内科\n(免疫)", 4),
          r("選択\n内科\n(血液)", 36),
        ],
      },
    ],
    source: SOURCE,
  },
  C: {
    id: "C",
    title: "C コース",
    purpose: "多くの指導医のもと、より専門性の高い疾患を中心に研修したいとき",
    years: [
      YEAR1_AT_UNIVERSITY,
      {
        year: 2,
        site: "大学病院",
        rotations: [
          r("必修\n地域医療", 4),
          r("必修\n救急", 4),
          r("選択\n内科\n（血液）", 36),
          r("選択\n内科\n(市内協力型病院・研修施設)", 8),
        ],
      },
    ],
    source: SOURCE,
  },
};
