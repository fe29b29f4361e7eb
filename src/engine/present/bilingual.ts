/**
 * The product's two languages. Japanese is the default everywhere; English stands beside it.
 * One type for a text in both, used by the engine's messages, the CLI, the functions and the pane.
 */
export type Lang = "ja" | "en";

export const LANGS: readonly Lang[] = ["ja", "en"];

/** A text in both of the product's languages. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/**
 * The text in one language.
 *
 * @example inLang({ ja: "救急", en: "emergency" }, "en") // → "emergency"
 */
export function inLang(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/**
 * One line, Japanese first, for readers of either language.
 *
 * @example both({ ja: "ファイルがありません", en: "no such file" }) // → "ファイルがありません / no such file"
 */
export function both(text: Bilingual): string {
  return `${text.ja} / ${text.en}`;
}

/** Two lines, Japanese first: for long descriptions. */
export function lines(text: Bilingual): string {
  return `${text.ja}\n${text.en}`;
}
