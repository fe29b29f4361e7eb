/**
 * The editions of the clinician-scientist course's requirements, as a table a coordinator can
 * read. A plan is checked against the edition in force for its start (fiscal) year unless the user
 * chooses another (CLI `--edition`, a function argument, the task pane, or an 適用版 cell on the
 * sheet).
 */
import type { Message } from "../messages/message";
import { eraToWestern } from "./values";
import { csKey } from "./vocabulary";
import { lastOf, type NonEmpty } from "../model/invariant";

/** What may stand in for one of the qualifying papers under an edition. */
export type PaperAlternative =
  | "english-case-report" // an English-language case report, as first author
  | "japanese-paper"; // a Japanese-language paper (not a case report), as first author

export interface CsEdition {
  readonly id: "fy2021" | "fy2024";
  /** Short name, shown before every message of a rule that depends on the edition. */
  readonly label: Message;
  /** In force for courses starting from this fiscal year (until the next edition's). */
  readonly fromFiscalYear: number;
  /** Where it comes from. */
  readonly source: string;
  /** Course length in years, leave and extensions aside. */
  readonly yearsMin: number;
  /** The longest course without an allowed extension reason (seed 001 Ⅲ.1). */
  readonly yearsMax: number;
  /** The clinical phase (臨床フェーズ) at the start of the course: at least / at most, in years. */
  readonly clinicalYearsMin: number;
  readonly clinicalYearsMax: number;
  /** The research phase (研究フェーズ), at least, in years. */
  readonly researchYearsMin: number;
  /** Qualifying first-author papers by the end of the course. */
  readonly papersMin: number;
  /** How many of them may be an alternative instead of an English SCI-indexed original paper. */
  readonly alternativesMax: number;
  readonly alternatives: readonly PaperAlternative[];
  /** The paper rule in words, for messages. */
  readonly paperRule: Message;
}

/**
 * The editions, oldest first.
 *
 * - `fy2021`: the seed (臨床研究医コース整備指針, approved 2020-09-18; first intake FY2021). Ⅰ.2.(1):
 *   7 years; the first 2 clinical; research from year 3 with effort ≥ 50%; ≥ 2 first-author papers in
 *   SCI-indexed English journals, case reports excluded.
 * - `fy2024`: the FY2024 revision as the trade press reported it (not in the seed): at least 5 years,
 *   1 clinical and 4 research; one of the two papers may be an English case report or a
 *   Japanese-language paper. The press gives only the minimum; the longest course without an
 *   extension stays the seed's 7 years, and the clinical phase may stay the seed's 2 years (the
 *   research phase then still needs its 4). These two numbers are our reading, and can be changed here.
 *
 * Research effort (≥ 50%) is the same in both and is `cs-research-effort`'s parameter.
 */
export const CS_EDITIONS: NonEmpty<CsEdition> = [
  {
    id: "fy2021",
    label: { ja: "2021年度版", en: "FY2021 edition" },
    fromFiscalYear: 2021,
    source: "seed 001 Ⅰ.2.(1), Ⅰ.3.(1)(2), Ⅲ.1–2 (臨床研究医コース整備指針, 2020-09-18)",
    yearsMin: 7,
    yearsMax: 7,
    clinicalYearsMin: 2,
    clinicalYearsMax: 2,
    researchYearsMin: 5,
    papersMin: 2,
    alternativesMax: 0,
    alternatives: [],
    paperRule: {
      ja: "SCI収載の英文誌に筆頭著者として、症例報告を除く",
      en: "first author, English-language journal indexed in the SCI, case reports excluded",
    },
  },
  {
    id: "fy2024",
    label: { ja: "2024年度改定", en: "FY2024 revision" },
    fromFiscalYear: 2024,
    source: "FY2024 revision (trade press, 2023-05; not in the seed)",
    yearsMin: 5,
    yearsMax: 7,
    clinicalYearsMin: 1,
    clinicalYearsMax: 2,
    researchYearsMin: 4,
    papersMin: 2,
    alternativesMax: 1,
    alternatives: ["english-case-report", "japanese-paper"],
    paperRule: {
      ja: "筆頭著者として、SCI収載の英文原著。うち1本は英文の症例報告か和文論文でも可",
      en: "first author, English original papers indexed in the SCI; one of them may be an English case report or a Japanese-language paper",
    },
  },
];

/** The edition in force for a course starting in a fiscal year (before FY2021: the first). */
export function editionForYear(fiscalYear: number): CsEdition {
  let found = CS_EDITIONS[0];
  for (const e of CS_EDITIONS) if (e.fromFiscalYear <= fiscalYear) found = e;
  return found;
}

/** The newest edition, used when a plan's start is unknown. */
export function latestEdition(): CsEdition {
  return lastOf(CS_EDITIONS);
}

/**
 * The edition a text names: an id ("fy2024"), a fiscal year ("2024", "R6", "令和6年度", "2022" →
 * the edition in force then), or a word ("整備指針", "原版" → fy2021; "改定", "revised" → fy2024).
 * Undefined when it names none.
 *
 * @example resolveCsEdition("fy2021")    // → the FY2021 edition
 * @example resolveCsEdition("令和6年度") // → the FY2024 edition
 */
export function resolveCsEdition(text: string): CsEdition | undefined {
  const k = csKey(text);
  if (k === "") return undefined;
  const byId = CS_EDITIONS.find((e) => e.id === k);
  if (byId) return byId;
  if (/^(原版|整備指針|初版|旧|旧版|original|seed|guideline)$/.test(k)) return CS_EDITIONS[0];
  if (/^(改定|改訂|改定版|改訂版|新|新版|revised|revision|current|最新)$/.test(k)) return latestEdition();
  const m = /^(?:fy)?(\d{4})(?:年度|年)?(?:版|改定|改訂|改定版|改訂版|の改定)?(?:\(.*\))?$/.exec(eraToWestern(k.replace(/^fy/, "")));
  if (m) {
    const year = Number(m[1]);
    if (year >= 2021 && year <= 2100) return editionForYear(year);
  }
  return undefined;
}

/** The ids, for usage messages: "fy2021, fy2024". */
export const CS_EDITION_IDS: readonly string[] = CS_EDITIONS.map((e) => e.id);
