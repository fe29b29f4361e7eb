/**
 * Sheet names as Excel allows them: at most 31 characters, none of `[ ] : * ? / \`, not blank,
 * not starting or ending with an apostrophe, unique in the workbook regardless of case.
 */
const MAX = 31;

/** A name Excel accepts, made from any text ("A コース / 研修 太郎" → "A コース - 研修 太郎"). */
export function sanitizeSheetName(text: string): string {
  const cleaned = text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const name = [...cleaned].slice(0, MAX).join("").trim();
  return name === "" || name.toLowerCase() === "history" ? "Rota" : name;
}

/**
 * The first of `base`, `base (2)`, `base (3)` … that `taken` does not hold, kept within 31
 * characters.
 *
 * @example uniqueSheetName("Aコース", (n) => n === "Aコース") // → "Aコース (2)"
 */
export function uniqueSheetName(base: string, taken: (name: string) => boolean): string {
  const clean = sanitizeSheetName(base);
  for (const candidate of sheetNameCandidates(clean, 200)) if (!taken(candidate)) return candidate;
  return sanitizeSheetName(`${clean} ${Date.now()}`);
}

/** `base`, then `base (2)` … `base (n)`, each cut to fit. */
export function sheetNameCandidates(base: string, n: number): string[] {
  const out = [base];
  for (let i = 2; i <= n; i++) {
    const suffix = ` (${i})`;
    out.push(
      `${[...base]
        .slice(0, MAX - suffix.length)
        .join("")
        .trim()}${suffix}`
    );
  }
  return out;
}

/** Whether two sheet names are the same to Excel (case-insensitive). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}
