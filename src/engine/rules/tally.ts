import type { Plan, SiteKind, Slot } from "../model/plan";
import { parseCell } from "../vocabulary/parse-cell";
import { byFieldOrder } from "../vocabulary/fields";
import { EPS } from "../model/units";
import { lastOf } from "../model/invariant";
import { subKey } from "../model/field-key";

const GENERAL_OUTPATIENT = "一般外来";

/** A run of consecutive blocks in one field (for the block rule). */
export interface Stint {
  readonly field: string;
  readonly slots: readonly Slot[];
  readonly weeks: number;
}

/**
 * Everything the two-year rules count, computed once per plan (CONTRACT §5's conventions):
 * a rotation counts in full for its field and is split evenly among its subspecialties; leave and
 * unknown text are not gaps; 一般外来 may run in parallel.
 */
export interface PlanTally {
  readonly plan: Plan;
  /** Weeks per field, both years. */
  readonly weeks: ReadonlyMap<string, number>;
  /** Weeks per field per year ([year 1, year 2]). */
  readonly yearWeeks: readonly [ReadonlyMap<string, number>, ReadonlyMap<string, number>];
  /** Weeks per `field/sub`, split evenly among the subspecialties a cell names. */
  readonly subWeeks: ReadonlyMap<string, number>;
  readonly yearSubWeeks: readonly [ReadonlyMap<string, number>, ReadonlyMap<string, number>];
  readonly slotsByField: ReadonlyMap<string, readonly Slot[]>;
  readonly slotsBySub: ReadonlyMap<string, readonly Slot[]>;
  /** 一般外来, marked in a cell or in a parallel row. */
  readonly generalOutpatientWeeks: number;
  readonly generalOutpatientSlots: readonly Slot[];
  readonly leaveWeeks: number;
  readonly leaveSlots: readonly Slot[];
  readonly gapSlots: readonly Slot[];
  readonly unknownSlots: readonly Slot[];
  /** Weeks per kind of site, over the blocks whose site is known. */
  readonly siteWeeks: ReadonlyMap<SiteKind, number>;
  /** Whether every filled block has a site of a known kind. */
  readonly sitesKnown: boolean;
  readonly stints: readonly Stint[];
}

/** A year's entry of a [year 1, year 2] pair. */
export const ofYear = <T>(pair: readonly [T, T], year: 1 | 2): T => (year === 1 ? pair[0] : pair[1]);

