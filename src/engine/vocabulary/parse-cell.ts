import { cellText, isUncalculated, type CellValue } from "../model/cell";
import { must } from "../model/invariant";
import { foldWidth, normalizeText, splitNames } from "../text/normalize";
import type { FieldDef } from "./fields";
import { entrySubs, LEXICON, type LexiconEntry } from "./lexicon";
import { DITTO_MARKS, DOUBTFUL, LEAVE_WORDS, SLOT_PREFIXES } from "./markers";
import type { ParsedCell, ReadVia, StatedLength, UnknownReason } from "./parsed-cell";
import { looksLikePlace } from "./sites";
import { suggestField } from "./suggest";
import type { Vocabulary } from "./vocabulary";

/**
 * Reads what a rotation cell says (DOMAIN.md §1): NFKC, spaces and line breaks, 必修/選択 prefixes,
 * brackets of either width, aliases, several subspecialties in one cell, a site in brackets or
 * after `@`, a 一般外来 mark, leave and ditto marks. Never throws: numbers, dates, booleans and
 * error values are "unknown" with reason "not-text".
 *
 * @example parseCell("必修\n内科\n（血液・消化器）")
 *   // → { kind: "rotation", field: "内科", subs: ["血液", "消化器"], slotType: "required", … }
 * @example parseCell("内科（血液）@王子総合病院") // → field 内科, subs [血液], site "王子総合病院"
 * @example parseCell("〃")                         // → { kind: "ditto", … }
 * @example parseCell("宮大附属 内科6ヵ月※")          // → 内科, site 宮大附属, stated 26 weeks, marks [※]
 * @example parseCell("消内", legend)                // → 内科(消化器), via the sheet's legend
 *
 * A vocabulary (a legend on the sheet, a program's profile) is tried before the field table.
 */
export function parseCell(value: CellValue | undefined, vocabulary?: Vocabulary): ParsedCell {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value !== "string") {
    const text = cellText(value);
    if (text === "") return EMPTY;
    return unknown(text, normalizeText(text), isUncalculated(value) ? "uncalculated" : "not-text");
  }
  const own = vocabulary !== undefined && vocabulary.size > 0 ? vocabulary : undefined;
  const cache = own === undefined ? plainCache : cacheOf(own);
  let parsed = cache.get(value);
  if (parsed === undefined) {
    parsed = parseText(value, own);
    if (cache.size > 20_000) cache.clear();
    cache.set(value, parsed);
  }
  return parsed;
}

const plainCache = new Map<string, ParsedCell>();
const vocabularyCaches = new WeakMap<Vocabulary, Map<string, ParsedCell>>();

function cacheOf(vocabulary: Vocabulary): Map<string, ParsedCell> {
  let cache = vocabularyCaches.get(vocabulary);
  if (cache === undefined) vocabularyCaches.set(vocabulary, (cache = new Map<string, ParsedCell>()));
  return cache;
}

const EMPTY: ParsedCell = Object.freeze({ kind: "empty", text: "", key: "", subs: [], generalOutpatient: false });

const DITTO_KEYS: ReadonlySet<string> = new Set([...DITTO_MARKS].map((m) => normalizeText(m)));
const LEAVE_KEYS = LEAVE_WORDS.map((w) => normalizeText(w)).sort((a, b) => b.length - a.length);
const GO_FIELD = must(LEXICON.byId.get("一般外来"), "fields.ts defines 一般外来");
const GO_KEYS = [GO_FIELD.id, ...GO_FIELD.aliases].map((a) => normalizeText(a)).sort((a, b) => b.length - a.length);
/** Bracket texts that are notes about the block, not names: (1), (前半), (4週). */
const NOTE_BRACKET = /^[\d週月日ヶか前後半期目〜~-]+$/;

/** Footnote marks: ※1, †, ‡, *1, ＊, circled and superscript numbers (circled ones become digits under NFKC, so they go first). */
const MARKS = /[\u2460-\u2473\u24ea\u24f5-\u24fe\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]|[※†‡§¶][\s]*[0-9０-９]*|[*＊][\s]*[0-9０-９]*|[\u00b9\u00b2\u00b3\u2070-\u2079]+|[(（]注[0-9０-９]*[)）]/g;
/** A length written in the cell, at its end or start: 6ヵ月, 3か月, (8週), 12週間. Never a bare 月 (6月 is June). */
const UNIT = "(ヵ月間?|ヶ月間?|カ月間?|か月間?|ケ月間?|箇月間?|週間?)";
const LENGTH_END = new RegExp(`^(.+?)[(]?(\\d+(?:\\.\\d+)?)${UNIT}[)]?$`);
const LENGTH_START = new RegExp(`^[(]?(\\d+(?:\\.\\d+)?)${UNIT}[)]?(.+)$`);

