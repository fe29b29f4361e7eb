import { findGrids } from "../detect/find-grids";
import { fromA1 } from "../model/address";
import { must } from "../model/invariant";
import type { Finding } from "../model/finding";
import type { CourseId, Grid } from "../model/plan";
import type { SheetData } from "../model/sheet";
import { PLAN_MESSAGES as M } from "../messages/plan";
import type { RuleOverride } from "../options";
import type { ValidationReport } from "../report";
import { readCapacity } from "../rules/capacity";
import { EMPTY_PROFILE, type Profile } from "../profile/profile";
import { profileVocabulary } from "../profile";
import { checkWorkbook, rulesInForce, workbookProfile } from "../validate";
import { parseCell } from "../vocabulary/parse-cell";
import { contribution } from "./choices";
import { buildGridModel, type PlanMode } from "./build-model";
import { applyEdits, editsFor, type Change, type SheetEdits } from "./edits";
import { toLpFormat } from "./lp-format";
import { readPreferences, type Preference } from "./preferences";
import { explain, readDecisions, type Reason } from "./read-solution";
import type { LpSolver } from "./solver";
import { tidyDecisions } from "./tidy";

export interface PlanWorkbookOptions {
  /** `plan` fills empty blocks; `fix` changes the fewest blocks so that no error is left. */
  readonly mode: PlanMode;
  readonly sheet?: string;
  readonly course?: CourseId;
  readonly rules?: Readonly<Record<string, RuleOverride>>;
  /** The program's profile (its rules, own fields and vocabulary), as the validator takes it. */
  readonly profile?: Profile | null;
  /** Seconds per grid; the best plan found so far is taken when it is reached. Default 60. */
  readonly timeLimit?: number;
  /** Texts the planner may also write (a program's own fields). */
  readonly extraChoices?: readonly string[];
  /** Called as grids are modelled and solved. */
  readonly onProgress?: (stage: "model" | "solve" | "check", done: number, total: number) => void;
}

/** A block the planner filled or changed, and for a repair the error it clears. */
export interface PlannedChange extends Change {
  readonly resolves?: { readonly rule: string; readonly message: string; readonly message_en: string };
}

export interface PlanOutcome {
  /** Every plan complete with no error finding (and no capacity exceeded). */
  readonly ok: boolean;
  /** `done`: a plan was made (or nothing needed doing); `no-plan`: the rules cannot all hold; `time-limit`: none found in time. */
  readonly status: "done" | "no-plan" | "time-limit" | "no-grid";
  readonly changes: readonly PlannedChange[];
  readonly edits: readonly SheetEdits[];
  /** The sheets as they read with the edits written (what was validated). */
  readonly sheets: readonly SheetData[];
  readonly before: ValidationReport;
  readonly after: ValidationReport;
  readonly reasons: readonly Reason[];
  readonly stats: { readonly grids: number; readonly residents: number; readonly variables: number; readonly rows: number; readonly timedOut: boolean };
}

/**
 * Plans (fills the empty blocks of) or repairs every two-year grid of the workbook with a MIP solver
 * the caller gives, then checks the result with the validator: a plan is `ok` only when the
 * validator finds no error in the sheets as written. Pure apart from the solver.
 */
