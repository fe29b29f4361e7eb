import { areaFromA1, areaToA1 } from "../model/address";
import type { Grid, Plan, Slot } from "../model/plan";
import type { NonEmpty } from "../model/invariant";
import { EPS, PLAN_WEEKS, YEAR_WEEKS } from "../model/units";

/**
 * A plan wrapped over several rows (six or twelve months a row, each with its own header): the
 * cohort grids found under consecutive headers that each cover part of the two years, whose
 * residents are the same people, joined into one grid (issue 8). Each later part starts where the
 * earlier ones end. A resident is matched by name, or by order where the later parts name nobody.
 */
export function joinWrapped(grids: readonly Grid[]): Grid[] {
  const out: Grid[] = [];
  let chain: Grid[] = [];
  let weeks = 0;
  const flush = () => {
    const [first, ...rest] = chain;
    if (first) out.push(rest.length === 0 ? first : join([first, ...rest]));
    chain = [];
    weeks = 0;
  };
  for (const grid of grids) {
    const own = gridWeeks(grid);
    const [first] = chain;
    const last = chain.at(-1);
    if (first && last && own < PLAN_WEEKS - EPS && weeks + own <= PLAN_WEEKS + EPS && sameResidents(first, grid) && grid.layout === last.layout) {
      chain.push(grid);
      weeks += own;
      continue;
    }
    flush();
    if (own < PLAN_WEEKS - EPS && grid.layout !== "course-sheet") {
      chain = [grid];
      weeks = own;
    } else out.push(grid);
  }
  flush();
  return out;
}

function gridWeeks(grid: Grid): number {
  return grid.plans.reduce((n, p) => Math.max(n, p.gridWeeks), 0);
}

const UNNAMED = /^\(氏名なし/;

function sameResidents(a: Grid, b: Grid): boolean {
  const names = new Set(a.plans.map((p) => p.trainee));
  if (b.plans.some((p) => !UNNAMED.test(p.trainee) && names.has(p.trainee))) return true;
  return b.plans.every((p) => UNNAMED.test(p.trainee)) && b.plans.length === a.plans.length;
}

function join(chain: NonEmpty<Grid>): Grid {
  // Each part with the weeks of the parts before it.
  let sum = 0;
  const parts = chain.map((grid) => {
    const offset = sum;
    sum += gridWeeks(grid);
    return { grid, offset };
  });
  const place = (startWeek: number): 1 | 2 => (startWeek < YEAR_WEEKS - EPS ? 1 : 2);
  const first = chain[0];
  const plans = first.plans.map((p) => ({ plan: p, slots: [...p.slots], parallel: [...p.parallel], rows: [...(p.rows ?? [p.row])] }));
  parts.slice(1).forEach(({ grid: part, offset }) => {
    part.plans.forEach((p, i) => {
      const target = plans.find((q) => q.plan.trainee === p.trainee) ?? (UNNAMED.test(p.trainee) ? plans[i] : undefined);
      if (!target) return;
      const base = target.slots.length;
      const shift = (s: Slot): Slot => ({ ...s, startWeek: s.startWeek + offset, index: base + s.index, year: place(s.startWeek + offset) });
      target.slots.push(...p.slots.map(shift));
      target.parallel.push(...p.parallel.map(shift));
      target.rows.push(...(p.rows ?? [p.row]));
    });
  });
  const areas = chain.map((g) => areaFromA1(g.range)).filter((a) => a !== undefined);
  const range = areaToA1({
    top: Math.min(...areas.map((a) => a.top)),
    left: Math.min(...areas.map((a) => a.left)),
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  });
  return {
    ...first,
    range,
    plans: plans.map(({ plan: { rows: _rows, ...plan }, slots, parallel, rows }): Plan => ({
      ...plan,
      slots,
      parallel,
      gridWeeks: slots.reduce((n, s) => n + s.weeks, 0),
      ...(rows.length > 1 ? { rows } : {}),
    })),
    headers: parts.flatMap(({ grid: g, offset }) =>
      (g.headers ?? []).map((h) => ({ ...h, columns: h.columns.map((c) => ({ ...c, startWeek: c.startWeek + offset, year: place(c.startWeek + offset) })) })),
    ),
  };
}
