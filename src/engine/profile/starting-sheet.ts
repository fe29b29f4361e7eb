import type { CellValue } from "../model/cell";
import { SEVERITY_LABEL } from "../present";
import type { ParamSpec } from "../rules/params";
import { RULES } from "../rules/registry";
import { EMPTY_PROFILE, type Profile } from "./profile";

/** The starting 規則 sheet's header row (CONTRACT §7's 分野 and 最低週数 among them). */
export const RULES_SHEET_HEADER = ["規則", "分野", "最低週数", "最大週数", "年次", "重要度", "有効", "書き方", "項目", "値", "説明"] as const;

/** The field a national minimum rule is about, for the 分野 column (informational on a rule's row). */
const RULE_FIELD: Readonly<Record<string, string>> = {
  "im-24w": "内科",
  "em-12w": "救急",
  "surg-4w": "外科",
  "ped-4w": "小児科",
  "obgyn-4w": "産婦人科",
  "psy-4w": "精神科",
  "comm-4w": "地域医療",
  "go-4w": "一般外来",
  "hema-4w": "内科(血液)",
  "course-y1-hema": "内科(血液)",
  "course-y2-hema": "内科(血液)",
  "hema-surg-gi": "外科(消化器)",
  "hema-icu": "救急(ICU)",
};

/** Which of a rule's numbers the 最低週数 / 最大週数 columns hold: `min` / `max`, or its one number in weeks that is one. */
export function weeksColumns(params: Readonly<Record<string, number>>, specs: Readonly<Record<string, ParamSpec>>): { min?: string; max?: string } {
  const names = Object.keys(params);
  const pick = (named: string, stricter: "higher" | "lower") =>
    names.includes(named) ? named : ((w) => (w.length === 1 ? w[0] : undefined))(names.filter((n) => specs[n]?.unit === "weeks" && specs[n]?.stricter === stricter));
  const min = pick("min", "higher");
  const max = pick("max", "lower");
  return { ...(min ? { min } : {}), ...(max ? { max } : {}) };
}

/**
 * The rows of a starting 規則 sheet with the values in force (the national rules and the
 * department's courses, with a profile's changes): one row per two-year rule (its minimum and
 * maximum in weeks, severity, on/off), one more per other number (項目 | 値), then the profile's
 * own fields and spellings. Read back, it gives the same rules (parseProfileTable).
 */
export function startingRulesSheet(profile: Profile = EMPTY_PROFILE): CellValue[][] {
  const rows: CellValue[][] = [[...RULES_SHEET_HEADER]];
  const ja = SEVERITY_LABEL.ja;
  for (const rule of RULES) {
    if (rule.group !== "national" && rule.group !== "hematology") continue;
    const o = profile.rules[rule.id];
    const params: Record<string, number> = { ...rule.params, ...o?.params };
    const specs = rule.paramSpecs;
    const cols = weeksColumns(rule.params, specs);
    const severity = o?.severity ?? rule.severity;
    rows.push([
      rule.id,
      RULE_FIELD[rule.id] ?? null,
      cols.min ? (params[cols.min] ?? null) : null,
      cols.max ? (params[cols.max] ?? null) : null,
      null,
      ja[severity],
      (o?.enabled ?? true) ? "○" : "×",
      null,
      null,
      null,
      rule.description.ja,
    ]);
    for (const [name, value] of Object.entries(params)) {
      if (name === cols.min || name === cols.max) continue;
      rows.push([rule.id, null, null, null, null, null, null, null, name, value, specs[name]?.description.ja ?? null]);
    }
  }
  for (const f of profile.fields) {
    const label = f.field.includes("/") ? f.field.replace("/", "(") + ")" : f.field;
    rows.push([null, label, f.min ?? null, f.max ?? null, f.year ?? null, ja[f.severity], null, null, null, null, "プログラムの必修分野"]);
  }
  for (const v of profile.vocabulary) rows.push([null, v.field, null, null, null, null, null, v.text, null, null, "プログラムの書き方"]);
  return rows;
}
