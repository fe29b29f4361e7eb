import { CS_MESSAGES } from "../../messages/cs";
import type { RuleDefinition, RuleHit } from "../../rules/rule";
import { CS_EDITION_IDS } from "../editions";
import type { CsSubject } from "../subject";

/**
 * `cs-edition` (ours): notes on the edition a plan was checked against, when it is not the plain
 * default: an edition asked for that names none (the default was used), an edition chosen that was
 * not in force for the plan's start year (allowed: the user's choice), a start before the course
 * existed, or an unknown start (the newest edition was used).
 *
 * Not noted: a plan that started in FY2021–2023 checked against the FY2024 revision (the transition
 * the revision offers to those already enrolled).
 */
export const csEdition: RuleDefinition<CsSubject> = {
  id: "cs-edition",
  severity: "info",
  group: "clinician-scientist",
  source: "seed 001 (FY2021); FY2024 revision (trade press; not in the seed)",
  description: { ja: "確認に用いた版についての注記", en: "notes on the edition the plan was checked against" },
  params: {},
  paramSpecs: {},
  check({ plan, choice, timeline }) {
    const hits: RuleHit[] = [];
    const where = [plan.facts.edition?.cell ?? plan.facts.start?.cell ?? plan.nameCell];
    if (choice.unknownRequest) {
      hits.push({ cells: choice.unknownRequest.cell ? [choice.unknownRequest.cell] : where, message: CS_MESSAGES.unknownEdition(choice.unknownRequest.text, choice.edition.label, CS_EDITION_IDS) });
    }
    const start = timeline.startFiscalYear;
    if (start === undefined) {
      hits.push({ cells: [plan.facts.start?.cell ?? plan.nameCell], message: CS_MESSAGES.unknownStartEdition(choice.edition.label) });
    } else if (start < 2021) {
      hits.push({ cells: [plan.facts.start?.cell ?? plan.nameCell], message: CS_MESSAGES.beforeCourse(start) });
    } else if (choice.inForce && choice.edition.fromFiscalYear < choice.inForce.fromFiscalYear) {
      hits.push({ cells: where, message: CS_MESSAGES.editionNotInForce(choice.edition.label, start, choice.inForce.label) });
    }
    return hits;
  },
};
