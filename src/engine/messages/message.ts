/** A text in both of the product's languages. Japanese is the default everywhere. */
export interface Message {
  readonly ja: string;
  readonly en: string;
}

/** Formats weeks for a message: whole numbers plainly, others to one decimal (8.7). */
export function fmtWeeks(weeks: number): string {
  const rounded = Math.round(weeks * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
