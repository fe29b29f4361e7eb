/**
 * A mixed-integer model as plain data: what the engine builds and a solver adapter solves. The
 * engine never calls a solver; it writes the model (see lp-format.ts) and reads the values back.
 */
import { at } from "../model/invariant";

export interface ModelVar {
  /** Name in the LP text: letters and digits only (x12, s3). */
  readonly name: string;
  readonly binary: boolean;
  readonly lo: number;
  readonly hi: number;
  /** Cost per unit in the objective (minimised). */
  readonly cost: number;
}

/** lo ≤ Σ coef · var ≤ hi (either side may be infinite). */
export interface ModelRow {
  readonly name: string;
  readonly terms: ReadonlyArray<readonly [variable: number, coef: number]>;
  readonly lo: number;
  readonly hi: number;
}

export interface MipModel {
  readonly vars: readonly ModelVar[];
  readonly rows: readonly ModelRow[];
}

/** Builds a model one variable and row at a time. */
export class ModelBuilder {
  readonly vars: ModelVar[] = [];
  readonly rows: ModelRow[] = [];

  variable(prefix: string, binary: boolean, lo: number, hi: number, cost = 0): number {
    const index = this.vars.length;
    this.vars.push({ name: `${prefix}${index}`, binary, lo, hi, cost });
    return index;
  }

  /** Adds cost to a variable already made. */
  addCost(variable: number, cost: number): void {
    const v = at(this.vars, variable, "a variable index is one of the model's");
    this.vars[variable] = { ...v, cost: v.cost + cost };
  }

  row(terms: ReadonlyArray<readonly [number, number]>, lo: number, hi: number): void {
    const merged = new Map<number, number>();
    for (const [v, c] of terms) if (c !== 0) merged.set(v, (merged.get(v) ?? 0) + c);
    this.rows.push({ name: `r${this.rows.length}`, terms: [...merged], lo, hi });
  }

  build(): MipModel {
    return { vars: this.vars, rows: this.rows };
  }
}
