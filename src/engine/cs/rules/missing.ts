import { CS_FACT_NAMES, CS_MESSAGES } from "../../messages/cs";
import type { RuleDefinition, RuleHit } from "../../rules/rule";
import type { CsSubject } from "../subject";
import { clinicalSiteVerdict, researchSiteVerdict } from "../site-verdict";
import { CS_REQUIRED_FACTS } from "../vocabulary";

/**
 * `cs-missing` (ours): what is not filled in yet, so an empty plan (a fresh template) says so in
 * a few clear findings instead of a rule's error per empty cell:
 * - the eligibility facts that are empty (one finding), or whose labels are not on the sheet (one);
 * - a periods table that is missing or empty;
 * - the periods' empty cells: a site, the research effort of a research period, a phase (one finding).
 * Papers are not listed here: too few papers is `cs-papers`'s error, however early.
 */
export const csMissing: RuleDefinition<CsSubject> = {
  id: "cs-missing",
  severity: "warning",
  group: "clinician-scientist",
  source: "CONTRACT §4 (the plan sheet's layout)",
  description: {
    ja: "計画シートの未記入の項目 (氏名、基本領域、コース開始、臨床研修修了、義務年限、地域枠、各期間の施設・研究エフォート)",
    en: "what the plan sheet does not fill in yet (the eligibility facts, each period's site and research effort)",
  },
  params: {},
  paramSpecs: {},
  check({ plan, timeline }) {
    const hits: RuleHit[] = [];
    // Labels found with nothing readable beside them (a label found always gives its fact).
    const empty = CS_REQUIRED_FACTS.flatMap((k) => {
      const fact = plan.facts[k];
      return plan.found.has(k) && fact && fact.value === undefined && !fact.unreadable ? [{ k, cell: fact.cell }] : [];
    });
    if (empty.length) {
      hits.push({
        cells: empty.map((e) => e.cell),
        message: CS_MESSAGES.missingFacts(empty.map((e) => CS_FACT_NAMES[e.k].ja), empty.map((e) => CS_FACT_NAMES[e.k].en)),
      });
    }
    const absent = CS_REQUIRED_FACTS.filter((k) => !plan.found.has(k));
    if (absent.length) {
      hits.push({
        cells: [plan.nameCell],
        message: CS_MESSAGES.missingLabels(absent.map((k) => CS_FACT_NAMES[k].ja), absent.map((k) => CS_FACT_NAMES[k].en)),
      });
    }
    if (timeline.periods.length === 0) {
      hits.push({ cells: [plan.periodsHeader ?? plan.nameCell], message: CS_MESSAGES.noPeriods() });
      return hits;
    }
    const cells: string[] = [];
    let sites = 0;
    let efforts = 0;
    let phases = 0;
    for (const t of timeline.periods) {
      const p = t.period;
      if (t.inferred && p.cells.phase) {
        phases++;
        cells.push(p.cells.phase);
      }
      if (t.role === "leave") continue;
      const verdict = t.role === "clinical" ? clinicalSiteVerdict(p, plan) : researchSiteVerdict(p);
      if (verdict.verdict === "missing" && p.cells.site) {
        sites++;
        cells.push(p.cells.site);
      }
      if (t.role === "research" && t.effort === undefined && p.cells.effort) {
        efforts++;
        cells.push(p.cells.effort);
      }
    }
    if (cells.length) hits.push({ cells, message: CS_MESSAGES.missingPeriodCells(sites, efforts, phases) });
    return hits;
  },
};
