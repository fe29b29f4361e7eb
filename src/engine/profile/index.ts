/**
 * A program's profile (CONTRACT §7): its own rules, fields and vocabulary, read from a 規則 sheet,
 * a table file or JSON. Pure: the callers read files and workbooks; this parses what they read.
 *
 * For the planner (src/engine/plan): `profile.fields` are the program's per-field minimums and
 * maximums (with year), `rulesInForce({ profile })` the registry's numbers after the profile's
 * changes, and `profileVocabulary(profile)` the spellings to pass to findGrids.
 */
import type { SheetData } from "../model/sheet";
import { normalizeText } from "../text/normalize";
import { vocabularyOf, type Vocabulary } from "../vocabulary/vocabulary";
import type { ProfileResult } from "./build";
import { parseProfileTable, RULES_SHEET } from "./parse-table";
import type { Profile } from "./profile";

export { parseProfileJson } from "./parse-json";
export { parseProfileTable, RULES_SHEET } from "./parse-table";
export { ProfileBuilder, NATIONAL_FIELD_RULES, fieldKey } from "./build";
export type { ProfileResult } from "./build";
export { EMPTY_PROFILE } from "./profile";
export type { Profile, VocabularyEntry as ProfileSpelling } from "./profile";

/** Whether a sheet's name makes it the profile's sheet: `規則` or `Rules`, as people write them. */
export function isRulesSheetName(name: string): boolean {
  return RULES_SHEET.test(normalizeText(name));
}

/** The workbook's `規則` sheet, when it has one. */
export function rulesSheetOf(sheets: readonly SheetData[]): SheetData | undefined {
  return sheets.find((s) => RULES_SHEET.test(normalizeText(s.name)));
}

/** The profile of the workbook's `規則` sheet; undefined when it has none. */
export function readProfileSheet(sheets: readonly SheetData[]): ProfileResult | undefined {
  const sheet = rulesSheetOf(sheets);
  return sheet ? parseProfileTable(sheet, `${sheet.name} シート`) : undefined;
}

/** The profile's spellings as the grid reader takes them (findGrids' `vocabulary`); undefined when none. */
export function profileVocabulary(profile: Profile): Vocabulary | undefined {
  if (profile.vocabulary.length === 0) return undefined;
  return vocabularyOf(profile.vocabulary.map((v) => ({ spelling: v.text, means: v.field, source: "profile" as const })));
}
export { rulesInForceList, profileChanges } from "./in-force";
export type { RuleInForce } from "./in-force";
export { startingRulesSheet, RULES_SHEET_HEADER } from "./starting-sheet";
