import type { Severity } from "../model/finding";
import { must, type NonEmpty } from "../model/invariant";
import { subKey } from "../model/field-key";
import type { Message } from "../messages/message";
import { PROFILE_MESSAGES as M } from "../messages/profile";
import type { RuleOverride } from "../options";
import { checkOverrides } from "../rules/check-overrides";
import type { CourseDef, CourseRange, CourseYear } from "../rules/course-plan";
import { courseKey } from "../rules/course-rules";
import type { FieldRequirement } from "../rules/program";
import { classifySite } from "../vocabulary/sites";
import { foldWidth, labelKey } from "../text/normalize";
import { ruleById } from "../rules/registry";
import { fieldLabel } from "../vocabulary/label";
import { parseCell } from "../vocabulary/parse-cell";
import type { Profile, VocabularyEntry } from "./profile";

/** What reading a profile gives: the profile, or every problem found (each naming its cell or key). */
export type ProfileResult = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly problems: NonEmpty<Message> };

/**
 * The national field minimums a program field may not go under (CONTRACT §1): a `fields` row for
 * 外科 with 2 weeks would lower surg-4w and is refused naming it.
 */
export const NATIONAL_FIELD_RULES: Readonly<Record<string, string>> = {
  内科: "im-24w",
  救急: "em-12w",
  外科: "surg-4w",
  小児科: "ped-4w",
  産婦人科: "obgyn-4w",
  精神科: "psy-4w",
  地域医療: "comm-4w",
  一般外来: "go-4w",
};

/** A field's text as a coordinator writes it → the key rules use (麻酔 → 麻酔科, 血液内科 → 内科/血液); undefined when unknown. */
export function fieldKey(text: string): { key: string; label: string } | { suggestion?: string } {
  const parsed = parseCell(text);
  if (parsed.kind !== "rotation" || parsed.subs.length > 1) return parsed.suggestion ? { suggestion: parsed.suggestion } : {};
  const [sub] = parsed.subs;
  const key = sub === undefined ? parsed.field : subKey(parsed.field, sub);
  return { key, label: fieldLabel(parsed) };
}

/** Severities in either language. */
export function readSeverity(value: unknown): Severity | undefined {
  const v = typeof value === "string" ? labelKey(value) : value;
  return SEVERITY_WORDS.get(String(v));
}

const SEVERITY_WORDS: ReadonlyMap<string, Severity> = new Map([
  ["error", "error"],
  ["エラー", "error"],
  ["必須", "error"],
  ["必修", "error"],
  ["warning", "warning"],
  ["警告", "warning"],
  ["info", "info"],
  ["情報", "info"],
  ["推奨", "info"],
  ["望ましい", "info"],
]);

/**
 * Collects a profile as a reader meets it (rule changes, fields, spellings, each with where it was
 * written), then checks it whole against the registry and the national floor.
 */
export class ProfileBuilder {
  private readonly rules: Record<string, RuleOverride> = {};
  private readonly ruleSources: Record<string, string> = {};
  private readonly numberSources: Record<string, string> = {};
  private readonly fields: FieldRequirement[] = [];
  private readonly vocabulary: VocabularyEntry[] = [];
  private readonly courses = new Map<string, { id: string; title: string; source: string; years: Map<1 | 2, { site?: CourseYear["site"]; ranges: CourseRange[]; required: string[] }> }>();
  readonly problems: Message[] = [];

  constructor(private readonly source: string) {}

  problem(message: Message): void {
    this.problems.push(message);
  }

  /** A change to a registry rule (merged with earlier ones for the same rule). */
  rule(id: string, change: RuleOverride, where: string, numbersWhere: Readonly<Record<string, string>> = {}): void {
    for (const [param, at] of Object.entries(numbersWhere)) this.numberSources[`${id}\u0000${param}`] = at;
    const before = this.rules[id];
    this.rules[id] = {
      ...before,
      ...change,
      ...(before?.params || change.params ? { params: { ...before?.params, ...change.params } } : {}),
    };
    this.ruleSources[id] ??= where;
  }

  /** A program field: `text` as written, resolved; refused when unknown or lowering a national minimum. */
  field(text: string, req: Omit<FieldRequirement, "field" | "severity" | "source"> & { severity?: Severity }, where: string): void {
    const resolved = fieldKey(text);
    if (!("key" in resolved)) return this.problem(M.unknownField(text, where, resolved.suggestion));
    if (req.min !== undefined && req.max !== undefined && req.min > req.max) return this.problem(M.minOverMax(resolved.label, req.min, req.max, where));
    const national = NATIONAL_FIELD_RULES[resolved.key];
    const nationalMin = national ? (ruleById(national)?.params["min"] ?? 0) : 0;
    if (national && req.year === undefined && req.min !== undefined && req.min < nationalMin) {
      return this.problem(M.lowersNational(resolved.label, national, req.min, nationalMin, where));
    }
    this.fields.push({
      field: resolved.key,
      ...(req.min !== undefined ? { min: req.min } : {}),
      ...(req.max !== undefined ? { max: req.max } : {}),
      ...(req.year !== undefined ? { year: req.year } : {}),
      severity: req.severity ?? "error",
      source: where,
    });
  }

