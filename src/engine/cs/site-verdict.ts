/**
 * Whether a period's site suits its phase (seed 001 Ⅰ.3.(1)–(3), Ⅲ.2):
 * - clinical phase: the responsible institution (責任医療機関) or one of its partner facilities (連携施設);
 * - research phase: a graduate school (大学院) or a national centre (ナショナルセンター); study abroad
 *   counts as research time.
 *
 * "unknown" when the sheet does not say enough to tell (a hospital's name alone, with no site-kind
 * column and no list of partner facilities): that is `cs-site-unknown`, an info, not an error.
 */
import type { CsPeriod, CsPlan } from "./plan";
import type { CsSiteKind } from "./vocabulary";

export type SiteVerdict = { readonly verdict: "ok" | "unknown" | "missing" } | { readonly verdict: "bad"; readonly kind: CsSiteKind };

export function clinicalSiteVerdict(p: CsPeriod, plan: CsPlan): SiteVerdict {
  if (p.site === "" && p.siteKind === "unknown") return { verdict: "missing" };
  if (p.atResponsible || p.atPartner || p.siteKind === "responsible" || p.siteKind === "partner") return { verdict: "ok" };
  if (p.siteKind === "graduate" || p.siteKind === "abroad" || p.siteKind === "other") return { verdict: "bad", kind: p.siteKind };
  const responsibleKnown = plan.facts.responsible?.value !== undefined;
  const partnersKnown = (plan.facts.partners?.value?.length ?? 0) > 0;
  // A university hospital or a national centre is where a responsible institution trains its doctors.
  if (!responsibleKnown && (p.siteKind === "university-hospital" || p.siteKind === "national-centre")) return { verdict: "ok" };
  if (responsibleKnown && partnersKnown) return { verdict: "bad", kind: "other" };
  return { verdict: "unknown" };
}

export function researchSiteVerdict(p: CsPeriod): SiteVerdict {
  if (p.abroad) return { verdict: "ok" };
  if (p.site === "" && p.siteKind === "unknown") return { verdict: "missing" };
  if (p.siteKind === "graduate" || p.siteKind === "national-centre" || p.siteKind === "abroad") return { verdict: "ok" };
  if (p.siteKind === "university-hospital" || p.siteKind === "hospital" || p.siteKind === "partner" || p.siteKind === "other") {
    return { verdict: "bad", kind: p.siteKind };
  }
  return { verdict: "unknown" };
}
