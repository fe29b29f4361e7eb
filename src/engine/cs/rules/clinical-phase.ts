import { EPS } from "../../model/units";
import { CS_MESSAGES, CS_SITE_KIND_NAMES } from "../../messages/cs";
import type { RuleDefinition, RuleHit } from "../../rules/rule";
import { clinicalSiteVerdict } from "../site-verdict";
import type { CsSubject } from "../subject";
import { periodCell } from "../subject";
import { editionHit } from "./tag";

/**
 * `cs-clinical-phase`: the clinical phase (臨床フェーズ) at the start of the course — 2 years in the
 * FY2021 edition, 1 (to 2) in the FY2024 revision — is full-time clinical (no research effort), at the
 * responsible institution or a partner facility, and not cut short by research.
 *
 * `maxEffortPercent`: the research effort a clinical period may show (0: full-time clinical).
 */
export const csClinicalPhase: RuleDefinition<CsSubject, { maxEffortPercent: number }> = {
  id: "cs-clinical-phase",
  severity: "error",
  group: "clinician-scientist",
  source: "seed 001 Ⅰ.2.(1), Ⅰ.3.(1), Ⅰ.3.(3); FY2024 revision (trade press; not in the seed)",
  description: {
    ja: "臨床フェーズ (2021年度版: 最初の2年、2024年度改定: 最初の1年以上) は臨床に専従し、責任医療機関か連携施設で研修すること",
    en: "the clinical phase (FY2021: the first 2 years; FY2024: the first year or more) is full-time clinical, at the responsible institution or a partner facility",
  },
  params: { maxEffortPercent: 0 },
  paramSpecs: { maxEffortPercent: { unit: "percent", lo: 0, hi: 100, stricter: "lower", description: { ja: "臨床フェーズで認める研究エフォートの上限 (%)", en: "Most research effort allowed in the clinical phase (%)" } } },
  check({ plan, edition, timeline }, { maxEffortPercent }) {
    const hits: RuleHit[] = [];
    const early = timeline.periods.filter((t) => t.role === "research" && t.countedStart < edition.clinicalYearsMin - EPS);
    const [first] = early;
    if (first) {
      hits.push(
        editionHit(
          edition,
          early.map((t) => t.period.cells.phase ?? periodCell(t.period, plan)),
          CS_MESSAGES.clinicalTooShort(first.period.label, first.countedStart, edition.clinicalYearsMin),
        ),
      );
    }
    for (const t of timeline.periods) {
      if (t.role !== "clinical" || t.countedStart >= edition.clinicalYearsMax - EPS) continue;
      const p = t.period;
      if (t.effort !== undefined && t.effort > maxEffortPercent) {
        hits.push(editionHit(edition, [p.cells.effort ?? periodCell(p, plan)], CS_MESSAGES.clinicalNotFullTime(p.label, t.effort)));
      }
      if (p.abroad) {
        hits.push(editionHit(edition, [p.cells.site ?? p.cells.remarks ?? periodCell(p, plan)], CS_MESSAGES.clinicalAbroad(p.label)));
        continue;
      }
      const v = clinicalSiteVerdict(p, plan);
      if (v.verdict === "bad") {
        const cells = [p.cells.site, p.cells.siteKind].filter((c): c is string => c !== undefined);
        hits.push(editionHit(edition, cells.length ? cells : [periodCell(p, plan)], CS_MESSAGES.clinicalSite(p.label, p.site || "—", CS_SITE_KIND_NAMES[v.kind])));
      }
    }
    return hits;
  },
};
