/**
 * How Rota's conditional formats are told from a user's, in the task pane's highlights and in the
 * annotated copy alike: their formula is always true and carries a mark,
 * `ISTEXT("Rota highlight: error")`. The user's conditional formats are never touched.
 */

/** The mark inside the formula of Rota's conditional formats. */
export const CF_MARK = "Rota highlight";

/** Always true, and says whose it is: `=ISTEXT("Rota highlight: error")`. */
export function cfFormula(severity: "error" | "warning"): string {
  return `=ISTEXT("${CF_MARK}: ${severity}")`;
}

/** Whether a conditional format's formula is one of Rota's (with or without its `=`, XML-escaped or not). */
export function isRotaFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && (formula.includes(`"${CF_MARK}:`) || formula.includes(`&quot;${CF_MARK}:`));
}

/** The colours of Rota's highlights: Excel's own "Bad" and "Neutral" cell styles. */
export const HIGHLIGHT_COLORS = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
} as const;
