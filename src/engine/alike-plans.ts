import type { Finding } from "./model/finding";
import type { Plan } from "./model/plan";
import type { CourseDef } from "./rules/course-plan";
import type { FindingTarget, FieldProgress } from "./rules/rule";
import { cellOfRole, cellRoles, samePlanShape } from "./rules/plan-shape";

/** What a plan's summary takes from its check besides the findings. */
export interface Said {
  readonly weeks: Readonly<Record<string, number>>;
  readonly progress: readonly FieldProgress[] | undefined;
}

/** A finding of a plan checked, its cells as their roles in the plan (see plan-shape.ts). */
interface RoleFinding {
  readonly finding: Finding;
  readonly roles: readonly number[];
}

/** A plan the rules ran on, and what they said. */
interface Checked {
  readonly plan: Plan;
  /** The program's course the plan's course column named (its course rules ran with it). */
  readonly own: CourseDef | undefined;
  readonly findings: readonly Finding[];
  readonly said: Said;
  /** Its findings with their cells as roles, made when a plan first reads alike; null when a cell plays no single role. */
  roles?: readonly RoleFinding[] | null;
}

/**
 * How many plans checked are kept to compare with: the course templates a cohort is filled from,
 * and their variants (an elective at the end). A plan that reads like none costs a comparison with
 * each, most of them ended at the first block.
 */
const KEPT = 32;

/**
 * The plans of one check that the rules already ran on, so that a plan reading alike (samePlanShape,
 * and the same program's course) takes their findings, pointed at its own cells, instead of
 * running the rules again.
 */
export class AlikePlans {
  private readonly kept: Checked[] = [];

  /** Keeps a plan just checked with its findings (the ones the rules found in it, in order) and its summary's weeks and progress. */
  keep(plan: Plan, own: CourseDef | undefined, findings: readonly Finding[], said: Said): void {
    if (this.kept.length >= KEPT) this.kept.shift();
    this.kept.push({ plan, own, findings, said });
  }

  /**
   * When a plan kept reads alike: its findings said of this plan (this plan's trainee, sheet and
   * cells) added to `findings`, and its weeks and progress. Undefined when none does: the rules must run.
   */
  sayOf(plan: Plan, own: CourseDef | undefined, target: FindingTarget, findings: Finding[]): Said | undefined {
    const checked = this.kept.find((c) => c.own === own && samePlanShape(c.plan, plan));
    const roles = checked && rolesOf(checked);
    if (!checked || !roles) return undefined;
    for (const { finding: f, roles: cellRoles } of roles) {
      const cells = cellRoles.map((role) => cellOfRole(plan, role));
      findings.push(
        f.facts
          ? { rule: f.rule, severity: f.severity, sheet: target.sheet, trainee: target.trainee, cells, message: f.message, message_en: f.message_en, facts: f.facts }
          : { rule: f.rule, severity: f.severity, sheet: target.sheet, trainee: target.trainee, cells, message: f.message, message_en: f.message_en },
      );
    }
    return checked.said;
  }
}

/** A checked plan's findings with their cells as roles (made once); null when a cell plays no single role in the plan. */
function rolesOf(checked: Checked): readonly RoleFinding[] | null {
  if (checked.roles === undefined) checked.roles = withRoles(checked.plan, checked.findings);
  return checked.roles;
}

function withRoles(plan: Plan, findings: readonly Finding[]): RoleFinding[] | null {
  const roles = cellRoles(plan);
  if (!roles) return null;
  const out: RoleFinding[] = [];
  for (const finding of findings) {
    const cells: number[] = [];
    for (const cell of finding.cells) {
      const role = roles.get(cell);
      if (role === undefined) return null;
      cells.push(role);
    }
    out.push({ finding, roles: cells });
  }
  return out;
}
