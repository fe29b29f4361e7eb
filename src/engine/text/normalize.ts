/**
 * Text as the engine compares it: NFKC (full-width letters and digits to ASCII, （） to ()),
 * every kind of bracket to round brackets, no spaces or line breaks.
 *
 * @example normalizeText("必修\n内科\n（血液）") // → "必修内科(血液)"
 * @example normalizeText("ＩＣＵ 【救急】")      // → "ICU(救急)"
 */
export function normalizeText(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const out = text
    .normalize("NFKC")
    .replace(/[【「『［〔〈《[{]/g, "(")
    .replace(/[】」』］〕〉》\]}]/g, ")")
    .replace(/[\s\u200b\u3000]+/g, "");
  if (cache.size > 50_000) cache.clear();
  cache.set(text, out);
  return out;
}

const cache = new Map<string, string>();

/**
 * A label or a name as compared (a header, a sheet's name, an option): normalizeText, and Latin
 * letters in lower case.
 *
 * @example labelKey("Ｃｏｕｒｓｅ Ａ") // → "coursea"
 */
export function labelKey(text: string): string {
  return normalizeText(text).toLowerCase();
}

/**
 * Text as typed, with its widths folded (NFKC: `１２` → `12`, `ＡＢＣ` → `ABC`, half-width kana to
 * full-width) and trimmed; spaces inside are kept. For numbers, dates and words that are split on
 * spaces. Every NFKC in Rota goes through this module.
 *
 * @example foldWidth(" ２０２６-０４-０１ ") // → "2026-04-01"
 */
export function foldWidth(text: string): string {
  return text.normalize("NFKC").trim();
}

/** Splits on the separators people put between names in one cell: ・ , 、 / + & and the like. */
export function splitNames(text: string): string[] {
  return text.split(/[・,、/+&;；]/).filter((part) => part.length > 0);
}
