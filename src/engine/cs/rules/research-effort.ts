import { EPS } from "../../model/units";
import { CS_MESSAGES } from "../../messages/cs";
import type { RuleDefinition, RuleHit } from "../../rules/rule";
import type { CsSubject } from "../subject";
import { periodCell } from "../subject";
import { editionHit } from "./tag";

/**
 * `cs-research-effort`: in the research phase (研究フェーズ: from year 3 in the FY2021 edition, after
 * the 1–2 clinical years in the FY2024 revision) research effort is 50% or more. A period still
 * marked clinical after the longest clinical phase is a research-phase period with no research.
 * Study abroad with no effort written counts as research (seed 001 Ⅲ.2); an empty effort is
 * `cs-missing`'s.
 *
 * `minEffortPercent`: 50 in both editions.
 */
export const csResearchEffort: RuleDefinition<CsSubject, { minEffortPercent: number }> = {
  id: "cs-research-effort",
  severity: "error",
  group: "clinician-scientist",
  source: "seed 001 Ⅰ.2.(1), Ⅰ.3.(2)",
  description: {
    ja: "研究フェーズの研究エフォートが50%以上であること",
    en: "research effort of 50% or more in the research phase",
  },
  params: { minEffortPercent: 50 },
  paramSpecs: { minEffortPercent: { unit: "percent", lo: 0, hi: 100, stricter: "higher", description: { ja: "研究フェーズの研究エフォートの下限 (%)", en: "Least research effort in the research phase (%)" } } },
  check({ plan, edition, timeline }, { minEffortPercent }) {
    const hits: RuleHit[] = [];
    for (const t of timeline.periods) {
      const p = t.period;
      if (t.role === "clinical" && t.countedStart >= edition.clinicalYearsMax - EPS) {
        const cells = [p.cells.phase, p.cells.effort].filter((c): c is string => c !== undefined);
        hits.push(editionHit(edition, cells.length ? cells : [periodCell(p, plan)], CS_MESSAGES.clinicalInResearch(p.label, edition.clinicalYearsMax, minEffortPercent)));
      } else if (t.role === "research" && t.effort !== undefined && t.effort < minEffortPercent) {
        hits.push(editionHit(edition, [p.cells.effort ?? periodCell(p, plan)], CS_MESSAGES.researchEffortLow(p.label, t.effort, minEffortPercent)));
      }
    }
    return hits;
  },
};
