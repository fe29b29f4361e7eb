import { PROFILE_MESSAGES as M } from "../messages/profile";
import type { RuleOverride } from "../options";
import { ProfileBuilder, readSeverity, type ProfileResult } from "./build";

const TOP_KEYS = ["$schema", "name", "rules", "fields", "vocabulary", "courses"] as const;
const COURSE_KEYS = ["id", "title", "years"] as const;
const YEAR_KEYS = ["year", "site", "ranges", "required"] as const;
const RANGE_KEYS = ["field", "min_weeks", "max_weeks"] as const;
const FIELD_KEYS = ["field", "min_weeks", "max_weeks", "year", "severity", "note"] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A profile from JSON already parsed (CONTRACT §7; schema in docs/rota-profile.schema.json):
 *
 * ```json
 * { "rules": { "surg-4w": { "min": 8 }, "rec-8w": { "enabled": false }, "go-4w": { "severity": "error" } },
 *   "fields": [ { "field": "麻酔科", "min_weeks": 4, "max_weeks": 8, "year": 1, "severity": "error" } ],
 *   "vocabulary": { "麻酔": "麻酔科", "消内": "内科(消化器)" } }
 * ```
 *
 * Every key is optional. An unknown key, rule id, number or field, a bad value or a national
 * minimum lowered is a problem naming its key path (`rules.surg-4w.min`, `fields[0].min_weeks`).
 *
 * @example parseProfileJson({ rules: { "surg-4w": { min: 2 } } }, "p.json")
 *   // → { ok: false, problems: [{ ja: "rules.surg-4w.min: surg-4w の min: 2 は全国の基準 4 を下回ります …", … }] }
 */
/** Whether `key` is one of `keys` (a list of the keys an object may have). */
const listed = (keys: readonly string[], key: string): boolean => keys.includes(key);

export function parseProfileJson(json: unknown, source: string): ProfileResult {
  const b = new ProfileBuilder(source);
  if (!isObject(json)) {
    b.problem(M.notAnObject("(top)"));
    return b.finish();
  }
  for (const key of Object.keys(json)) if (!listed(TOP_KEYS, key)) b.problem(M.unknownKey(key, TOP_KEYS.slice(2)));

  const rules = json["rules"];
  if (rules !== undefined) {
    if (!isObject(rules)) b.problem(M.notAnObject("rules"));
    else for (const [id, value] of Object.entries(rules)) readRule(b, id, value);
  }

  const fields = json["fields"];
  if (fields !== undefined) {
    if (!Array.isArray(fields)) b.problem(M.notAList("fields"));
    else fields.forEach((row, i) => readField(b, row, `fields[${i}]`));
  }

  const vocabulary = json["vocabulary"];
  if (vocabulary !== undefined) {
    if (!isObject(vocabulary)) b.problem(M.notAnObject("vocabulary"));
    else for (const [text, field] of Object.entries(vocabulary)) {
      if (typeof field !== "string") b.problem(M.emptyVocabulary(`vocabulary.${text}`));
      else b.spelling(text, field, `vocabulary.${text}`);
    }
  }
  const courses = json["courses"];
  if (courses !== undefined) {
    if (!Array.isArray(courses)) b.problem(M.notAList("courses"));
    else courses.forEach((c, i) => readCourse(b, c, `courses[${i}]`));
  }
  return b.finish();
}

