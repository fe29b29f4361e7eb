/**
 * Where each period of a plan falls in the course: its start and length in years, and its phase
 * (as written, or inferred when the phase cell is empty). Leave (休止) does not count toward the
 * course's years; everything else is counted from the first period on.
 */
import type { CsEdition } from "./editions";
import type { CsPeriod, CsPlan } from "./plan";
import type { CsPhase } from "./vocabulary";

export interface TimedPeriod {
  readonly period: CsPeriod;
  /** Years from the course's start to this period's start. */
  readonly start: number;
  /** Length in years: 1 for a year, 0.5 for a half-year, n for "1〜n年目". */
  readonly duration: number;
  /** Counted (not leave) years before this period. */
  readonly countedStart: number;
  /** The phase: as written, or inferred when the phase cell is empty (then `inferred`). */
  readonly role: CsPhase;
  readonly inferred: boolean;
  /** Research effort in percent; a clinical period with none is 0, study abroad with none is 100. */
  readonly effort?: number;
}

export interface CsTimeline {
  readonly periods: readonly TimedPeriod[];
  /** Years in all, leave included. */
  readonly total: number;
  /** Years that count toward the course (leave aside). */
  readonly counted: number;
  /** The clinical phase: the counted years from the start while the periods are clinical. */
  readonly clinicalRun: number;
  /** Years of research phase. */
  readonly research: number;
  readonly startFiscalYear?: number;
  /** The last calendar year of the course (its March): start fiscal year + years in all (unknown with no periods). */
  readonly endYear?: number;
}

/**
 * Places a plan's periods on the course's time line.
 *
 * Period cells give the place: course years (`1年目`, `3年目 後期`, `1〜2年目`) or fiscal years
 * (`2024`, `R6`, counted from the course start, else from the earliest). Several rows with the
 * same year and no 前期 / 後期 share it evenly, in row order. A row whose period cannot be read
 * follows the row before it and lasts a year.
 */
export function placePeriods(plan: CsPlan, edition: CsEdition): CsTimeline {
  const fiscalStarts = plan.periods.flatMap((p) => (p.when?.kind === "fiscal" ? [p.when.from] : []));
  const startFiscalYear = plan.facts.start?.value?.fiscalYear ?? (fiscalStarts.length ? Math.min(...fiscalStarts) : undefined);

  // How many rows share each whole-year place, to split it.
  const keyOf = (w: NonNullable<CsPeriod["when"]>): string => `${w.kind}:${w.from}:${w.to}`;
  const shareKey = (p: CsPeriod): string | undefined => (p.when && !p.when.half ? keyOf(p.when) : undefined);
  const sharing = new Map<string, number>();
  for (const p of plan.periods) {
    const k = shareKey(p);
    if (k) sharing.set(k, (sharing.get(k) ?? 0) + 1);
  }
  const seen = new Map<string, number>();

  const placed: Array<{ period: CsPeriod; start: number; duration: number }> = [];
  let previousEnd = 0;
  for (const p of plan.periods) {
    let start: number | undefined;
    let duration = 1;
    const w = p.when;
    const base = w ? (w.kind === "course" ? w.from - 1 : startFiscalYear !== undefined ? w.from - startFiscalYear : undefined) : undefined;
    if (w && base !== undefined) {
      const span = w.to - w.from + 1;
      if (w.half) {
        start = base + (w.half - 1) * 0.5;
        duration = 0.5;
      } else {
        const k = keyOf(w);
        const n = sharing.get(k) ?? 1;
        const i = seen.get(k) ?? 0;
        seen.set(k, i + 1);
        duration = span / n;
        start = base + i * duration;
      }
    }
    if (start === undefined) start = previousEnd;
    placed.push({ period: p, start, duration });
    previousEnd = start + duration;
  }
  placed.sort((a, b) => a.start - b.start || a.period.row - b.period.row);

  const periods: TimedPeriod[] = [];
  let counted = 0;
  let clinicalRun = 0;
  let inClinicalRun = true;
  let research = 0;
  for (const { period, start, duration } of placed) {
    const inferredRole = period.phase === undefined;
    const role: CsPhase = period.phase ?? inferPhase(period, counted, edition);
    const effort = period.effort ?? (role === "clinical" ? 0 : role === "research" && period.abroad ? 100 : undefined);
    periods.push({ period, start, duration, countedStart: counted, role, inferred: inferredRole, ...(effort !== undefined ? { effort } : {}) });
    if (role === "leave") continue;
    counted += duration;
    if (role === "clinical" && inClinicalRun) clinicalRun += duration;
    else inClinicalRun = false;
    if (role === "research") research += duration;
  }
  const total = placed.reduce((s, p) => s + p.duration, 0);
  return {
    periods,
    total,
    counted,
    clinicalRun,
    research,
    ...(startFiscalYear !== undefined ? { startFiscalYear } : {}),
    ...(startFiscalYear !== undefined && total > 0 ? { endYear: startFiscalYear + Math.ceil(total) } : {}),
  };
}

/** An empty phase cell: research when the row shows research (effort, 留学, 大学院 …), else by position. */
function inferPhase(p: CsPeriod, countedBefore: number, edition: CsEdition): CsPhase {
  if (p.effort !== undefined) return p.effort > 0 ? "research" : "clinical";
  if (p.abroad || p.siteKind === "graduate" || p.siteKind === "national-centre") return "research";
  return countedBefore < edition.clinicalYearsMin ? "clinical" : "research";
}
