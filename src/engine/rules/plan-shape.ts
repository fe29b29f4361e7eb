import type { Plan, Site, Slot } from "../model/plan";
import { at, InternalError } from "../model/invariant";

/**
 * Two residents whose plans read alike (the same cells, read the same way, in the same blocks) get
 * the same findings, pointing at their own cells: the two-year rules see a plan only through what
 * is compared here, and read a cell's address only to point at it. A cohort filled from the
 * department's course templates holds many such rows; validatePlans runs the rules on the first of
 * them and points the findings at each other's cells.
 *
 * What of a plan the rules see, and what only names or places it. Typed over every key, so that a
 * key added to a plan or a slot must be sorted here (and compared in {@link samePlanShape} when the
 * rules see it).
 */
export const PLAN_KEYS: Readonly<Record<keyof Plan, "seen" | "where">> = {
  sheet: "where",
  trainee: "where",
  nameCell: "where",
  row: "where",
  rows: "where",
  course: "seen",
  template: "seen",
  unknownCourse: "seen", // its text; its cell is where
  slots: "seen",
  parallel: "seen",
  gridWeeks: "seen",
  upperLimitScale: "seen",
};
export const SLOT_KEYS: Readonly<Record<keyof Slot, "seen" | "where">> = {
  cell: "where",
  index: "seen",
  startWeek: "seen",
  weeks: "seen",
  year: "seen",
  parsed: "seen", // the same reading (parsed cells are made once per text and vocabulary)
  site: "seen",
  ditto: "seen", // its text; the cell it continues is where
};
export const SITE_KEYS: Readonly<Record<keyof Site, "seen">> = { text: "seen", kind: "seen" };

/** Whether two plans read alike in everything the rules see (names, rows and cell addresses aside). */
export function samePlanShape(a: Plan, b: Plan): boolean {
  return (
    a.course === b.course &&
    a.template === b.template &&
    a.gridWeeks === b.gridWeeks &&
    a.upperLimitScale === b.upperLimitScale &&
    a.unknownCourse?.text === b.unknownCourse?.text &&
    (a.unknownCourse === undefined) === (b.unknownCourse === undefined) &&
    sameSlots(a.slots, b.slots) &&
    sameSlots(a.parallel, b.parallel)
  );
}

function sameSlots(a: readonly Slot[], b: readonly Slot[]): boolean {
  // Most plans that differ do so from their first block: told apart before the walk.
  if (a.length !== b.length || a[0]?.parsed !== b[0]?.parsed) return false;
  return a.every((s, i) => {
    const t = b[i];
    return (
      t !== undefined &&
      s.parsed === t.parsed &&
      s.index === t.index &&
      s.startWeek === t.startWeek &&
      s.weeks === t.weeks &&
      s.year === t.year &&
      sameSite(s.site, t.site) &&
      s.ditto?.text === t.ditto?.text &&
      (s.ditto === undefined) === (t.ditto === undefined)
    );
  });
}

function sameSite(a: Site | undefined, b: Site | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.kind === b.kind);
}

/**
 * Each of a plan's cells by its place in the plan (its role): the slots', then the parallel
 * row's, then the name's, then the course mark's. Two plans of the same shape have the same roles.
 * Undefined when one address plays two roles (then a finding's cell could not be placed).
 */
export function cellRoles(plan: Plan): Map<string, number> | undefined {
  const roles = new Map<string, number>();
  const cells = [...plan.slots.map((s) => s.cell), ...plan.parallel.map((s) => s.cell), plan.nameCell, ...(plan.unknownCourse ? [plan.unknownCourse.cell] : [])];
  for (const [role, cell] of cells.entries()) {
    if (roles.has(cell)) return undefined;
    roles.set(cell, role);
  }
  return roles;
}

/** The cell that plays a role (see {@link cellRoles}) in a plan of the same shape. */
export function cellOfRole(plan: Plan, role: number): string {
  const slots = plan.slots.length;
  if (role < slots) return at(plan.slots, role, "a role below the slots' count is a slot").cell;
  if (role < slots + plan.parallel.length) return at(plan.parallel, role - slots, "a role below the parallel row's end is a parallel slot").cell;
  if (role === slots + plan.parallel.length) return plan.nameCell;
  if (plan.unknownCourse && role === slots + plan.parallel.length + 1) return plan.unknownCourse.cell;
  throw new InternalError(`role ${role} is no cell of a plan of this shape`);
}
