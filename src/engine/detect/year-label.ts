import type { Site } from "../model/plan";
import { site } from "./build-slots";
import { YEAR_LABEL } from "./labels";

/** `1 年次 大学病院` → year 1 at the 大学病院 (normalised text in). */
export function readYearLabel(key: string): { year: 1 | 2; site?: Site } | undefined {
  const m = YEAR_LABEL.exec(key);
  if (!m || key.length > 40) return undefined;
  const year = m[1] === "2" ? 2 : 1;
  const rest = key
    .slice(m.index + m[0].length)
    .replace(/^[():：・\-_]+|[()]+$/g, "")
    .trim();
  return rest.length > 0 ? { year, site: site(rest) } : { year };
}
