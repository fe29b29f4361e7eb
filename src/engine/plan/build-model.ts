import { EPS } from "../model/units";
import type { Area } from "../model/sheet";
import { fromA1 } from "../model/address";
import { at, must } from "../model/invariant";
import type { Grid, Plan, Slot } from "../model/plan";
import type { RuleOverride } from "../options";
import { countsToward, type CapacityEntry } from "../rules/capacity";
import { splitKey, subKey } from "../model/field-key";
import { findCourse } from "../rules/course-rules";
import type { CourseDef } from "../rules/course-plan";
import type { FieldRequirement } from "../rules/program";
import { FIELDS } from "../vocabulary/fields";
import { labelOf } from "../vocabulary/label";
import type { ParsedCell } from "../vocabulary/parsed-cell";
import { choicesFor, contribution, type Choice } from "./choices";
import { ModelBuilder, type MipModel } from "./model";
import type { Preference } from "./preferences";
import { param, ruleSetting, type RuleSetting } from "./rule-settings";

/** Fill the empty blocks (`plan`), or change the fewest blocks so that no error is left (`fix`). */
export type PlanMode = "plan" | "fix";

export interface GridModelOptions {
  readonly mode: PlanMode;
  readonly rules?: Readonly<Record<string, RuleOverride>>;
  readonly capacity?: readonly CapacityEntry[];
  /** The sheet's merged areas: an empty merged area is planned as one rotation. */
  readonly merges?: readonly Area[];
  /** The program's own fields (a profile's `fields`: program-min / program-max). */
  readonly fields?: readonly FieldRequirement[];
  /** The program's own courses (a profile's `courses`): a plan whose コース names one gets its ranges and required fields. */
  readonly courses?: readonly CourseDef[];
  /** Residents' wishes (a `希望` sheet). */
  readonly preferences?: readonly Preference[];
  /** Texts the planner may also write (a program's own fields). */
  readonly extraChoices?: readonly string[];
}

/** One block the solver decides: its options (choices, and in `fix` the cell as it is). */
export interface CellDecision {
  readonly plan: number;
  readonly slot: number;
  /** Variable per option; `option` is a choice index, or -1 for "keep the cell as it is". */
  readonly options: ReadonlyArray<{ readonly option: number; readonly variable: number }>;
}

/** What a slack variable stands for: a rule that had to give, and where. */
export interface SlackInfo {
  readonly variable: number;
  readonly rule: string;
  /** An error rule (a plan with this slack above zero is no plan). */
  readonly hard: boolean;
  readonly plan?: number;
  /** Field or `field/sub` measured. */
  readonly key?: string;
  readonly year?: 1 | 2;
  /** The rule's bound (minimum or maximum, weeks; capacity, residents). */
  readonly bound: number;
  /** What the locked blocks already give. */
  readonly fixed: number;
  /** Whether any block the solver decides could move it (false: the locked cells alone break it). */
  readonly movable: boolean;
  readonly kind: "min" | "max";
  /** For capacity: the entry and the block (0-based). */
  readonly entry?: number;
  readonly block?: number;
}

/** The model of one grid and how to read its solution. */
export interface GridModel {
  readonly grid: Grid;
  readonly mode: PlanMode;
  readonly choices: readonly Choice[];
  readonly capacity: readonly CapacityEntry[];
  readonly model: MipModel;
  readonly cells: readonly CellDecision[];
  readonly slacks: readonly SlackInfo[];
  /** Objective weight of one unit of a hard slack. */
  readonly hardWeight: number;
  /** Whether the model holds contiguity rows (blocks shorter than block-4w's stretch): then blocks may not be reordered. */
  readonly contiguity: boolean;
  /** The preference rows (for reading how well each resident was served). */
  readonly preferenceVars: ReadonlyArray<{ readonly plan: number; readonly variable: number; readonly max: number }>;
}

/** Fields a national minimum counts (FIELDS' kind "national"): a repair changes them last. */
const REQUIRED_FIELDS: ReadonlySet<string> = new Set(FIELDS.filter((f) => f.kind === "national").map((f) => f.id));

/** Objective weights of a week short of a warning's or an info's number (plan mode). */
const WEIGHT = { warning: 10, info: 1 } as const;
/** A small cost per block of a field other than 内科: the time left over goes to 内科 unless wished otherwise. */
const ELECTIVE_COST = 0.01;

type Terms = Array<[number, number]>;

