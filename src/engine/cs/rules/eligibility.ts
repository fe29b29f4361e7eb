import { CS_MESSAGES } from "../../messages/cs";
import type { RuleDefinition, RuleHit } from "../../rules/rule";
import type { CsSubject } from "../subject";
import { editionHit } from "./tag";

/**
 * `cs-eligibility`: who may take the course. Seed 001 Ⅰ.2.(1): after the 2-year 臨床研修; not a
 * graduate with a service obligation (義務年限), not a regional-quota doctor (地域枠). The same in
 * both editions. Empty facts are `cs-missing`'s, not this rule's.
 */
export const csEligibility: RuleDefinition<CsSubject> = {
  id: "cs-eligibility",
  severity: "error",
  group: "clinician-scientist",
  source: "seed 001 Ⅰ.2.(1)",
  description: {
    ja: "義務年限・地域枠がなく、2年間の臨床研修を修了していること",
    en: "no service obligation (義務年限), not a regional-quota doctor (地域枠), and the 2-year 臨床研修 finished",
  },
  params: {},
  paramSpecs: {},
  check({ plan, edition }) {
    const hits: RuleHit[] = [];
    const { obligation, regional, trainingDone, start } = plan.facts;
    if (obligation?.value === true) hits.push(editionHit(edition, [obligation.cell], CS_MESSAGES.obligation(obligation.text)));
    if (regional?.value === true) hits.push(editionHit(edition, [regional.cell], CS_MESSAGES.regional(regional.text)));
    const done = trainingDone?.value;
    if (trainingDone && done?.done === false) hits.push(editionHit(edition, [trainingDone.cell], CS_MESSAGES.trainingNotDone(trainingDone.text)));
    if (trainingDone && done?.done === true && done.on && start?.value && done.on.date.getTime() > start.value.date.getTime()) {
      hits.push(
        editionHit(edition, [trainingDone.cell, start.cell], CS_MESSAGES.trainingAfterStart(isoDay(done.on.date), start.value.yearOnly ? `${start.value.fiscalYear}年度` : isoDay(start.value.date))),
      );
    }
    return hits;
  },
};

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
