import { EPS } from "../../model/units";
import { CS_MESSAGES } from "../../messages/cs";
import type { RuleDefinition, RuleHit } from "../../rules/rule";
import type { TimedPeriod } from "../timeline";
import type { CsSubject } from "../subject";
import { periodCell } from "../subject";
import { editionHit } from "./tag";


/**
 * Whether a period needs a reason: a leave, a row marked as an extension (or with a reason in the
 * reason column), or a row beyond the longest course the edition allows.
 */
export function needsReason(t: TimedPeriod, yearsMax: number): boolean {
  const p = t.period;
  return t.role === "leave" || p.extension || (p.reason !== undefined && p.reason.cell === p.cells.reason) || t.start + t.duration > yearsMax + EPS;
}

/**
 * `cs-length`: the course's length. Seed 001 Ⅰ.2.(1) "7年間" (FY2021 edition: exactly 7); the FY2024
 * revision: at least 5 (1 clinical + 4 research), at most 7 (our reading). Leave does not count
 * toward the minimum. Beyond the maximum, every year needs an allowed extension reason (Ⅲ.1): the
 * course may run to the maximum plus the length of the periods with one. A stated reason that is not
 * allowed is also `cs-extension-reason`'s.
 *
 * `extraYearsAllowed`: years a program allows beyond the edition's maximum without a reason (0).
 */
export const csLength: RuleDefinition<CsSubject, { extraYearsAllowed: number }> = {
  id: "cs-length",
  severity: "error",
  group: "clinician-scientist",
  source: "seed 001 Ⅰ.2.(1), Ⅲ.1; FY2024 revision (trade press; not in the seed)",
  description: {
    ja: "コース期間が版の定める長さ (2021年度版: 7年、2024年度改定: 5〜7年) で、超える分に認められた延長理由があること",
    en: "the course is as long as its edition says (FY2021: 7 years; FY2024: 5 to 7), and any longer only with an allowed extension reason",
  },
  params: { extraYearsAllowed: 0 },
  paramSpecs: { extraYearsAllowed: { unit: "years", lo: 0, hi: 10, stricter: "lower", description: { ja: "理由なしに認める延長の年数", en: "Years allowed beyond the edition's maximum without a reason" } } },
  check({ plan, edition, timeline }, { extraYearsAllowed }) {
    const last = timeline.periods.at(-1);
    if (!last) return [];
    const hits: RuleHit[] = [];
    if (timeline.counted < edition.yearsMin - EPS) {
      hits.push(editionHit(edition, [periodCell(last.period, plan)], CS_MESSAGES.tooShort(timeline.counted, edition.yearsMin)));
    } else if (timeline.research < edition.researchYearsMin - EPS) {
      const cells = timeline.periods.filter((t) => t.role === "research").map((t) => t.period.cells.phase ?? periodCell(t.period, plan));
      hits.push(editionHit(edition, cells.length ? cells : [plan.nameCell], CS_MESSAGES.researchTooShort(timeline.research, edition.researchYearsMin)));
    }

    const max = edition.yearsMax + extraYearsAllowed;
    const excused = timeline.periods.filter((t) => needsReason(t, max) && t.period.reason?.allowed !== undefined).reduce((s, t) => s + t.duration, 0);
    const excess = timeline.total - (max + excused);
    if (excess > EPS) {
      // The last periods without an allowed reason, as many as make up the excess.
      const blamed: TimedPeriod[] = [];
      let sum = 0;
      for (const t of [...timeline.periods].reverse()) {
        if (sum >= excess - EPS) break;
        if (t.period.reason?.allowed !== undefined) continue;
        blamed.unshift(t);
        sum += t.duration;
      }
      if (blamed.length === 0) blamed.push(last);
      hits.push(
        editionHit(
          edition,
          blamed.map((t) => periodCell(t.period, plan)),
          CS_MESSAGES.tooLong(timeline.total, max, excess, blamed.map((t) => t.period.label)),
        ),
      );
    }
    return hits;
  },
};