/** `{ "id": "D", "years": [ { "year": 1, "site": "大学病院", "ranges": [ { "field": "麻酔科", "min_weeks": 4, "max_weeks": 8 } ], "required": ["小児科"] } ] }` */
function readCourse(b: ProfileBuilder, c: unknown, at: string): void {
  if (!isObject(c)) return b.problem(M.notAnObject(at));
  for (const key of Object.keys(c)) if (!listed(COURSE_KEYS, key)) b.problem(M.unknownKey(key, COURSE_KEYS, at));
  const id = c["id"];
  if (typeof id !== "string" || id.trim() === "") return b.problem(M.badCourse(shownValue(id), `${at}.id`));
  if (typeof c["title"] === "string") b.courseTitle(id, c["title"], at);
  else b.courseTitle(id, `${id} コース`, at);
  const years = c["years"];
  if (years === undefined) return;
  if (!Array.isArray(years)) return b.problem(M.notAList(`${at}.years`));
  years.forEach((y, i) => {
    const yat = `${at}.years[${i}]`;
    if (!isObject(y)) return b.problem(M.notAnObject(yat));
    for (const key of Object.keys(y)) if (!listed(YEAR_KEYS, key)) b.problem(M.unknownKey(key, YEAR_KEYS, yat));
    const year = y["year"];
    if (year !== 1 && year !== 2) return b.problem(M.badYear(year, `${yat}.year`));
    if (y["site"] !== undefined) b.courseSite(id, year, shownValue(y["site"]), `${yat}.site`);
    const ranges = y["ranges"] ?? [];
    if (!Array.isArray(ranges)) b.problem(M.notAList(`${yat}.ranges`));
    else
      ranges.forEach((r, j) => {
        const rat = `${yat}.ranges[${j}]`;
        if (!isObject(r)) return b.problem(M.notAnObject(rat));
        for (const key of Object.keys(r)) if (!listed(RANGE_KEYS, key)) b.problem(M.unknownKey(key, RANGE_KEYS, rat));
        const min = r["min_weeks"] ?? 0;
        const maxValue = r["max_weeks"];
        if (typeof min !== "number" || min < 0 || min > 52) return b.problem(M.badNumber(min, `${rat}.min_weeks`, 0, 52));
        if (maxValue !== undefined && (typeof maxValue !== "number" || maxValue < 0 || maxValue > 52)) return b.problem(M.badNumber(maxValue, `${rat}.max_weeks`, 0, 52));
        const max = typeof maxValue === "number" ? maxValue : undefined;
        b.courseRange(id, year, shownValue(r["field"]), min, max, `${rat}.field`);
      });
    const required = y["required"] ?? [];
    if (!Array.isArray(required)) b.problem(M.notAList(`${yat}.required`));
    else required.forEach((f, j) => b.courseRequired(id, year, String(f), `${yat}.required[${j}]`));
  });
}

/** `"surg-4w": { "min": 8, "severity": "error", "enabled": true }`: any other key is one of the rule's numbers. */
function readRule(b: ProfileBuilder, id: string, value: unknown): void {
  const at = `rules.${id}`;
  if (!isObject(value)) return b.problem(M.notAnObject(at));
  let change: RuleOverride = {};
  const params: Record<string, number> = {};
  const where: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "enabled") {
      if (typeof v !== "boolean") b.problem(M.badBoolean(v, `${at}.enabled`));
      else change = { ...change, enabled: v };
    } else if (key === "severity") {
      const severity = readSeverity(v);
      if (!severity) b.problem(M.badSeverity(v, `${at}.severity`));
      else change = { ...change, severity };
    } else {
      // Checked against the rule's declared numbers in finish(): unknown names and bad values are named there.
      params[key] = typeof v === "number" ? v : Number.NaN;
      where[key] = `${at}.${key}`;
      if (typeof v !== "number") b.problem(M.badNumber(v, `${at}.${key}`, 0, 104));
    }
  }
  const numbers = Object.fromEntries(Object.entries(params).filter(([, v]) => !Number.isNaN(v)));
  b.rule(id, { ...change, ...(Object.keys(numbers).length ? { params: numbers } : {}) }, at, where);
}

function readField(b: ProfileBuilder, row: unknown, at: string): void {
  if (!isObject(row)) return b.problem(M.notAnObject(at));
  for (const key of Object.keys(row)) if (!listed(FIELD_KEYS, key)) b.problem(M.unknownKey(key, FIELD_KEYS, at));
  const text = row["field"];
  if (typeof text !== "string") return b.problem(M.unknownField(shownValue(text), `${at}.field`));
  const weeks = (key: string): number | undefined | null => {
    const v = row[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 104) {
      b.problem(M.badNumber(v, `${at}.${key}`, 0, 104));
      return null;
    }
    return v;
  };
  const min = weeks("min_weeks");
  const max = weeks("max_weeks");
  if (min === null || max === null) return;
  let year: 1 | 2 | undefined;
  if (row["year"] !== undefined) {
    if (row["year"] !== 1 && row["year"] !== 2) return b.problem(M.badYear(row["year"], `${at}.year`));
    year = row["year"];
  }
  let severity;
  if (row["severity"] !== undefined) {
    severity = readSeverity(row["severity"]);
    if (!severity) return b.problem(M.badSeverity(row["severity"], `${at}.severity`));
  }
  b.field(text, { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), ...(year ? { year } : {}), ...(severity ? { severity } : {}) }, `${at}.field`);
}

/** A JSON value as a message shows it: a string as it is, anything else as JSON, nothing as "". */
function shownValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
