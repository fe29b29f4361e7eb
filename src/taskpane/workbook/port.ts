import type { Area, CellValue, SheetData } from "../../engine";

/**
 * The one interface through which the task pane reads and writes a workbook. The UI and the
 * engine never touch office.js: {@link OfficeWorkbook} implements this over Excel's API, and
 * {@link MemoryWorkbook} over a workbook held in memory (tests, the bench, the browser test page).
 *
 * Every method resolves with an outcome and rejects only when the workbook itself cannot be
 * reached (Excel closed the pane's context); a protected sheet or a sheet changed under our feet
 * is an outcome, never an exception.
 */
export interface WorkbookPort {
  readonly kind: "excel" | "memory";
  /** What this workbook can do (notes need ExcelApi 1.18). */
  readonly capabilities: WorkbookCapabilities;
  /** A sheet's values and merged areas, with the user's current selection on it. */
  read(request?: ReadRequest): Promise<SheetSnapshot>;
  /** Activates the sheet and selects these ranges on it ("D7:F7", "H9"). */
  select(sheet: string, ranges: readonly string[]): Promise<void>;
  /** Puts Rota's highlights on one sheet, replacing Rota's earlier highlights there. */
  applyHighlights(plan: HighlightPlan): Promise<HighlightOutcome>;
  /** Takes Rota's highlights off every sheet that has them, and nothing else. */
  clearHighlights(): Promise<ClearOutcome>;
  /** Writes blocks of values and merges (a new sheet, or into an existing one when it is as expected). */
  write(write: BlockWrite): Promise<WriteOutcome>;
  /** Calls `listener` when a user changes cell values (not when Rota writes). Resolves to an unsubscribe. */
  onChange(listener: (change: SheetChange) => void): Promise<() => Promise<void>>;
}

export interface WorkbookCapabilities {
  /** Cell notes (the yellow hover notes): Rota's explanations go there. */
  readonly notes: boolean;
}

export interface ReadRequest {
  /** A sheet's name; the active sheet by default. */
  readonly sheet?: string;
}

export interface SheetSnapshot {
  /** The sheet as the engine reads it: the used range's values, at its origin, and its merged areas. */
  readonly sheet: SheetData;
  /** The sheet's id: stable when the sheet is renamed. */
  readonly sheetId: string;
  /** The used range read, A1 ("A1:AB40"); "A1" for an empty sheet. */
  readonly range: string;
  /** The selection on this sheet, one A1 range per area ("D7:F7"); empty when it is elsewhere. */
  readonly selection: readonly string[];
  readonly protected: boolean;
  /** Whether Rota's highlights are on this sheet (by the workbook's own record, from any session). */
  readonly highlighted: boolean;
  /** Other sheets the check and the planner need (the capacity sheet `定員` / `Capacity`, the program's `規則` sheet, the residents' `希望`, when there are). */
  readonly related: readonly SheetData[];
}

/** What to highlight on one sheet: pure data, made from findings by `highlight/plan.ts`. */
export interface HighlightPlan {
  readonly sheet: string;
  /** Fills by severity: A1 ranges on the sheet ("D7:F7"). Errors red, warnings amber. */
  readonly fills: { readonly error: readonly string[]; readonly warning: readonly string[] };
  /** Explanations, one note per cell (a merged area's top-left cell), one line per finding. */
  readonly notes: ReadonlyArray<{ readonly cell: string; readonly lines: readonly string[] }>;
}

export type HighlightOutcome =
  | {
      readonly ok: true;
      readonly ranges: number;
      readonly notes: number;
      readonly notesSupported: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: "protected" | "missing-sheet" | "failed";
      readonly detail?: string;
    };

export interface ClearOutcome {
  /** Sheets whose highlights were taken off. */
  readonly cleared: readonly string[];
  /** Sheets that kept them, and why (a protected sheet cannot be changed). */
  readonly skipped: ReadonlyArray<{
    readonly sheet: string;
    readonly reason: "protected" | "failed";
  }>;
}

/** How a written cell looks: what a template's roles ask for. */
export interface CellFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB" */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "Left" | "Center" | "Right";
  readonly vertical?: "Top" | "Center" | "Bottom";
  readonly numberFormat?: string;
}

/** A rectangle of values written from (top, left), 0-based. `null` writes an empty cell. */
export interface ValueBlock {
  readonly top: number;
  readonly left: number;
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
}

export type WriteTarget =
  /** A new sheet; its name is made unique ("A コース (2)") when taken. */
  | { readonly kind: "new-sheet"; readonly name: string }
  /** An existing sheet; written only if `expect` still holds (nobody changed those cells since). */
  | {
      readonly kind: "existing";
      readonly sheet: string;
      readonly expect: {
        readonly area: Area;
        readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
      };
    };

export interface BlockWrite {
  readonly target: WriteTarget;
  /** Merged areas to undo first (absolute). */
  readonly unmerge: readonly Area[];
  readonly blocks: readonly ValueBlock[];
  /** Merged areas to make after writing (absolute). */
  readonly merges: readonly Area[];
  readonly formats: ReadonlyArray<{ readonly area: Area; readonly format: CellFormat }>;
  /** Column widths in characters, by 0-based column (new sheets). */
  readonly columnWidths: ReadonlyArray<{ readonly col: number; readonly chars: number }>;
  /** In-cell drop-down lists (data validation). */
  readonly lists: ReadonlyArray<{ readonly area: Area; readonly values: readonly string[] }>;
  /** Select this area when done (absolute). */
  readonly select?: Area;
}

export type WriteOutcome =
  | { readonly ok: true; readonly sheet: string; readonly range: string }
  | {
      readonly ok: false;
      readonly reason: "protected" | "changed" | "missing-sheet" | "failed";
      readonly detail?: string;
    };

export interface SheetChange {
  /** The id of the sheet that changed (see {@link SheetSnapshot.sheetId}). */
  readonly sheetId: string;
  /** A1 address of what changed, when known. */
  readonly address?: string;
}
