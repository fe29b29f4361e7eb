import { normalizeText, splitNames } from "../text/normalize";
import { FIELDS, type FieldDef, type SubspecialtyDef } from "./fields";
import { LOCAL_NAMES, type LocalName } from "./local-names";

/** A spelling resolved: a field, and the subspecialties the spelling names. */
export interface LexiconEntry {
  readonly field: FieldDef;
  readonly sub?: SubspecialtyDef;
  /** Several subspecialties at once (腎臓・膠原病内科); `sub` is the first. */
  readonly subs?: readonly string[];
  /** The short or local name this spelling is (local-names.ts), for the reading's explanation. */
  readonly local?: LocalName;
}

/** Lookup tables built once from the FIELDS and LOCAL_NAMES data. */
class Lexicon {
  readonly byAlias = new Map<string, LexiconEntry>();
  readonly byId = new Map<string, FieldDef>();
  private readonly subsByField = new Map<string, Map<string, SubspecialtyDef>>();

  constructor(fields: readonly FieldDef[], locals: readonly LocalName[]) {
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
    // A local name is a decision written down with its source: it wins over a field table alias.
    for (const local of locals) {
      const entry = this.label(local.means);
      if (!entry) throw new Error(`local-names.ts: ${local.spelling} means ${local.means}, which fields.ts does not name`);
      this.byAlias.set(normalizeText(local.spelling), { ...entry, local });
    }
  }

  private add(key: string, entry: LexiconEntry): void {
    // The first definition wins: a field's own name is never taken over by another's alias.
    if (!this.byAlias.has(key)) this.byAlias.set(key, entry);
  }

  /**
   * A canonical label (`内科(消化器)`, `救急`, `内科(腎臓・免疫・リウマチ)`) as an entry; undefined
   * when the field or one of its subspecialties is unknown.
   */
  label(text: string): LexiconEntry | undefined {
    const m = /^([^()]+)(?:\((.+)\))?$/.exec(normalizeText(text));
    if (!m) return undefined;
    const field = this.byId.get(m[1] ?? "");
    if (!field) return undefined;
    if (m[2] === undefined) return { field };
    const tokens = splitNames(m[2]);
    const subs: SubspecialtyDef[] = [];
    for (let i = 0; i < tokens.length; ) {
      let j = tokens.length;
      for (; j > i; j--) {
        const sub = this.sub(field.id, tokens.slice(i, j).join("・"));
        if (sub) {
          subs.push(sub);
          break;
        }
      }
      if (j === i) return undefined;
      i = j;
    }
    const [sub, ...more] = subs;
    if (sub === undefined) return { field };
    return more.length === 0 ? { field, sub } : { field, sub, subs: subs.map((s) => s.id) };
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

/** The subspecialty ids an entry names. */
export function entrySubs(entry: LexiconEntry): string[] {
  return entry.subs ? [...entry.subs] : entry.sub ? [entry.sub.id] : [];
}

export const LEXICON = new Lexicon(FIELDS, LOCAL_NAMES);
