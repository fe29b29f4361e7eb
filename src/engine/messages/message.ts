import type { Bilingual } from "../present/bilingual";

/** A text in both of the product's languages (see present/bilingual.ts). */
export type Message = Bilingual;

/** Formats weeks for a message: whole numbers plainly, others to one decimal (8.7). */
export function fmtWeeks(weeks: number): string {
  const rounded = Math.round(weeks * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