function parseText(raw: string, vocabulary: Vocabulary | undefined): ParsedCell {
  const text = raw.replace(/\s*[\r\n]+\s*/g, " ").trim();
  const key = normalizeText(raw);
  if (key === "") return EMPTY;
  if (DITTO_KEYS.has(key)) return { kind: "ditto", text, key, subs: [], generalOutpatient: false };

  const marks: string[] = [];
  const unmarked = raw.replace(MARKS, (m) => (marks.push(m.trim()), " "));
  let body = normalizeText(unmarked);
  if (body === "") {
    body = key;
    marks.length = 0;
  }
  const stated = statedLength(body);
  if (stated) body = stated.body;
  const words = foldWidth(unmarked).split(/\s+/).map((w) => normalizeText(w));
  const boundaries = words.slice(0, -1).map((_, i) => words.slice(0, i + 1).join(""));

  let slotType: ParsedCell["slotType"];
  const bracketed = /^\((必修|必須|選択)\)/.exec(body);
  if (bracketed) {
    slotType = bracketed[1] === "選択" ? "elective" : "required";
    body = body.slice(bracketed[0].length);
  }
  for (const { word, slot } of SLOT_PREFIXES) {
    if (body.startsWith(word) && body.length > word.length) {
      slotType = slot;
      body = body.slice(word.length).replace(/^[:・\-_]/, "");
      break;
    }
  }

  let site: string | undefined;
  const at = body.indexOf("@");
  if (at >= 0) {
    site = body.slice(at + 1) || undefined;
    body = body.slice(0, at);
  }

  const base = {
    text,
    key,
    ...(slotType ? { slotType } : {}),
    ...(stated ? { stated: stated.length } : {}),
    ...(marks.length > 0 ? { marks } : {}),
  };
  if (LEAVE_KEYS.some((w) => body === w || body.startsWith(w))) {
    return { ...base, kind: "leave", subs: [], generalOutpatient: false, ...(site ? { site } : {}) };
  }

  const go = stripGeneralOutpatient(body);
  body = go.body;
  if (go.found && body === "") {
    return { ...base, kind: "rotation", field: GO_FIELD.id, subs: [], generalOutpatient: true, ...(site ? { site } : {}) };
  }

  const doubtful = DOUBTFUL.get(body);
  if (doubtful !== undefined) return unknown(text, key, "doubtful", doubtful);

  const resolved = resolve(body, vocabulary) ?? sitePrefixed(body, boundaries, vocabulary);
  if (!resolved) return unknown(text, key, "unrecognised", suggestField(body));
  const where = site ?? resolved.site;
  return {
    ...base,
    kind: "rotation",
    field: resolved.field.id,
    subs: resolved.subs,
    generalOutpatient: go.found || resolved.field.id === GO_FIELD.id,
    ...(where ? { site: where } : {}),
    ...(resolved.via ? { via: resolved.via } : {}),
    ...(resolved.sitePrefix ? { sitePrefix: true } : {}),
  };
}

/** A length at the end or start of the text, and the text without it; undefined when none (or nothing else). */
function statedLength(body: string): { body: string; length: StatedLength } | undefined {
  let m = LENGTH_END.exec(body);
  let rest: string | undefined;
  let n: string | undefined;
  let unit: string | undefined;
  if (m) [, rest, n, unit] = m;
  else if ((m = LENGTH_START.exec(body))) [, n, unit, rest] = m;
  if (rest === undefined || n === undefined || unit === undefined) return undefined;
  rest = rest.replace(/[:・\-_,、]+$/, "");
  if (rest === "" || /^\d+$/.test(rest)) return undefined;
  const count = Number(n);
  if (!(count > 0 && count <= 104)) return undefined;
  const month = !unit.startsWith("週");
  return { body: rest, length: { weeks: month ? (count * 52) / 12 : count, text: `${n}${unit}`, unit: month ? "month" : "week" } };
}

/**
 * `宮大附属 内科`, `A病院外科`: a site written before the field. The site is taken where the cell
 * has a space before the field, or where the words before it name a place (病院, 附属, 大学 …);
 * never where they name a field themselves.
 */
function sitePrefixed(body: string, boundaries: readonly string[], vocabulary: Vocabulary | undefined): Resolved | undefined {
  for (let i = 1; i < body.length; i++) {
    const prefix = body.slice(0, i);
    if (!boundaries.some((b) => b.endsWith(prefix)) && !looksLikePlace(prefix)) continue;
    const rest = resolve(body.slice(i), vocabulary);
    if (!rest) continue;
    if (resolve(prefix, vocabulary) || LEAVE_KEYS.some((w) => prefix.startsWith(w))) return undefined;
    return { ...rest, site: prefix, sitePrefix: true };
  }
  return undefined;
}

function unknown(text: string, key: string, reason: UnknownReason, suggestion?: string): ParsedCell {
  return { kind: "unknown", text, key, subs: [], generalOutpatient: false, reason, ...(suggestion ? { suggestion } : {}) };
}

