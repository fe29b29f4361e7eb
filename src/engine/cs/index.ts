/**
 * The clinician-scientist course (臨床研究医コース, seed 001): reading a plan sheet, the editions,
 * the rules, and the empty plan template.
 */
export { validateClinicianScientist } from "./validate";
export type { CsValidateOptions } from "./validate";
export { renderCsTemplate } from "./template";
export { CS_EDITIONS, CS_EDITION_IDS, editionForYear, latestEdition, resolveCsEdition } from "./editions";
export type { CsEdition, PaperAlternative } from "./editions";
export { CS_RULES } from "./rules/registry";
export { readClinicianScientistPlan, NO_NAME } from "./read-plan";
export type { CsPlan, CsPeriod, CsPaper, CsFact, CsFacts, CsReason } from "./plan";
export { placePeriods } from "./timeline";
export type { CsTimeline, TimedPeriod } from "./timeline";
export type { CsSubject, EditionChoice } from "./subject";
export { EXTENSION_REASONS, NATIONAL_CENTRES } from "./vocabulary";
export type { CsPhase, CsSiteKind } from "./vocabulary";
