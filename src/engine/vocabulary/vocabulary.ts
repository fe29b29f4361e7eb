import { normalizeText } from "../text/normalize";

/**
 * A vocabulary of one sheet or one program: spellings a grid uses and the names they stand for,
 * read from a legend on the sheet (`消内：消化器内科`) or from a program profile. Keys are spellings
 * after normalizeText.
 */
export type Vocabulary = ReadonlyMap<string, VocabularyEntry>;

export interface VocabularyEntry {
  /** The spelling as written (`消内`). */
  readonly spelling: string;
  /** What it stands for, as written (`消化器内科`): read as a cell would be. */
  readonly means: string;
  readonly source: "legend" | "profile";
  /** A1 address of the legend's cell (legend only). */
  readonly cell?: string;
}

/** A vocabulary from entries; a later entry for the same spelling replaces an earlier one. */
export function vocabularyOf(entries: readonly VocabularyEntry[]): Vocabulary {
  const map = new Map<string, VocabularyEntry>();
  for (const entry of entries) map.set(normalizeText(entry.spelling), entry);
  return map;
}
