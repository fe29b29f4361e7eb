import type { Vocabulary } from "../vocabulary/vocabulary";

/** What the grid readers know of a sheet beyond its header: its vocabulary and its legend's cells. */
export interface ReadContext {
  /** The sheet's legend (and a program's vocabulary), tried before the field table. */
  readonly vocabulary?: Vocabulary;
  /** A1 addresses of the legend's cells: never a resident, never a rotation. */
  readonly legendCells: ReadonlySet<string>;
}

export const NO_CONTEXT: ReadContext = { legendCells: new Set() };