export async function planWorkbook(sheets: readonly SheetData[], options: PlanWorkbookOptions, solve: LpSolver): Promise<PlanOutcome> {
  // The caller's profile, else the workbook's own 規則 sheet (as checkWorkbook reads it), given to
  // the validator explicitly so that the plan and its check use the same one.
  const inForce = options.profile === undefined ? workbookProfile(sheets) : options.profile;
  const validateOptions = {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.course !== undefined ? { course: options.course } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    profile: inForce,
  };
  const before = checkWorkbook(sheets, validateOptions).report;
  // The rules in force as the validator applies them (the profile's, then the caller's), and the
  // program's own fields and spellings.
  const overrides = rulesInForce(validateOptions);
  const profile = inForce ?? EMPTY_PROFILE;
  const vocabulary = profileVocabulary(profile);
  const capacity = readCapacity(sheets);
  const preferences = readPreferences(sheets);
  const selected = options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet);
  const grids: Array<{ sheet: SheetData; grid: Grid }> = selected.flatMap((sheet) =>
    findGrids(sheet, vocabulary ? { vocabulary } : {}).map((g) => {
      const course = options.course;
      return { sheet, grid: course ? { ...g, plans: g.plans.map((p) => ({ ...p, course })) } : g };
    }),
  );
  const stats = { grids: grids.length, residents: grids.reduce((n, g) => n + g.grid.plans.length, 0), variables: 0, rows: 0, timedOut: false };
  if (grids.length === 0) return { ok: false, status: "no-grid", changes: [], edits: [], sheets, before, after: before, reasons: [], stats };

  const edits: SheetEdits[] = [];
  const changes: PlannedChange[] = [];
  const reasons: Reason[] = [];
  let timedOutWithout = false;
  let done = 0;
  for (const { sheet, grid } of grids) {
    options.onProgress?.("model", done, grids.length);
    if (options.mode === "fix" && !before.findings.some((f) => f.severity === "error" && f.sheet === grid.sheet && (f.rule === "capacity" || grid.plans.some((p) => p.trainee === f.trainee)))) {
      done++;
      continue;
    }
    const gm = buildGridModel(grid, {
      mode: options.mode,
      capacity,
      ...(sheet.merges ? { merges: sheet.merges } : {}),
      rules: overrides,
      fields: profile.fields,
      courses: profile.courses ?? [],
      preferences,
      ...(options.extraChoices ? { extraChoices: options.extraChoices } : {}),
    });
    stats.variables += gm.model.vars.length;
    stats.rows += gm.model.rows.length;
    if (gm.cells.length === 0) {
      done++;
      continue;
    }
    options.onProgress?.("solve", done, grids.length);
    const timeLimit = options.timeLimit ?? 60;
    const solution = await solve(toLpFormat(gm.model), options.mode === "fix" ? { timeLimit, relativeGap: 0, absoluteGap: 0.4 } : { timeLimit, relativeGap: 0.005 });
    if (solution.status === "time-limit") stats.timedOut = true;
    if (!solution.values) {
      if (solution.status === "time-limit") timedOutWithout = true;
      reasons.push({ rule: "solver", sheet: grid.sheet, trainee: "", cells: [], message: solution.status === "time-limit" ? M.timeLimit(timeLimit) : M.solverFailed(solution.detail ?? solution.status) });
      done++;
      continue;
    }
    const raw = readDecisions(gm, solution.values);
    reasons.push(...explain(gm, solution.values, raw));
    const decisions = options.mode === "plan" && !gm.contiguity ? tidyDecisions(gm, raw, pinnedBlocks(grid, sheet, preferences)) : raw;
    const made = editsFor(sheet, grid, gm.choices, decisions);
    edits.push(made.edits);
    changes.push(...made.changes);
    done++;
  }

  options.onProgress?.("check", grids.length, grids.length);
  const written = applyEdits(sheets, edits);
  const after = checkWorkbook(written, validateOptions).report;
  const errorsAfter = after.findings.filter((f) => f.severity === "error");
  for (const f of errorsAfter) {
    const explained = reasons.some((r) => r.rule === f.rule && r.sheet === f.sheet && (r.trainee === f.trainee || r.rule === "capacity"));
    if (!explained) reasons.push({ rule: f.rule, sheet: f.sheet, trainee: f.trainee, cells: f.cells, message: M.remains(f.message, f.message_en) });
  }
  const ok = errorsAfter.length === 0 && reasons.length === 0;
  const planned = options.mode === "fix" && ok ? withResolved(changes, before.findings) : changes;
  // Stopped by the time limit without a plan: a plan may exist that was not found in time.
  const status = ok ? "done" : timedOutWithout || stats.timedOut ? "time-limit" : "no-plan";
  return { ok, status, changes: planned, edits, sheets: written, before, after, reasons, stats };
}

/** Each change with the error it clears: one that points at its cell, else one about its new field, else the resident's first. */
function withResolved(changes: readonly Change[], findings: readonly Finding[]): PlannedChange[] {
  const errors = findings.filter((f) => f.severity === "error");
  return changes.map((c) => {
    const mine = errors.filter((f) => f.sheet === c.sheet && (f.trainee === c.trainee || f.rule === "capacity"));
    const hit =
      mine.find((f) => f.cells.includes(c.cell)) ??
      mine.find((f) => {
        const field = shortOf(f);
        return f.trainee === c.trainee && field !== undefined && contribution(parseCell(c.after), 1, field) > 0;
      }) ??
      mine.find((f) => f.trainee === c.trainee) ??
      // A block moved to make room: the capacity error of the resident's row.
      mine.find((f) => f.rule === "capacity" && f.cells.some((x) => x.replace(/^[A-Z]+/, "") === c.cell.replace(/^[A-Z]+/, "")));
    return hit ? { ...c, resolves: { rule: hit.rule, message: hit.message, message_en: hit.message_en } } : c;
  });
}

/**
 * The field (or `field/sub`) a finding says is short of its minimum, from the facts its rule
 * measured (field, weeks found, weeks required): a change that adds to it can clear the finding.
 */
function shortOf(f: Finding): string | undefined {
  const facts = f.facts;
  if (facts?.field === undefined || facts.required === undefined || facts.actual === undefined) return undefined;
  return facts.actual < facts.required ? facts.field : undefined;
}

/** Blocks that may not be reordered: a wish for that block, or a cell of a merged area. */
function pinnedBlocks(grid: Grid, sheet: SheetData, preferences: readonly Preference[]): Set<string> {
  const pinned = new Set<string>();
  const merged = (cell: string) => {
    const here = must(fromA1(cell), "a grid's cells are A1 addresses");
    return (sheet.merges ?? []).some((m) => (m.top !== m.bottom || m.left !== m.right) && here.row >= m.top && here.row <= m.bottom && here.col >= m.left && here.col <= m.right);
  };
  grid.plans.forEach((plan, p) => {
    for (const slot of plan.slots) {
      if (merged(slot.cell) || preferences.some((w) => w.trainee === plan.trainee && w.block === slot.index + 1)) pinned.add(`${p}:${slot.index}`);
    }
  });
  return pinned;
}
