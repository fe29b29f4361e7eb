/**
 * The colours of Rota's highlights: Excel's own "Bad" and "Neutral" cell styles, which every Excel
 * user reads at a glance, and the same fills as `rota validate --annotate`.
 */
export const HIGHLIGHT_COLORS = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
} as const;
