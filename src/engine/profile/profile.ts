import type { RuleOverride } from "../options";
import type { CourseDef } from "../rules/course-plan";
import type { FieldRequirement } from "../rules/program";

/** A spelling of the program's own (消内) and the field it names (内科(消化器)). */
export interface VocabularyEntry {
  /** The text as written in the grid. */
  readonly text: string;
  /** The field as ROTA.FIELD names it: 麻酔科, 内科(消化器). */
  readonly field: string;
  /** Where it was written: `規則!A12`, `vocabulary.消内`. */
  readonly source: string;
}

/**
 * A program's profile (CONTRACT §7): its changes to the registry's rules, its own required and
 * recommended fields, its vocabulary and its courses. Parsed and checked from a 規則 sheet, a
 * table file or JSON (parse-*.ts); the national rules are the base every profile extends.
 */
export interface Profile {
  /** Per rule id: off, severity, numbers. Checked: every id and number is known and in bounds. */
  readonly rules: Readonly<Record<string, RuleOverride>>;
  /** The program's fields (program-min / program-max). */
  readonly fields: readonly FieldRequirement[];
  readonly vocabulary: readonly VocabularyEntry[];
  /** The program's own courses (a plan's コース column names one): per-year ranges, required fields, sites. */
  readonly courses?: readonly CourseDef[];
  /** Where the profile came from, for listings: "規則 シート", "rules.json". */
  readonly source: string;
  /** Where each rule's change was written (rule id → `規則!B4`, `rules.surg-4w`). */
  readonly ruleSources: Readonly<Record<string, string>>;
}

/** No profile: the national rules and the department's courses as shipped. */
export const EMPTY_PROFILE: Profile = { rules: {}, fields: [], vocabulary: [], courses: [], source: "", ruleSources: {} };