/** The terms with their coefficients negated (moved to the other side of a row). */
const negated = (terms: Terms): Terms => terms.map(([v, c]): [number, number] => [v, -c]);

interface Measured {
  readonly terms: Terms;
  readonly fixed: number;
}

/**
 * Builds the model of one grid from the rules the validator runs (their numbers and severities,
 * with the program's overrides): a binary per resident × block × rotation for each block the solver
 * decides, one rotation per block, the minimums and maximums of every rule as rows with a named
 * slack each (hard for errors, weighted for warnings and infos), capacity per field (and site) per
 * block, year placement, block contiguity, and in `fix` mode the count of changed blocks.
 */
export function buildGridModel(grid: Grid, options: GridModelOptions): GridModel {
  const mode = options.mode;
  const overrides = options.rules ?? {};
  const capacity = options.capacity ?? [];
  const prefs = options.preferences ?? [];
  const fields = options.fields ?? [];
  const courses = options.courses ?? [];
  const asText = (key: string) => {
    const { field, sub } = splitKey(key);
    return labelOf(field, sub ? [sub] : []);
  };
  const courseFields = courses.flatMap((c) => c.years.flatMap((y) => [...y.ranges.map((r) => r.field), ...y.required]));
  const fieldTexts = [...fields.map((f) => f.field), ...courseFields].map(asText);
  const choices = choicesFor(grid, capacity, [...(options.extraChoices ?? []), ...fieldTexts, ...prefs.map((p) => p.text)]);
  const b = new ModelBuilder();
  const cells: CellDecision[] = [];
  const slacks: SlackInfo[] = [];
  /** [plan][slot] → the decision, when the solver decides the block. */
  const decisionAt: Array<Array<CellDecision | undefined>> = grid.plans.map(() => []);
  const decisionOf = (p: number, slot: number): CellDecision | undefined => decisionAt[p]?.[slot];
  const planAt = (p: number): Plan => at(grid.plans, p, "a plan index is one of the grid's plans");

  // In fix mode, between two repairs of as many changes, the one that changes electives rather than
  // required fields; all such tie-breaks together weigh less than a tenth of a change.
  const changeable = grid.plans.reduce((n, plan) => n + plan.slots.filter((s) => s.parsed.kind === "rotation").length, 0);
  const tieBreak = 0.1 / Math.max(1, changeable);
  const decides = (slot: Slot): boolean => slot.parsed.kind === "empty" || (mode === "fix" && slot.parsed.kind === "rotation");
  let decided = 0;
  grid.plans.forEach((plan, p) => {
    for (const slot of plan.slots) {
      if (!decides(slot)) continue;
      decided++;
      const opts: Array<{ option: number; variable: number }> = [];
      const current = slot.parsed.kind === "rotation" ? slot.parsed : undefined;
      if (current) opts.push({ option: -1, variable: b.variable("x", true, 0, 1, 0) });
      choices.forEach((choice, c) => {
        if (current && sameRotation(choice.parsed, current)) return;
        if (choice.courseOnly && !plan.course) return;
        const cost = mode === "fix" ? (current ? 1 + (REQUIRED_FIELDS.has(current.field ?? "") ? tieBreak : 0) : 0) : choice.parsed.field === "内科" && (choice.parsed.subs.length === 0 || plan.course) ? 0 : ELECTIVE_COST;
        opts.push({ option: c, variable: b.variable("x", true, 0, 1, cost) });
      });
      b.row(
        opts.map((o) => [o.variable, 1]),
        1,
        1,
      );
      const decision: CellDecision = { plan: p, slot: slot.index, options: opts };
      const row = decisionAt[p];
      if (row) row[slot.index] = decision;
      cells.push(decision);
    }
  });

  const hardWeight = mode === "fix" ? Math.max(1e4, 10 * (decided + 1)) : 1e4;
  const softSlacks: Array<{ variable: number; weight: number; hi: number }> = [];
  let contiguity = false;

  /** What a rotation contributes to a measure (a field, `field/sub`, in a year or both). */
  const parsedOf = (slot: Slot, option: number): ParsedCell => (option === -1 ? slot.parsed : at(choices, option, "an option is a choice's index").parsed);
  const measure = (p: number, value: (parsed: ParsedCell, slot: Slot) => number): Measured => {
    const terms: Terms = [];
    let fixed = 0;
    for (const slot of planAt(p).slots) {
      const d = decisionOf(p, slot.index);
      if (d === undefined) {
        fixed += value(slot.parsed, slot);
        continue;
      }
      for (const o of d.options) {
        const v = value(parsedOf(slot, o.option), slot);
        if (v !== 0) terms.push([o.variable, v]);
      }
    }
    return { terms, fixed };
  };
  const weeksOf = (key: string, year?: 1 | 2) => (parsed: ParsedCell, slot: Slot) => (year !== undefined && slot.year !== year ? 0 : contribution(parsed, slot.weeks, key));

  const slackVar = (setting: RuleSetting, hi: number): { variable: number; hard: boolean } => {
    const severity = setting.severity;
    const hard = severity === "error";
    const variable = b.variable("s", false, 0, hi, hard ? hardWeight : 0);
    if (severity !== "error") softSlacks.push({ variable, weight: WEIGHT[severity], hi });
    return { variable, hard };
  };

  /** Σ measured + slack ≥ bound (a minimum), or Σ measured − slack ≤ bound (a maximum). */
  const require = (rule: string, setting: RuleSetting, p: number | undefined, m: Measured, kind: "min" | "max", bound: number, extra: Omit<Partial<SlackInfo>, "variable"> = {}): void => {
    const room = kind === "min" ? Math.max(0, bound - m.fixed) : Infinity;
    if (kind === "min" && room <= EPS) return; // the locked blocks already meet it
    const movable = m.terms.length > 0;
    // A warning or info that no block the solver decides can move is what it is: no row for it.
    if (!movable && setting.severity !== "error") return;
    const { variable, hard } = slackVar(setting, kind === "min" ? room : 1e6);
    if (kind === "min") b.row([...m.terms, [variable, 1]], bound - m.fixed - EPS, Infinity);
    else b.row([...m.terms, [variable, -1]], -Infinity, bound - m.fixed + EPS);
    slacks.push({ variable, rule, hard, bound, fixed: m.fixed, movable, kind, ...(p !== undefined ? { plan: p } : {}), ...extra });
  };

  grid.plans.forEach((plan, p) => addPlanRules(p, plan));
  addCapacity();
  addMergedAreas();
  const preferenceVars = addPreferences();

  // In fix mode, warnings and infos only break ties: all of them together weigh less than one change.
  if (mode === "fix" && softSlacks.length > 0) {
    const total = softSlacks.reduce((sum, s) => sum + s.weight * Math.min(s.hi, 104), 0);
    const scale = 0.4 / Math.max(1, total);
    for (const s of softSlacks) b.addCost(s.variable, s.weight * scale);
  } else for (const s of softSlacks) b.addCost(s.variable, s.weight);

  return { grid, mode, choices, capacity, model: b.build(), cells, slacks, hardWeight, contiguity, preferenceVars };

  function addPlanRules(p: number, plan: Plan): void {
    const scale = plan.upperLimitScale;
    const minimum = (rule: string, key: string, paramName = "min", year?: 1 | 2) => {
      const s = ruleSetting(rule, overrides);
      if (s) require(rule, s, p, measure(p, weeksOf(key, year)), "min", param(s, paramName), { key, ...(year ? { year } : {}) });
    };
    minimum("im-24w", "内科");
    for (const [rule, field] of [
      ["surg-4w", "外科"],
      ["ped-4w", "小児科"],
      ["obgyn-4w", "産婦人科"],
      ["psy-4w", "精神科"],
      ["comm-4w", "地域医療"],
    ] as const) {
      minimum(rule, field);
      const rec = ruleSetting("rec-8w", overrides);
      if (rec) require("rec-8w", rec, p, measure(p, weeksOf(field)), "min", param(rec, "min"), { key: field });
    }
    addEmergency(p, scale);
    addGeneralOutpatient(p, plan);
    addCommunityYear(p);
    addContiguity(p, plan);
    addCoreSite(p, plan, scale);

    addProgramFields(p);
    if (!plan.course) {
      const own = findCourse(courses, plan.unknownCourse?.text);
      if (own) addProgramCourse(p, own);
      return;
    }
    const hema = subKey("内科", "血液");
    minimum("hema-4w", hema);
    for (const sub of ["腫瘍", "消化器", "循環器", "呼吸器", "脳神経", "免疫・リウマチ"]) minimum("hema-im-sub", subKey("内科", sub));
    minimum("hema-surg-gi", subKey("外科", "消化器"));
    minimum("hema-icu", subKey("救急", "ICU"));
    const y1 = ruleSetting("course-y1-hema", overrides);
    if (y1) {
      const m = measure(p, weeksOf(hema, 1));
      require("course-y1-hema", y1, p, m, "min", param(y1, "min"), { key: hema, year: 1 });
      require("course-y1-hema", y1, p, m, "max", param(y1, "max") * scale, { key: hema, year: 1 });
    }
    const y2 = ruleSetting("course-y2-hema", overrides);
    if (y2 && (plan.course === "A" || plan.course === "B")) {
      const m = measure(p, weeksOf(hema, 2));
      require("course-y2-hema", y2, p, m, "min", param(y2, "min"), { key: hema, year: 2 });
      require("course-y2-hema", y2, p, m, "max", param(y2, plan.course === "A" ? "maxA" : "maxB") * scale, { key: hema, year: 2 });
    }
    if (plan.course === "B") {
      // Some of it, in the year the course puts it (any block of it is enough).
      const some = 1;
      const em = ruleSetting("course-b-y1-em", overrides);
      if (em) require("course-b-y1-em", em, p, measure(p, weeksOf("救急", 1)), "min", some, { key: "救急", year: 1 });
      const y2b = ruleSetting("course-b-y2", overrides);
      if (y2b) for (const key of ["地域医療", "精神科", subKey("内科", "脳神経"), subKey("内科", "免疫・リウマチ")]) require("course-b-y2", y2b, p, measure(p, weeksOf(key, 2)), "min", some, { key, year: 2 });
    }
  }

  /** The program's own fields: at least `min`, at most `max` weeks (in a year when it says one), at the field's severity. */
  function addProgramFields(p: number): void {
    const scale = planAt(p).upperLimitScale;
    for (const f of fields) {
      const key = f.field;
      const m = measure(p, weeksOf(key, f.year));
      const extra = { key, ...(f.year ? { year: f.year } : {}) };
      const min = ruleSetting("program-min", overrides);
      if (min && f.min !== undefined && f.min > 0) require("program-min", { ...min, severity: f.severity }, p, m, "min", f.min, extra);
      const max = ruleSetting("program-max", overrides);
      if (max && f.max !== undefined) require("program-max", { ...max, severity: f.severity }, p, m, "max", f.max * scale, extra);
    }
  }

  /** A program's own course: each year's ranges (course-range) and required fields (course-required). */
  function addProgramCourse(p: number, course: CourseDef): void {
    const scale = planAt(p).upperLimitScale;
    const range = ruleSetting("course-range", overrides);
    const required = ruleSetting("course-required", overrides);
    for (const y of course.years) {
      for (const r of y.ranges) {
        if (!range) break;
        const m = measure(p, weeksOf(r.field, y.year));
        if (r.min > 0) require("course-range", range, p, m, "min", r.min, { key: r.field, year: y.year });
        if (r.max !== undefined) require("course-range", range, p, m, "max", r.max * scale, { key: r.field, year: y.year });
      }
      if (required) for (const field of y.required) require("course-required", required, p, measure(p, weeksOf(field, y.year)), "min", 1, { key: field, year: y.year });
    }
  }

  /** 救急 + the 麻酔科 that counts (at most the rule's cap) ≥ the minimum. */
  function addEmergency(p: number, scale: number): void {
    const s = ruleSetting("em-12w", overrides);
    if (!s) return;
    const em = measure(p, weeksOf("救急"));
    const anesthesia = measure(p, weeksOf("麻酔科"));
    if (anesthesia.terms.length === 0 && anesthesia.fixed === 0) {
      require("em-12w", s, p, em, "min", param(s, "min"), { key: "救急" });
      return;
    }
    const counted = b.variable("a", false, 0, param(s, "anesthesiaMax") * scale);
    b.row([[counted, 1], ...negated(anesthesia.terms)], -Infinity, anesthesia.fixed);
    require("em-12w", s, p, { terms: [...em.terms, [counted, 1]], fixed: em.fixed }, "min", param(s, "min"), { key: "救急" });
  }

  /** 一般外来: marked in a cell, a block of its own, or a parallel row (each week once). */
  function addGeneralOutpatient(p: number, plan: Plan): void {
    const s = ruleSetting("go-4w", overrides);
    if (!s) return;
    const parallel = new Set(plan.parallel.filter((x) => x.parsed.kind === "rotation").map((x) => x.index));
    const parallelWeeks = plan.parallel.filter((x, i, all) => x.parsed.kind === "rotation" && all.findIndex((y) => y.index === x.index) === i).reduce((sum, x) => sum + x.weeks, 0);
    const m = measure(p, (parsed, slot) => (parallel.has(slot.index) || parsed.kind !== "rotation" ? 0 : parsed.generalOutpatient || parsed.field === "一般外来" ? slot.weeks : 0));
    require("go-4w", s, p, { terms: m.terms, fixed: m.fixed + parallelWeeks }, "min", param(s, "min"), { key: "一般外来" });
  }

  /** 地域医療 in 2年次: every week of it placed in 1年次 costs as a week short of the rule. */
  function addCommunityYear(p: number): void {
    const s = ruleSetting("comm-year2", overrides);
    if (!s) return;
    const m = measure(p, weeksOf("地域医療", 1));
    if (m.terms.length === 0) return;
    if (s.severity === "error") {
      require("comm-year2", s, p, m, "max", 0, { key: "地域医療", year: 1 });
      return;
    }
    const w = WEIGHT[s.severity];
    for (const [v, c] of m.terms) softSlacks.push({ variable: v, weight: w * c, hi: 1 });
  }

  /**
   * 内科, 救急, 地域医療 in stretches of at least the rule's weeks: a stretch that starts at a block
   * holds the field for as many blocks as reach the minimum. Blocks of 4 weeks or more meet it alone.
   */
  function addContiguity(p: number, plan: Plan): void {
    const s = ruleSetting("block-4w", overrides);
    if (!s) return;
    const min = param(s, "min");
    const slots = plan.slots;
    if (slots.every((x) => x.weeks + EPS >= min)) return;
    contiguity = true;
    for (const field of ["内科", "救急", "地域医療"]) {
      const inField = slots.map((slot): Measured => {
        const d = decisionOf(p, slot.index);
        if (d === undefined) return { terms: [], fixed: contribution(slot.parsed, 1, field) };
        const terms: Terms = [];
        for (const o of d.options) if (contribution(parsedOf(slot, o.option), 1, field) > 0) terms.push([o.variable, 1]);
        return { terms, fixed: 0 };
      });
      const inFieldAt = (i: number): Measured => at(inField, i, "inField has one entry per slot");
      slots.forEach((slot, i) => {
        const here = inFieldAt(i);
        if (here.terms.length === 0) return;
        const before = inField[i - 1];
        let weeks = slot.weeks;
        for (const [k, later] of slots.slice(i + 1).entries()) {
          if (weeks + EPS >= min) break;
          const j = i + 1 + k;
          // starts here (here − before) ⇒ block j too: here − before − there ≤ slack
          const there = inFieldAt(j);
          const terms: Terms = [...here.terms, ...negated(before?.terms ?? []), ...negated(there.terms)];
          const fixed = -(before?.fixed ?? 0) - there.fixed;
          const slack = slackVar(s, 1);
          b.row([...terms, [slack.variable, -1]], -Infinity, -fixed);
          weeks += later.weeks;
        }
        if (weeks + EPS < min) {
          // A stretch that starts here cannot reach the minimum before the plan ends.
          const slack = slackVar(s, 1);
          b.row([...here.terms, ...negated(before?.terms ?? []), [slack.variable, -1]], -Infinity, before?.fixed ?? 0);
        }
      });
    }
  }

  /** 基幹型 ≥ 52 weeks (地域医療 elsewhere counts up to its cap), when every block's site is known. */
  function addCoreSite(p: number, plan: Plan, scale: number): void {
    const s = ruleSetting("core-52w", overrides);
    if (!s) return;
    const filled = plan.slots.filter((x) => x.parsed.kind !== "leave");
    if (filled.length === 0 || filled.some((x) => !x.site || x.site.kind === "unknown")) return;
    const core = filled.filter((x) => x.site?.kind === "core").reduce((sum, x) => sum + x.weeks, 0);
    const community = measure(p, (parsed, slot) => (slot.site?.kind === "core" ? 0 : contribution(parsed, slot.weeks, "地域医療")));
    const counted = b.variable("c", false, 0, param(s, "communityMax") * scale);
    b.row([[counted, 1], ...negated(community.terms)], -Infinity, community.fixed);
    require("core-52w", s, p, { terms: [[counted, 1]], fixed: core }, "min", param(s, "min"));
  }

  /** No more residents in a field (or field at a site) in a block than its 定員. */
  function addCapacity(): void {
    const s = ruleSetting("capacity", overrides);
    if (!s || capacity.length === 0) return;
    const blocks = Math.max(0, ...grid.plans.map((x) => x.slots.length));
    capacity.forEach((entry, e) => {
      for (let i = 0; i < blocks; i++) {
        const terms: Terms = [];
        let fixed = 0;
        grid.plans.forEach((plan, p) => {
          const slot = plan.slots[i];
          if (!slot) return;
          const d = decisionOf(p, i);
          if (d === undefined) {
            if (countsToward(entry, slot.parsed, slot.site?.text)) fixed++;
            return;
          }
          for (const o of d.options) if (countsToward(entry, parsedOf(slot, o.option), slot.site?.text)) terms.push([o.variable, 1]);
        });
        if (terms.length === 0 && fixed <= entry.capacity) continue;
        require("capacity", s, undefined, { terms, fixed }, "max", entry.capacity, { entry: e, block: i, key: entry.label });
      }
    });
  }

  /** An empty merged area is one rotation over its blocks (the coordinator drew it so). */
  function addMergedAreas(): void {
    const merges = options.merges ?? [];
    if (merges.length === 0) return;
    grid.plans.forEach((plan, p) => {
      const groups = new Map<Area, CellDecision[]>();
      for (const slot of plan.slots) {
        const d = decisionOf(p, slot.index);
        if (d === undefined || slot.parsed.kind !== "empty") continue;
        const here = must(fromA1(slot.cell), "a slot's cell is an A1 address");
        const area = merges.find((m) => here.row >= m.top && here.row <= m.bottom && here.col >= m.left && here.col <= m.right);
        if (!area) continue;
        const list = groups.get(area) ?? [];
        list.push(d);
        groups.set(area, list);
      }
      for (const group of groups.values()) {
        const [first, ...rest] = group;
        for (const other of rest) {
          first?.options.forEach((o, k) => b.row([[o.variable, 1], [at(other.options, k, "empty blocks of one plan have the same options").variable, -1]], 0, 0));
        }
      }
    });
  }

  /**
   * Wishes met as well as possible, fairly: each resident's share of their wishes met (0–1) is at
   * least `worst`, which weighs more than the total.
   */
  function addPreferences(): Array<{ plan: number; variable: number; max: number }> {
    if (prefs.length === 0 || mode === "fix") return [];
    const out: Array<{ plan: number; variable: number; max: number }> = [];
    const worst = b.variable("w", false, 0, 1, -PREF_WORST);
    grid.plans.forEach((plan, p) => {
      const mine = prefs.filter((x) => x.trainee === plan.trainee);
      if (mine.length === 0) return;
      const total = mine.reduce((sum, x) => sum + x.weight, 0);
      const met: Terms = [];
      for (const pref of mine) {
        // A wish is met by at least one block of its field in its year or block.
        const served = b.variable("g", false, 0, 1, -PREF_TOTAL * (pref.weight / total));
        const terms: Terms = [];
        for (const slot of plan.slots) {
          if (pref.year !== undefined && slot.year !== pref.year) continue;
          if (pref.block !== undefined && slot.index !== pref.block - 1) continue;
          const d = decisionOf(p, slot.index);
          if (d === undefined) continue;
          for (const o of d.options) if (o.option >= 0 && sameRotation(at(choices, o.option, "an option is a choice's index").parsed, pref.parsed)) terms.push([o.variable, 1]);
        }
        b.row([[served, 1], ...negated(terms)], -Infinity, 0);
        met.push([served, pref.weight / total]);
      }
      const share = b.variable("m", false, 0, 1);
      b.row([[share, 1], ...negated(met)], 0, 0);
      b.row([[worst, 1], [share, -1]], -Infinity, 0);
      out.push({ plan: p, variable: share, max: 1 });
    });
    return out;
  }
}

/** Weights of wishes: the worst-served resident's share first, then every resident's. A wish weighs more than an info (rec-8w: 4 per block) and less than a warning (40 per block). */
const PREF_WORST = 20;
const PREF_TOTAL = 10;

/** Whether two cells say the same rotation (field, subspecialties, 一般外来 mark). */
export function sameRotation(a: ParsedCell, b: ParsedCell): boolean {
  return a.field === b.field && a.generalOutpatient === b.generalOutpatient && a.subs.length === b.subs.length && a.subs.every((s) => b.subs.includes(s));
}