/** Removes a 一般外来 mark (`（一般外来）`, `+一般外来`) from a cell's text. */
function stripGeneralOutpatient(body: string): { body: string; found: boolean } {
  for (const mark of GO_KEYS) {
    const at = body.indexOf(mark);
    if (at < 0) continue;
    let start = at;
    let end = at + mark.length;
    if (body[start - 1] === "(" && body[end] === ")") {
      start--;
      end++;
    } else if (/[+・/,、&]/.test(body[start - 1] ?? "")) start--;
    else if (/[+・/,、&]/.test(body[end] ?? "")) end++;
    return { body: body.slice(0, start) + body.slice(end), found: true };
  }
  return { body, found: false };
}

interface Resolved {
  readonly field: FieldDef;
  readonly subs: string[];
  readonly site?: string;
  readonly via?: ReadVia;
  readonly sitePrefix?: boolean;
}

/** A field from a cell's text once prefixes, site and marks are gone; undefined when none. */
function resolve(body: string, vocabulary?: Vocabulary): Resolved | undefined {
  const own = vocabulary?.get(body);
  if (own) {
    const meant = parseCell(own.means);
    if (meant.kind === "rotation") {
      const via: ReadVia = { kind: own.source, spelling: own.spelling, means: own.means, source: own.cell ?? own.source };
      return { field: must(LEXICON.byId.get(meant.field), "a field read without a vocabulary is the lexicon's"), subs: [...meant.subs], via };
    }
  }
  const direct = LEXICON.byAlias.get(body);
  if (direct) return { field: direct.field, subs: entrySubs(direct), ...viaOf(direct) };
  if (body.includes("(")) return resolveBrackets(body, vocabulary);
  return resolveCompound(body);
}

function viaOf(entry: LexiconEntry): { via?: ReadVia } {
  if (!entry.local) return {};
  const { kind, spelling, means, seen } = entry.local;
  return { via: { kind, spelling, means, source: seen } };
}

/** 内科（血液・消化器）, 救急（麻酔科）, 内科（市内協力型病院・研修施設）, (内科). */
function resolveBrackets(body: string, vocabulary?: Vocabulary): Resolved | undefined {
  const m = /^([^()]*)((?:\([^()]*\))+)$/.exec(body);
  if (!m) return undefined;
  const [, head = "", brackets = ""] = m;
  const groups = brackets.slice(1, -1).split(")(");
  if (head === "") {
    // "(内科)": a name in brackets only.
    const [only, ...more] = groups;
    return only !== undefined && more.length === 0 ? resolve(only, vocabulary) : undefined;
  }
  const outer = resolve(head, vocabulary);
  if (!outer) return undefined;
  let field = outer.field;
  const subs = [...outer.subs];
  let site: string | undefined;
  for (const group of groups) {
    if (group === "" || NOTE_BRACKET.test(group)) continue;
    const named = subsOf(field, group);
    if (named) {
      subs.push(...named);
      continue;
    }
    const inner = resolve(group);
    if (inner && inner.field.id === field.id) {
      subs.push(...inner.subs);
      continue;
    }
    if (inner && inner.field.countsToward === field.id) {
      // 救急（麻酔科）: the bracket names the field that counts toward the outer one.
      field = inner.field;
      subs.length = 0;
      subs.push(...inner.subs);
      continue;
    }
    if (looksLikePlace(group)) {
      site = group;
      continue;
    }
    return undefined;
  }
  return { field, subs: unique(subs), ...(site ? { site } : {}), ...(outer.via ? { via: outer.via } : {}) };
}

/** 血液・腫瘍内科, 内科・血液: one field and several of its subspecialties joined by separators. */
function resolveCompound(body: string): Resolved | undefined {
  const tokens = splitNames(body);
  const first = tokens[0];
  const last = tokens.at(-1);
  if (tokens.length < 2 || first === undefined || last === undefined) return undefined;
  for (const anchor of [last, first]) {
    const entry = LEXICON.byAlias.get(anchor);
    if (!entry) continue;
    const rest = anchor === first && anchor !== last ? tokens.slice(1) : tokens.slice(0, -1);
    const subs = subsOfTokens(entry.field, rest);
    if (!subs) continue;
    const own = entrySubs(entry);
    return { field: entry.field, subs: unique(anchor === first ? [...own, ...subs] : [...subs, ...own]) };
  }
  return undefined;
}

/** The subspecialties of `field` a bracket names: "血液・消化器" → [血液, 消化器]; undefined if any part is not one. */
function subsOf(field: FieldDef, group: string): string[] | undefined {
  const whole = LEXICON.sub(field.id, group);
  if (whole) return [whole.id];
  return subsOfTokens(field, splitNames(group));
}

/** Greedy, longest first, so that 免疫・リウマチ stays one subspecialty. */
function subsOfTokens(field: FieldDef, tokens: readonly string[]): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    for (let j = tokens.length; j > i; j--) {
      const candidate = tokens.slice(i, j).join("・");
      const sub = LEXICON.sub(field.id, candidate);
      const entry = sub ? undefined : LEXICON.byAlias.get(candidate);
      const id = sub?.id ?? (entry && entry.field.id === field.id ? entry.sub?.id : undefined);
      if (id !== undefined) {
        out.push(id);
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) return undefined;
  }
  return out.length > 0 ? out : undefined;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