const add = <K>(map: Map<K, number>, key: K, weeks: number) => map.set(key, (map.get(key) ?? 0) + weeks);
const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function tallyPlan(plan: Plan): PlanTally {
  const weeks = new Map<string, number>();
  const yearWeeks: [Map<string, number>, Map<string, number>] = [new Map<string, number>(), new Map<string, number>()];
  const subWeeks = new Map<string, number>();
  const yearSubWeeks: [Map<string, number>, Map<string, number>] = [new Map<string, number>(), new Map<string, number>()];
  const slotsByField = new Map<string, Slot[]>();
  const slotsBySub = new Map<string, Slot[]>();
  const goSlots: Slot[] = [];
  const leaveSlots: Slot[] = [];
  const gapSlots: Slot[] = [];
  const unknownSlots: Slot[] = [];
  const siteWeeks = new Map<SiteKind, number>();
  let goWeeks = 0;
  let leaveWeeks = 0;
  let sitesKnown = true;
  const stints: Stint[] = [];
  let stint: { field: string; slots: [Slot, ...Slot[]]; weeks: number } | undefined;

  for (const slot of plan.slots) {
    const p = slot.parsed;
    const field = p.kind === "rotation" ? p.field : undefined;
    if (stint && (field !== stint.field || slot.index !== lastOf(stint.slots).index + 1)) {
      stints.push(stint);
      stint = undefined;
    }
    if (field !== undefined) {
      if (stint) {
        stint.slots.push(slot);
        stint.weeks += slot.weeks;
      } else stint = { field, slots: [slot], weeks: slot.weeks };
    }
    switch (p.kind) {
      case "empty":
        gapSlots.push(slot);
        continue;
      case "leave":
        leaveSlots.push(slot);
        leaveWeeks += slot.weeks;
        continue;
      case "unknown":
      case "ditto":
        unknownSlots.push(slot);
        break;
      case "rotation": {
        add(weeks, p.field, slot.weeks);
        add(ofYear(yearWeeks, slot.year), p.field, slot.weeks);
        push(slotsByField, p.field, slot);
        const share = slot.weeks / Math.max(1, p.subs.length);
        for (const sub of p.subs) {
          const key = subKey(p.field, sub);
          add(subWeeks, key, share);
          add(ofYear(yearSubWeeks, slot.year), key, share);
          push(slotsBySub, key, slot);
        }
        if (p.generalOutpatient && field !== "一般外来") {
          goWeeks += slot.weeks;
          goSlots.push(slot);
        }
        break;
      }
    }
    if (slot.site && slot.site.kind !== "unknown") add(siteWeeks, slot.site.kind, slot.weeks);
    else sitesKnown = false;
  }
  if (stint) stints.push(stint);

  // 一般外来 as a block of its own, or in a parallel row: each week counted once.
  const goWeekSet = new Set(goSlots.map((s) => s.index));
  for (const slot of [...(slotsByField.get(GENERAL_OUTPATIENT) ?? []), ...plan.parallel.filter((s) => s.parsed.kind === "rotation")]) {
    if (goWeekSet.has(slot.index)) continue;
    goWeekSet.add(slot.index);
    goWeeks += slot.weeks;
    goSlots.push(slot);
  }

  return {
    plan,
    weeks,
    yearWeeks,
    subWeeks,
    yearSubWeeks,
    slotsByField,
    slotsBySub,
    generalOutpatientWeeks: goWeeks,
    generalOutpatientSlots: goSlots,
    leaveWeeks,
    leaveSlots,
    gapSlots,
    unknownSlots,
    siteWeeks,
    sitesKnown: sitesKnown && siteWeeks.size > 0,
    stints,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Weeks per field of one plan, as CONTRACT §3's JSON lists them (fields in the vocabulary's order:
 * the national fields, 一般外来, then the electives; 一般外来 includes parallel weeks).
 */
export function weeksByField(plan: Plan): Record<string, number> {
  return weeksOfTally(tallyPlan(plan));
}

/** {@link weeksByField} from a tally already made. */
export function weeksOfTally(tally: PlanTally): Record<string, number> {
  const fields = [...tally.weeks.keys()].filter((field) => field !== GENERAL_OUTPATIENT);
  if (tally.generalOutpatientWeeks > EPS) fields.push(GENERAL_OUTPATIENT);
  // One order for every resident (the vocabulary's), whatever order the plan met its fields in: residents
  // read alike side by side (the JSON report gives one a line), and a cohort's thousands of summaries keep
  // a few object shapes, where an order per plan made V8 build a new shape for most residents (issue 13).
  fields.sort(byFieldOrder);
  const out: Record<string, number> = {};
  for (const field of fields) out[field] = round2(field === GENERAL_OUTPATIENT ? tally.generalOutpatientWeeks : (tally.weeks.get(field) ?? 0));
  return out;
}


/**
 * Weeks of one field or subspecialty in a plan, the field given in any spelling a cell may use.
 *
 * @example weeksOf(plan, "血液内科") // → weeks of 内科(血液), split evenly where a cell names several
 * @example weeksOf(plan, "救急")     // → weeks of 救急 (麻酔科 not included)
 */
export function weeksOf(plan: Plan, fieldText: string): number | undefined {
  const parsed = parseCell(fieldText);
  if (parsed.kind !== "leave" && parsed.kind !== "rotation") return undefined;
  const tally = tallyPlan(plan);
  if (parsed.kind === "leave") return round2(tally.leaveWeeks);
  if (parsed.field === "一般外来") return round2(tally.generalOutpatientWeeks);
  if (parsed.subs.length === 0) return round2(tally.weeks.get(parsed.field) ?? 0);
  return round2(parsed.subs.reduce((sum, sub) => sum + (tally.subWeeks.get(subKey(parsed.field, sub)) ?? 0), 0));
}
