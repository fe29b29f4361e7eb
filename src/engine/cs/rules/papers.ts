import { CS_MESSAGES } from "../../messages/cs";
import type { Message } from "../../messages/message";
import type { RuleDefinition } from "../../rules/rule";
import type { CsEdition } from "../editions";
import type { CsPaper } from "../plan";
import type { CsSubject } from "../subject";
import { editionHit } from "./tag";

/** How one paper counts under an edition. */
export type PaperCount =
  | { readonly as: "full" } // first author, English, SCI-indexed, not a case report
  | { readonly as: "alternative" } // may stand in for one (FY2024: an English case report, a Japanese paper)
  | { readonly as: "none"; readonly why: Message; readonly cell?: string };

/**
 * How a paper counts. A paper dated outside the course (before its start year, after its last
 * year) does not count; one with no year is taken as planned within the course. An empty case-report
 * cell is read as "not a case report"; an empty SCI or first-author cell does not count (unknown).
 */
export function countPaper(paper: CsPaper, edition: CsEdition, startYear: number | undefined, endYear: number | undefined): PaperCount {
  const W = CS_MESSAGES.paperWhy;
  const c = paper.cells;
  if (paper.year !== undefined && ((startYear !== undefined && paper.year < startYear) || (endYear !== undefined && paper.year > endYear))) {
    return none(W.outside(paper.year), c.year);
  }
  if (paper.firstAuthor === false) return none(W.notFirst, c.firstAuthor);
  if (paper.firstAuthor === undefined) return none(W.firstUnknown, c.firstAuthor);
  const caseReport = paper.caseReport === true;
  if (paper.language === "en" && paper.sci === true && !caseReport) return { as: "full" };
  if (paper.language === "en" && caseReport && edition.alternatives.includes("english-case-report")) return { as: "alternative" };
  if (paper.language === "ja" && !caseReport && edition.alternatives.includes("japanese-paper")) return { as: "alternative" };
  if (paper.language === "ja") return caseReport ? none(W.japaneseCase, c.caseReport) : none(W.japanese, c.language);
  if (caseReport) return none(W.caseReport, c.caseReport);
  if (paper.language === undefined) return none(W.languageUnknown, c.language);
  return paper.sci === false ? none(W.notSci, c.sci) : none(W.sciUnknown, c.sci);
}

function none(why: Message, cell: string | undefined): PaperCount {
  return { as: "none", why, ...(cell ? { cell } : {}) };
}

/**
 * `cs-papers`: at least 2 qualifying first-author papers by the end of the course. FY2021 edition
 * (seed 001 Ⅰ.2.(1), Ⅰ.3.(2)): English-language journals indexed in the SCI, case reports excluded.
 * FY2024 revision: one of the two may be an English case report or a Japanese-language paper.
 */
export const csPapers: RuleDefinition<CsSubject> = {
  id: "cs-papers",
  severity: "error",
  group: "clinician-scientist",
  source: "seed 001 Ⅰ.2.(1), Ⅰ.3.(2); FY2024 revision (trade press; not in the seed)",
  description: {
    ja: "コース修了までに筆頭著者の論文が2本以上 (2021年度版: SCI収載の英文誌、症例報告を除く。2024年度改定: うち1本は英文症例報告か和文論文でも可)",
    en: "2 or more first-author papers by the end of the course (FY2021: SCI-indexed English journals, no case reports; FY2024: one may be an English case report or a Japanese paper)",
  },
  params: {},
  paramSpecs: {},
  check({ plan, edition, timeline }) {
    let full = 0;
    let alternatives = 0;
    const why: Message[] = [];
    const cells: string[] = [];
    const alternativeCells: string[] = [];
    for (const paper of plan.papers) {
      const counted = countPaper(paper, edition, timeline.startFiscalYear, timeline.endYear);
      const title = paper.title.length > 24 ? `${paper.title.slice(0, 23)}…` : paper.title;
      if (counted.as === "full") full++;
      else if (counted.as === "alternative") {
        alternatives++;
        alternativeCells.push(paper.cells.title ?? paper.cells.caseReport ?? paper.cells.language ?? "");
        if (alternatives > edition.alternativesMax) why.push(CS_MESSAGES.paperItem(title, CS_MESSAGES.paperWhy.tooManyAlternatives(edition.alternativesMax)));
      } else {
        why.push(CS_MESSAGES.paperItem(title, counted.why));
        const cell = counted.cell ?? paper.cells.title;
        if (cell) cells.push(cell);
      }
    }
    const qualifying = full + Math.min(alternatives, edition.alternativesMax);
    if (qualifying >= edition.papersMin) return [];
    if (alternatives > edition.alternativesMax) cells.push(...alternativeCells.filter(Boolean));
    const shown = cells.length ? cells : [plan.papersHeader ?? plan.nameCell];
    return [
      editionHit(
        edition,
        shown,
        CS_MESSAGES.papersShort(
          qualifying,
          edition.papersMin,
          edition.paperRule,
          why.map((w) => w.ja),
          why.map((w) => w.en),
        ),
      ),
    ];
  },
};
