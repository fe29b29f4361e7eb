import { CS_MESSAGES, CS_SITE_KIND_NAMES } from "../../messages/cs";
import type { RuleDefinition, RuleHit } from "../../rules/rule";
import { researchSiteVerdict } from "../site-verdict";
import type { CsSubject } from "../subject";
import { periodCell } from "../subject";
import { editionHit } from "./tag";

/**
 * `cs-research-site`: a research-phase period is spent at a graduate school (大学院) or a national
 * centre (ナショナルセンター); study abroad counts as research time (seed 001 Ⅲ.2). A site whose kind
 * the sheet does not show is `cs-site-unknown`'s.
 */
export const csResearchSite: RuleDefinition<CsSubject> = {
  id: "cs-research-site",
  severity: "error",
  group: "clinician-scientist",
  source: "seed 001 Ⅰ.2.(1), Ⅰ.3.(2), Ⅲ.2",
  description: {
    ja: "研究フェーズは大学院かナショナルセンターに所属すること (留学は研究期間に含める)",
    en: "the research phase at a graduate school or a national centre (study abroad counts as research)",
  },
  params: {},
  paramSpecs: {},
  check({ plan, edition, timeline }) {
    const hits: RuleHit[] = [];
    for (const t of timeline.periods) {
      if (t.role !== "research") continue;
      const p = t.period;
      const v = researchSiteVerdict(p);
      if (v.verdict !== "bad") continue;
      const cells = [p.cells.site, p.cells.siteKind].filter((c): c is string => c !== undefined);
      hits.push(editionHit(edition, cells.length ? cells : [periodCell(p, plan)], CS_MESSAGES.researchSite(p.label, p.site || "—", CS_SITE_KIND_NAMES[v.kind])));
    }
    return hits;
  },
};
