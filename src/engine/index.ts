/**
 * Rota's engine: pure TypeScript that knows nothing of Office, files or consoles.
 * The CLI, the custom functions and the task pane are thin adapters around what is exported here.
 */
export type { CellValue, CellError } from "./model/cell";
export { isCellError, cellText } from "./model/cell";
export type { Area, SheetData } from "./model/sheet";
export { containsCell, intersects, sameArea } from "./model/area";
export { toA1, fromA1, areaToA1, areaFromA1, columnLetters, splitAddressList } from "./model/address";
// Excel's own address syntax (sheet-qualified ranges, whole rows and columns), for the functions and the pane.
export { MAX_COL, MAX_ROW, parseAreaList, parseRangeAddress, quoteSheet } from "./model/excel-address";
export type { SheetRange } from "./model/excel-address";
export type { Finding, Severity } from "./model/finding";
export { SEVERITY_ORDER } from "./model/finding";
export type { CourseId, LayoutKind, Plan, Slot, Grid, GridColumns, Site, SiteKind } from "./model/plan";
export type { ParsedCell, CellKind } from "./vocabulary/parsed-cell";
export type { ValidateOptions, RuleOverride } from "./options";
export type { ValidationReport, GridSummary, TraineeSummary } from "./report";
export type { TemplateSheet, CellRole } from "./templates/template-sheet";
export { roleCell, roleKey } from "./templates/template-sheet";

export { parseCell } from "./vocabulary/parse-cell";
export { parseCourseId } from "./vocabulary/course-id";
export { foldWidth, labelKey, normalizeText } from "./text/normalize";
export { fieldLabel } from "./vocabulary/label";
export { findGrids } from "./detect/find-grids";
export { isCapacitySheetName } from "./detect/labels";
export { isRulesSheetName } from "./profile";
export { FIELDS } from "./vocabulary/fields";
export type { FindGridsOptions } from "./detect/find-grids";
export { vocabularyOf } from "./vocabulary/vocabulary";
export { explainGrid } from "./explain/explain-grid";
export type { GridExplain, HeaderExplain, ResidentExplain, CellReading, ReadingKind } from "./explain/explain-grid";
export type { Vocabulary, VocabularyEntry } from "./vocabulary/vocabulary";
export { weeksByField, weeksOf } from "./rules/tally";
export { checkWorkbook, validateWorkbook, validatePlans } from "./validate";
export { RULES, RULE_IDS, ruleById, PLAN_RULES, COURSE_RULES, GRID_RULES } from "./rules/registry";
export type { FieldProgress, Facts, Measure, RuleDefinition, RuleGroup, RuleHit } from "./rules/rule";
export type { ParamSpec, ParamProblem } from "./rules/params";
export { checkParamValue } from "./rules/params";
export { checkOverrides } from "./rules/check-overrides";
export type { RuleProblem } from "./rules/check-overrides";
export { RuleConfigError } from "./rules/errors";
export type { FieldRequirement } from "./rules/program";
export { rulesInForce, workbookProfile } from "./validate";
export {
  parseProfileJson,
  parseProfileTable,
  readProfileSheet,
  rulesSheetOf,
  profileVocabulary,
  rulesInForceList,
  profileChanges,
  EMPTY_PROFILE,
  RULES_SHEET,
  startingRulesSheet,
  RULES_SHEET_HEADER,
} from "./profile";
export type { Profile, ProfileResult, RuleInForce, ProfileSpelling } from "./profile";
export { COURSE_TEMPLATES } from "./templates/courses";
export type { CourseTemplate, TemplateRotation } from "./templates/courses";
export { renderCourseTemplate } from "./templates/render-course";
export { templateTextOneLine } from "./templates/one-line";
export { fitBlocks, fitFourWeekBlocks } from "./templates/fit-blocks";
export { planCohortRow } from "./templates/cohort-row";
export type { CohortRowPlan, CohortRowOutcome, CohortRowConflict } from "./templates/cohort-row";
export { continuationOf } from "./detect/continuation";
export type { Continuation } from "./detect/continuation";
export { BLOCK_WEEKS, EPS, MONTH_WEEKS, PLAN_WEEKS, YEAR_WEEKS } from "./model/units";
export type { FitRotation, FitResult } from "./templates/fit-blocks";
export type { CourseTemplateOptions } from "./templates/render-course";

// The clinician-scientist course (seed 001) and its quota.
export { validateClinicianScientist, renderCsTemplate, CS_EDITIONS, CS_EDITION_IDS, CS_RULES, resolveCsEdition } from "./cs";
export type { CsEdition } from "./cs";
export { allocateQuota, allocateQuotaAt, allocateQuotaTable, parseApplicants, BASIC_FIELDS, basicField } from "./quota";
export type { QuotaRow, QuotaAllocation, QuotaOutcome } from "./quota";

// Presentation: languages, severity labels, Rota's note lines (shared by every adapter).
export { LANGS, both, inLang, lines, SEVERITY_LABEL, severityFromText, findingMessage, foldInfos, NOTE_MARK, composeNote, isRotaLine, noteLine, withoutRotaLines } from "./present";
export type { Bilingual, Lang } from "./present";
