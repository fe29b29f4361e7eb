import type { Severity } from "../model/finding";

/** Every severity, gravest first. */
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
import { labelKey } from "../text/normalize";
import type { Lang } from "./bilingual";

/** How a severity is named to a person, in each language. */
export const SEVERITY_LABEL: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  ja: { error: "エラー", warning: "警告", info: "情報" },
  en: { error: "error", warning: "warning", info: "info" },
};

/**
 * A severity as a person may write it (either language, any case, full-width or not), or
 * undefined when the text names none.
 *
 * @example severityFromText("ＥＲＲＯＲ") // → "error"
 * @example severityFromText("警告") // → "warning"
 */
export function severityFromText(text: string): Severity | undefined {
  const t = labelKey(text);
  for (const labels of Object.values(SEVERITY_LABEL)) for (const severity of SEVERITIES) if (labelKey(labels[severity]) === t) return severity;
  return undefined;
}
