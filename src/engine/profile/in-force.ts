import type { Severity } from "../model/finding";
import { must } from "../model/invariant";
import type { Message } from "../messages/message";
import { fmtWeeks } from "../messages/message";
import type { RuleGroup } from "../rules/rule";
import { RULES } from "../rules/registry";
import { EMPTY_PROFILE, type Profile } from "./profile";

/** One rule in force, as `rota rules` and the pane's 規則 tab list it (CONTRACT §7). */
export interface RuleInForce {
  readonly id: string;
  readonly severity: Severity;
  readonly enabled: boolean;
  /** Its numbers after the profile's changes; a program field's row has `field` (and min_weeks …) here. */
  readonly params: Readonly<Record<string, number | string>>;
  /** Where it comes from: the MHLW text or the seed; the profile's cell or key when the profile set it. */
  readonly source: string;
  readonly group: RuleGroup;
  readonly description: Message;
  /** Whether the profile changed it (or added it). */
  readonly changed: boolean;
  /** A program field's rule (program-min / program-max): the field. */
  readonly field?: string;
}

/**
 * Every rule in force under a profile: the registry's rules with the profile's numbers, severity
 * and switches, then one `program-min` / `program-max` row per field of the profile. The registry's
 * empty program-min / program-max are left out (a profile's fields stand in for them).
 *
 * @example rulesInForceList(profile).find((r) => r.id === "surg-4w")
 *   // → { id: "surg-4w", severity: "error", enabled: true, params: { min: 8 }, source: "規則!A2", changed: true, … }
 */
export function rulesInForceList(profile: Profile = EMPTY_PROFILE): RuleInForce[] {
  const out: RuleInForce[] = [];
  for (const rule of RULES) {
    if (rule.group === "program") continue;
    const o = profile.rules[rule.id];
    out.push({
      id: rule.id,
      severity: o?.severity ?? rule.severity,
      enabled: o?.enabled ?? true,
      params: { ...rule.params, ...o?.params },
      source: o ? `${profile.ruleSources[rule.id] ?? profile.source} (${rule.source})` : rule.source,
      group: rule.group,
      description: rule.description,
      changed: o !== undefined,
    });
  }
  const program = RULES.filter((r) => r.id === "program-min" || r.id === "program-max");
  for (const f of profile.fields) {
    const params = {
      field: f.field,
      ...(f.min !== undefined ? { min_weeks: f.min } : {}),
      ...(f.max !== undefined ? { max_weeks: f.max } : {}),
      ...(f.year !== undefined ? { year: f.year } : {}),
    };
    for (const rule of program) {
      if (rule.id === "program-min" ? f.min === undefined : f.max === undefined) continue;
      const o = profile.rules[rule.id];
      out.push({
        id: rule.id,
        severity: o?.severity ?? f.severity,
        enabled: o?.enabled ?? true,
        params,
        source: f.source,
        group: "program",
        description: fieldDescription(f.field, rule.id === "program-min" ? f.min : f.max, rule.id === "program-min", f.year),
        changed: true,
        field: f.field,
      });
    }
  }
  for (const c of profile.courses ?? []) {
    for (const y of c.years) {
      for (const r of y.ranges) {
        const label = labelOf(r.field);
        const range = r.max === undefined ? `${fmtWeeks(r.min)}週以上` : `${fmtWeeks(r.min)}〜${fmtWeeks(r.max)}週`;
        const rangeEn = r.max === undefined ? `at least ${fmtWeeks(r.min)} weeks` : `${fmtWeeks(r.min)}–${fmtWeeks(r.max)} weeks`;
        out.push(courseRow("course-range", c.source, { course: c.id, year: y.year, field: r.field, min_weeks: r.min, ...(r.max !== undefined ? { max_weeks: r.max } : {}) }, {
          ja: `${c.id} コース ${y.year}年次: ${label} ${range}`,
          en: `Course ${c.id}, year ${y.year}: ${label} ${rangeEn}`,
        }, profile, r.field));
      }
      for (const field of y.required) {
        out.push(courseRow("course-required", c.source, { course: c.id, year: y.year, field }, { ja: `${c.id} コース ${y.year}年次: ${labelOf(field)}`, en: `Course ${c.id}, year ${y.year}: ${labelOf(field)}` }, profile, field));
      }
    }
  }
  return out;
}

const labelOf = (field: string): string => (field.includes("/") ? `${field.replace("/", "(")})` : field);

function courseRow(id: string, source: string, params: Record<string, number | string>, description: Message, profile: Profile, field: string): RuleInForce {
  const o = profile.rules[id];
  return { id, severity: o?.severity ?? "warning", enabled: o?.enabled ?? true, params, source, group: "program", description, changed: true, field };
}

function fieldDescription(field: string, weeks: number | undefined, min: boolean, year?: 1 | 2): Message {
  const label = field.replace("/", "(") + (field.includes("/") ? ")" : "");
  const w = fmtWeeks(weeks ?? 0);
  const y = year ? { ja: `${year}年次に `, en: ` in year ${year}` } : { ja: "", en: "" };
  return min
    ? { ja: `${y.ja}${label} ${w}週以上`, en: `${label}: at least ${w} weeks${y.en}` }
    : { ja: `${y.ja}${label} ${w}週以内`, en: `${label}: at most ${w} weeks${y.en}` };
}

/**
 * What a profile changed, one line each, for the top of a report ("said once"): a rule switched
 * off, a number or severity changed, a field added, spellings added.
 */
export function profileChanges(profile: Profile): Message[] {
  const lines: Message[] = [];
  for (const r of rulesInForceList(profile)) {
    if (!r.changed) continue;
    if (r.field !== undefined) {
      lines.push({ ja: `${r.description.ja} (${r.id}, ${r.severity})`, en: `${r.description.en} (${r.id}, ${r.severity})` });
      continue;
    }
    if (!r.enabled) {
      lines.push({ ja: `${r.id} 無効`, en: `${r.id} off` });
      continue;
    }
    const rule = must(
      RULES.find((x) => x.id === r.id),
      "the rules in force are the registry's",
    );
    const override = profile.rules[r.id];
    const numbers = Object.entries(override?.params ?? {}).map(([k, v]) => `${k} ${rule.params[k]}→${v}`);
    const severity = override?.severity && override.severity !== rule.severity ? [`${rule.severity}→${r.severity}`] : [];
    const what = [...numbers, ...severity].join(", ");
    if (what !== "") lines.push({ ja: `${r.id}: ${what}`, en: `${r.id}: ${what}` });
  }
  if (profile.vocabulary.length > 0) {
    const list = profile.vocabulary.map((v) => `${v.text}→${v.field}`).join(", ");
    lines.push({ ja: `書き方の追加: ${list}`, en: `spellings added: ${list}` });
  }
  return lines;
}
