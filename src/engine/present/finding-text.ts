import type { Finding } from "../model/finding";
import type { Lang } from "./bilingual";

/** A finding's message in one language (the Japanese when an English one is missing). */
export function findingMessage(finding: Finding, lang: Lang): string {
  return lang === "en" ? finding.message_en || finding.message : finding.message;
}
