import {
  SEVERITY_ORDER,
  type CourseId,
  type Finding,
  type Severity,
  type ValidationReport,
} from "../../engine";
import { weekBars, type WeekBar } from "./bars";

/** One resident as the pane shows them: their findings (errors first), weeks and course. */
export interface ResidentView {
  readonly key: string;
  readonly sheet: string;
  /** "" for findings about a whole grid (capacity). */
  readonly name: string;
  /** 1-based sheet row; 0 for a whole grid. */
  readonly row: number;
  readonly course: CourseId | "cs" | null;
  readonly bars: readonly WeekBar[];
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** The most severe finding's severity; null when there is none. */
  readonly worst: Severity | null;
}

const keyOf = (sheet: string, name: string) => `${sheet}\u0000${name}`;

/**
 * Groups a report's findings by resident: residents with findings first (those with errors, then
 * warnings, then infos, each in sheet order), findings about a whole grid (capacity) at the very
 * top, and the residents without findings after them all.
 */
export function residentViews(report: ValidationReport): ResidentView[] {
  const findingsOf = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = keyOf(f.sheet, f.trainee);
    const list = findingsOf.get(key);
    if (list) list.push(f);
    else findingsOf.set(key, [f]);
  }
  const views: ResidentView[] = [];
  const seen = new Set<string>();
  for (const grid of report.grids) {
    for (const t of grid.trainees) {
      const key = keyOf(grid.sheet, t.name);
      const findings = seen.has(key) ? [] : (findingsOf.get(key) ?? []);
      seen.add(key);
      views.push(
        view(`${key}\u0000${t.row}`, grid.sheet, t.name, t.row, t.course, weekBars(t), findings)
      );
    }
  }
  // Findings about no resident of the grids (a whole grid's capacity): a group of their own.
  for (const [key, findings] of findingsOf) {
    if (seen.has(key)) continue;
    const [sheet = "", name = ""] = key.split("\u0000");
    views.push(view(`${key}\u0000-`, sheet, name, 0, null, [], findings));
  }
  const rank = (v: ResidentView) => (v.worst === null ? 3 : SEVERITY_ORDER[v.worst]);
  return views
    .map((v, i) => ({ v, i }))
    .sort(
      (a, b) =>
        (a.v.row === 0 ? -1 : 0) - (b.v.row === 0 ? -1 : 0) || rank(a.v) - rank(b.v) || a.i - b.i
    )
    .map(({ v }) => v);
}

function view(
  key: string,
  sheet: string,
  name: string,
  row: number,
  course: ResidentView["course"],
  bars: WeekBar[],
  findings: readonly Finding[]
): ResidentView {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
  );
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of sorted) counts[f.severity]++;
  return {
    key,
    sheet,
    name,
    row,
    course,
    bars,
    findings: sorted,
    counts,
    worst: sorted[0]?.severity ?? null,
  };
}
