/**
 * Presentation: how findings and Rota's words are shown to a person, in one place for the CLI,
 * the annotated copy, the custom functions and the task pane. Rules find; these present.
 */
export { LANGS, both, inLang, lines } from "./bilingual";
export type { Bilingual, Lang } from "./bilingual";
export { SEVERITY_LABEL, severityFromText } from "./severity";
export { findingMessage } from "./finding-text";
export { NOTE_MARK, composeNote, isRotaLine, noteLine, withoutRotaLines } from "./note";
export { foldInfos } from "./fold-infos";
export { CF_MARK, HIGHLIGHT_COLORS, cfFormula, isRotaFormula } from "./highlight-mark";