  /** A spelling of the program's own; the field it names must be one the field table knows. */
  spelling(text: string, field: string, where: string): void {
    if (text.trim() === "" || field.trim() === "") return this.problem(M.emptyVocabulary(where));
    const resolved = fieldKey(field);
    if (!("key" in resolved)) return this.problem(M.unknownField(field, where, resolved.suggestion));
    this.vocabulary.push({ text: text.trim(), field: resolved.label, source: where });
  }

  /** A year of one of the program's courses (created on first mention). */
  private courseYearOf(id: string, year: 1 | 2, where: string) {
    const key = courseKey(id);
    let course = this.courses.get(key);
    if (!course) this.courses.set(key, (course = { id: id.trim(), title: `${id.trim()} コース`, source: where, years: new Map() }));
    let y = course.years.get(year);
    if (!y) course.years.set(year, (y = { ranges: [], required: [] }));
    return y;
  }

  /** A course's year spent at a kind of site (大学病院, 協力型研修病院, 研修協力施設, or core …). */
  courseSite(id: string, year: 1 | 2, site: string, where: string): void {
    const kind = siteKind(site);
    if (!kind) return this.problem(M.badSite(site, where));
    this.courseYearOf(id, year, where).site = kind;
  }

  /** A field's range in a course's year. */
  courseRange(id: string, year: 1 | 2, text: string, min: number, max: number | undefined, where: string): void {
    const resolved = fieldKey(text);
    if (!("key" in resolved)) return this.problem(M.unknownField(text, where, resolved.suggestion));
    if (max !== undefined && min > max) return this.problem(M.minOverMax(resolved.label, min, max, where));
    this.courseYearOf(id, year, where).ranges.push({ field: resolved.key, min, ...(max !== undefined ? { max } : {}) });
  }

  /** A field a course's year must hold. */
  courseRequired(id: string, year: 1 | 2, text: string, where: string): void {
    const resolved = fieldKey(text);
    if (!("key" in resolved)) return this.problem(M.unknownField(text, where, resolved.suggestion));
    this.courseYearOf(id, year, where).required.push(resolved.key);
  }

  /** A course's title, for listings. */
  courseTitle(id: string, title: string, where: string): void {
    const key = courseKey(id);
    const course = this.courses.get(key);
    if (course) course.title = title;
    else this.courses.set(key, { id: id.trim(), title, source: where, years: new Map() });
  }

  finish(): ProfileResult {
    for (const p of checkOverrides(this.rules, { national: "floor" })) this.problems.push(M.ruleProblem(p, this.where(p.rule, "param" in p ? p.param : undefined)));
    const [first, ...more] = this.problems;
    if (first) return { ok: false, problems: [first, ...more] };
    const courses: CourseDef[] = [...this.courses.values()].map((c) => ({
      id: c.id,
      title: c.title,
      source: c.source,
      years: [...c.years].sort((a, b) => a[0] - b[0]).map(([year, y]) => ({ year, ...(y.site ? { site: y.site } : {}), ranges: y.ranges, required: y.required })),
    }));
    return { ok: true, profile: { rules: changesOnly(this.rules), fields: this.fields, vocabulary: this.vocabulary, courses, source: this.source, ruleSources: this.ruleSources } };
  }

  /** Where a rule's change (or one of its numbers) was written. */
  private where(rule: string, param?: string): string {
    const exact = param ? this.numberSources[`${rule}\u0000${param}`] : undefined;
    if (exact) return exact;
    const at = this.ruleSources[rule] ?? `rules.${rule}`;
    return param && at.startsWith("rules.") ? `${at}.${param}` : at;
  }
}

/**
 * The changes that change something: a starting 規則 sheet lists every rule with its national
 * values, and reading it back must not mark them all as the program's own.
 */
function changesOnly(rules: Readonly<Record<string, RuleOverride>>): Record<string, RuleOverride> {
  const out: Record<string, RuleOverride> = {};
  for (const [id, o] of Object.entries(rules)) {
    const rule = must(ruleById(id), "a profile's rule ids were checked as they were read");
    const params = Object.fromEntries(Object.entries(o.params ?? {}).filter(([k, v]) => rule.params[k] !== v));
    const change: RuleOverride = {
      ...(o.enabled === false ? { enabled: false } : {}),
      ...(o.severity !== undefined && o.severity !== rule.severity ? { severity: o.severity } : {}),
      ...(Object.keys(params).length > 0 ? { params } : {}),
    };
    if (Object.keys(change).length > 0) out[id] = change;
  }
  return out;
}

/** A course year's site as a coordinator writes it: the kind's own id, or a name classifySite knows. */
function siteKind(text: string): CourseYear["site"] | undefined {
  const t = foldWidth(text);
  if (t === "core" || t === "coop-hospital" || t === "coop-facility") return t;
  const kind = classifySite(t);
  return kind === "unknown" ? undefined : kind;
}
