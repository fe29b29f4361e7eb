import type { Finding } from "../model/finding";
import type { Lang } from "./bilingual";
import { findingMessage } from "./finding-text";
import { SEVERITY_LABEL } from "./severity";

/**
 * The text of Rota's cell notes, one format for the annotated copy (`rota validate --annotate`)
 * and the task pane's highlights, so either recognises the other's lines:
 * `【Rota】エラー em-12w: 救急 8週 (必要 12週以上)` (in English `[Rota] error em-12w: …`).
 * A user's note keeps its text; Rota's lines go below it, and taking them off gives it back.
 */
export const NOTE_MARK: Readonly<Record<Lang, string>> = { ja: "【Rota】", en: "[Rota]" };

/**
 * One line of a note for one finding.
 *
 * @example noteLine(finding, "ja") // → "【Rota】エラー em-12w: 救急 8週 (必要 12週以上)"
 */
export function noteLine(finding: Finding, lang: Lang = "ja"): string {
  const space = lang === "en" ? " " : "";
  return `${NOTE_MARK[lang]}${space}${SEVERITY_LABEL[lang][finding.severity]} ${finding.rule}: ${findingMessage(finding, lang)}`;
}

/** Whether a line (or a rich-text run of a note) is one Rota wrote, in either language. */
export function isRotaLine(line: string): boolean {
  const t = line.replace(/^\s+/, "");
  return t.startsWith(NOTE_MARK.ja) || t.startsWith(NOTE_MARK.en);
}

/** A note's text without Rota's lines (and without the blank lines that separated them). */
export function withoutRotaLines(content: string): string {
  return content
    .split(/\r?\n/)
    .filter((line) => !isRotaLine(line))
    .join("\n")
    .replace(/\n+$/, "");
}

/** The user's text (or none), then Rota's lines below it. */
export function composeNote(user: string | null | undefined, lines: readonly string[]): string {
  const ours = lines.join("\n");
  if (user === null || user === undefined || user === "") return ours;
  return ours === "" ? user : `${user}\n${ours}`;
}
