import { normalizeText } from "../text/normalize";
import { FIELDS, type FieldDef, type SubspecialtyDef } from "./fields";

/** A spelling resolved: a field, and a subspecialty when the spelling names one. */
export interface LexiconEntry {
  readonly field: FieldDef;
  readonly sub?: SubspecialtyDef;
}

/** Lookup tables built once from the FIELDS data. */
class Lexicon {
  readonly byAlias = new Map<string, LexiconEntry>();
  readonly byId = new Map<string, FieldDef>();
  private readonly subsByField = new Map<string, Map<string, SubspecialtyDef>>();

  constructor(fields: readonly FieldDef[]) {
    for (const field of fields) {
      this.byId.set(field.id, field);
      for (const alias of [field.id, ...field.aliases]) this.add(normalizeText(alias), { field });
      const subs = new Map<string, SubspecialtyDef>();
      for (const sub of field.subs ?? []) {
        for (const alias of sub.aliases) this.add(normalizeText(alias), { field, sub });
        for (const short of [sub.id, ...sub.short, ...sub.aliases]) subs.set(normalizeText(short), sub);
      }
      this.subsByField.set(field.id, subs);
    }
  }

  private add(key: string, entry: LexiconEntry): void {
    // The first definition wins: a field's own name is never taken over by another's alias.
    if (!this.byAlias.has(key)) this.byAlias.set(key, entry);
  }

  /** A subspecialty of `fieldId` from its short spelling (血液 under 内科); undefined when none. */
  sub(fieldId: string, key: string): SubspecialtyDef | undefined {
    return this.subsByField.get(fieldId)?.get(key);
  }

  /** Every spelling, for suggestions. */
  keys(): IterableIterator<string> {
    return this.byAlias.keys();
  }
}

export const LEXICON = new Lexicon(FIELDS);
