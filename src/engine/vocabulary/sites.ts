import type { SiteKind } from "../model/plan";

/**
 * Sites, and how to tell what kind of place one is, as data.
 * Source: seed 000 §1 "研修病院の選択" (the department's affiliated facilities) and DOMAIN.md §1.
 */
export const KNOWN_SITES: ReadonlyArray<{ readonly name: string; readonly kind: SiteKind }> = [
  { name: "東札幌病院", kind: "coop-hospital" },
  { name: "製鉄記念室蘭病院", kind: "coop-hospital" },
  { name: "王子総合病院", kind: "coop-hospital" },
  { name: "旭川赤十字病院", kind: "coop-hospital" }, // たすきがけ病院
  { name: "留萌市立病院", kind: "coop-hospital" }, // たすきがけ病院
  { name: "函館赤十字病院", kind: "coop-facility" }, // 研修協力施設
];

/** Words that tell a site's kind, tried in this order (the first that the text contains wins). */
export const SITE_KEYWORDS: ReadonlyArray<{ readonly word: string; readonly kind: SiteKind }> = [
  { word: "研修協力施設", kind: "coop-facility" },
  { word: "協力施設", kind: "coop-facility" },
  { word: "協力型", kind: "coop-hospital" },
  { word: "協力病院", kind: "coop-hospital" },
  { word: "たすきがけ", kind: "coop-hospital" },
  { word: "基幹", kind: "core" },
  { word: "大学病院", kind: "core" },
  { word: "附属病院", kind: "core" },
  { word: "附属", kind: "core" },
  { word: "本院", kind: "core" },
  { word: "大学", kind: "core" },
  { word: "診療所", kind: "coop-facility" },
  { word: "クリニック", kind: "coop-facility" },
  { word: "医院", kind: "coop-facility" },
  { word: "保健所", kind: "coop-facility" },
  { word: "施設", kind: "coop-facility" },
];

/** Words that make a bracket name a place rather than a subspecialty (CONTRACT §5). */
export const PLACE_WORDS: readonly string[] = ["附属", "病院", "施設", "センター", "クリニック", "診療所", "医院", "大学", "市内", "市外", "協力", "基幹", "たすきがけ", "保健所", "医療機関"];

/** What kind of place a site's text names; "unknown" for a place the data does not know. */
export function classifySite(text: string): SiteKind {
  for (const site of KNOWN_SITES) if (text.includes(site.name)) return site.kind;
  for (const { word, kind } of SITE_KEYWORDS) if (text.includes(word)) return kind;
  return "unknown";
}

/** Whether a bracket's text names a place. */
export function looksLikePlace(text: string): boolean {
  return KNOWN_SITES.some((s) => text.includes(s.name)) || PLACE_WORDS.some((w) => text.includes(w));
}
