/**
 * The colours of Rota's highlights: Excel's own "Bad" and "Neutral" cell styles, which every Excel
 * user reads at a glance, and the same fills as `rota validate --annotate` (engine/present).
 */
export { HIGHLIGHT_COLORS } from "../../engine/present/highlight-mark";
