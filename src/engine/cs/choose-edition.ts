/**
 * Which edition a plan is checked against: the caller's choice (`csEdition`), else the sheet's
 * 適用版 cell, else the edition in force for the plan's start (fiscal) year, else — start unknown —
 * the newest.
 *
 * Transition: a plan that started in FY2021–2023 is checked against the FY2021 edition by default,
 * and may be checked against the FY2024 revision when the user chooses it (those already enrolled
 * could move to the revised requirements). Choosing an edition older than the one in force is
 * allowed too, and noted (`cs-edition`).
 */
import { editionForYear, latestEdition, resolveCsEdition } from "./editions";
import type { CsPlan } from "./plan";
import type { EditionChoice } from "./subject";

export function chooseEdition(plan: CsPlan, requested: string | undefined, startFiscalYear: number | undefined): EditionChoice {
  const inForce = startFiscalYear !== undefined ? editionForYear(startFiscalYear) : undefined;
  const fallback = (): EditionChoice => (inForce ? { edition: inForce, by: "start-year", inForce } : { edition: latestEdition(), by: "latest" });
  if (requested !== undefined && requested.trim() !== "") {
    const e = resolveCsEdition(requested);
    if (e) return { edition: e, by: "option", ...(inForce ? { inForce } : {}) };
    return { ...fallback(), unknownRequest: { text: requested } };
  }
  const onSheet = plan.facts.edition;
  if (onSheet?.value !== undefined) {
    const e = resolveCsEdition(onSheet.value);
    if (e) return { edition: e, by: "sheet", ...(inForce ? { inForce } : {}) };
    return { ...fallback(), unknownRequest: { text: onSheet.value, cell: onSheet.cell } };
  }
  return fallback();
}
