/**
 * The clinician-scientist course's rules (CONTRACT §1), in the order their findings are listed:
 * the seven of the contract, then our own about the sheet itself.
 */
import type { SomeRule } from "../../rules/rule";
import type { CsSubject } from "../subject";
import { csClinicalPhase } from "./clinical-phase";
import { csEdition } from "./edition";
import { csEligibility } from "./eligibility";
import { csExtensionReason } from "./extension-reason";
import { csLength } from "./length";
import { csMissing } from "./missing";
import { csPapers } from "./papers";
import { csResearchEffort } from "./research-effort";
import { csResearchSite } from "./research-site";
import { csSiteUnknown } from "./site-unknown";
import { csUnreadable } from "./unreadable";

export const CS_RULES: ReadonlyArray<SomeRule<CsSubject>> = [
  csEligibility,
  csLength,
  csClinicalPhase,
  csResearchEffort,
  csResearchSite,
  csPapers,
  csExtensionReason,
  csMissing,
  csUnreadable,
  csSiteUnknown,
  csEdition,
];
