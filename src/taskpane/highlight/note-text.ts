import type { Finding, Severity } from "../../engine";
import { noteDigest } from "./digest";

/**
 * The text of Rota's notes, and how Rota's lines live beside a user's own note on the same cell.
 *
 * A line reads `【Rota】エラー em-12w: 救急 8週 (必要 12週以上)` — the very format of
 * `rota validate --annotate` (src/adapters/xlsx/annotate.ts), so that either recognises the
 * other's lines. A user's note keeps its text; Rota's lines go below it, and taking them off gives
 * the user's text back exactly.
 */
export type NoteLang = "ja" | "en";

const MARK: Readonly<Record<NoteLang, string>> = { ja: "【Rota】", en: "[Rota]" };
const SEVERITY_LABEL: Readonly<Record<NoteLang, Readonly<Record<Severity, string>>>> = {
  ja: { error: "エラー", warning: "警告", info: "情報" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** One line of a note for one finding. */
export function noteLine(finding: Finding, lang: NoteLang): string {
  const message = lang === "en" ? finding.message_en : finding.message;
  return `${MARK[lang]}${lang === "en" ? " " : ""}${SEVERITY_LABEL[lang][finding.severity]} ${finding.rule}: ${message}`;
}

/** Whether a line is one Rota wrote (in either language). */
export function isRotaLine(line: string): boolean {
  const t = line.replace(/^\s+/, "");
  return t.startsWith(MARK.ja) || t.startsWith(MARK.en);
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
export function composeNote(user: string | null, lines: readonly string[]): string {
  const ours = lines.join("\n");
  if (user === null || user === "") return ours;
  return ours === "" ? user : `${user}\n${ours}`;
}

/**
 * What a cell's note should be once Rota's lines are off it.
 *
 * @param original the note before Rota wrote (null: there was none)
 * @param digest   the {@link noteDigest} of what Rota wrote
 * @param current  the note now (null: someone deleted it)
 * @returns the note to leave, or null to leave none
 *
 * When the note is as Rota left it, the original comes back exactly. When someone edited it since,
 * their edit stays and only Rota's lines go. When someone deleted it, it stays deleted.
 */
export function restoreNote(
  original: string | null,
  digest: string,
  current: string | null
): string | null {
  if (current === null) return null;
  if (noteDigest(current) === digest) return original;
  const rest = withoutRotaLines(current);
  return rest.trim() === "" ? null : rest;
}
