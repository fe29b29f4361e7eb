import { EPS } from "../../model/units";
import { CS_MESSAGES, CS_PHASE_NAMES } from "../../messages/cs";
import type { RuleDefinition, RuleHit } from "../../rules/rule";
import { clinicalSiteVerdict, researchSiteVerdict } from "../site-verdict";
import type { CsSubject } from "../subject";

/**
 * `cs-site-unknown` (ours): a period's site whose kind the sheet does not show (a hospital's name
 * with no site-kind column, no 責任医療機関 / 連携施設 cells to match it against), so
 * `cs-clinical-phase` / `cs-research-site` cannot tell. An info: it asks, it does not accuse.
 */
export const csSiteUnknown: RuleDefinition<CsSubject> = {
  id: "cs-site-unknown",
  severity: "info",
  group: "clinician-scientist",
  source: "seed 001 Ⅰ.3.(1)–(3)",
  description: {
    ja: "施設の区分 (責任医療機関・連携施設・大学院・ナショナルセンター) が分からない期間",
    en: "a period whose site's kind (responsible institution, partner facility, graduate school, national centre) is not shown",
  },
  params: {},
  paramSpecs: {},
  check({ plan, edition, timeline }) {
    const hits: RuleHit[] = [];
    for (const t of timeline.periods) {
      const p = t.period;
      if (t.role === "leave" || p.abroad) continue;
      const clinical = t.role === "clinical";
      if (clinical && t.countedStart >= edition.clinicalYearsMax - EPS) continue; // cs-research-effort's
      const v = clinical ? clinicalSiteVerdict(p, plan) : researchSiteVerdict(p);
      if (v.verdict !== "unknown") continue;
      hits.push({ cells: [p.cells.site ?? p.cells.siteKind ?? plan.nameCell], message: CS_MESSAGES.siteUnknown(p.label, p.site, clinical ? CS_PHASE_NAMES.clinical : CS_PHASE_NAMES.research) });
    }
    return hits;
  },
};
