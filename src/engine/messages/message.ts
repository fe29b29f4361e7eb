import type { Bilingual } from "../present/bilingual";

/** A text in both of the product's languages (see present/bilingual.ts). */
export type Message = Bilingual;

/** Formats weeks for a message: whole numbers plainly, others to one decimal (8.7). */
export function fmtWeeks(weeks: number): string {
  const rounded = Math.round(weeks * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** The most of a cell's text a message quotes (a cell can hold 32,767 characters). */
export const QUOTE_LIMIT = 40;

/**
 * A cell's text as a message quotes it: whole when short, else its first {@link QUOTE_LIMIT}
 * characters (on one line) and how long it was.
 *
 * @example quoted("内科").ja // → "内科"
 * @example quoted("あ".repeat(32767)).ja // → "ああ…あ… (全 32,767 文字)"
 */
export function quoted(text: string): Message {
  const chars = [...text];
  if (chars.length <= QUOTE_LIMIT && !text.includes("\n")) return { ja: text, en: text };
  if (chars.length <= QUOTE_LIMIT) return { ja: text.replace(/\s*\n\s*/g, " "), en: text.replace(/\s*\n\s*/g, " ") };
  const head = chars.slice(0, QUOTE_LIMIT).join("").replace(/\s*\n\s*/g, " ");
  const n = chars.length.toLocaleString("en-US");
  return { ja: `${head}… (全 ${n} 文字)`, en: `${head}… (${n} characters in all)` };
}
