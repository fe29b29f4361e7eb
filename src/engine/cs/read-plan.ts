/**
 * Reading one doctor's clinician-scientist plan from a sheet (CONTRACT §4): the labelled
 * eligibility facts, the periods table and the papers table, wherever they are on the sheet.
 */
import { areaToA1 } from "../model/address";
import type { SheetData } from "../model/sheet";
import { CS_EXPECTED, CS_MESSAGES, CS_THINGS } from "../messages/cs";
import type { Message } from "../messages/message";
import { basicField } from "../quota/basic-fields";
import { columnsOf, findHeaders, tableBody, type CsTable } from "./find-tables";
import { SheetView } from "../model/sheet-view";
import { readPeriodLabel } from "./period-label";
import type { CsPlan, CsUnreadable } from "./plan";
import { findLabels, labelOf, readFacts } from "./read-facts";
import { readPapers } from "./read-papers";
import { readPeriods } from "./read-periods";
import { isEmpty, UNREADABLE } from "./values";
import type { CsFactKey, PaperColumn, PeriodColumn } from "./vocabulary";

/** Shown as the trainee of a plan whose 氏名 is empty. */
export const NO_NAME = "(氏名未記入)";

/**
 * Reads a clinician-scientist plan, or returns undefined when the sheet is not one.
 *
 * A sheet is a plan when it has a periods table (a header with a phase or research-effort column),
 * or a papers table together with one of the eligibility labels 義務年限 / 地域枠 / 臨床研修修了, or
 * two of those labels. Cells that cannot be read become {@link CsPlan.unreadable}; nothing throws.
 */
export function readClinicianScientistPlan(sheet: SheetData): CsPlan | undefined {
  const grid = new SheetView(sheet);
  if (grid.end <= grid.top || grid.right <= grid.left) return undefined;
  const headers = findHeaders(grid);

  // A row that starts with an eligibility label belongs to the facts, not to the table above it
  // (a label word inside the table, such as 責任医療機関 in the site-kind column, does not end it).
  const isLabelRow = (row: number, cols: readonly number[]): boolean => labelOf(grid.raw(row, Math.min(...cols))) !== undefined;
  let periodsTable: CsTable<PeriodColumn> | undefined;
  if (headers.periods) {
    const stop = headers.papers && headers.papers.row > headers.periods.row ? headers.papers.row : Number.POSITIVE_INFINITY;
    const periodCol = headers.periods.columns.period ?? Math.min(...columnsOf(headers.periods.columns).map(([, c]) => c));
    periodsTable = tableBody(grid, headers.periods, stop, (row, cols) => {
      if (isLabelRow(row, cols)) return true;
      // A section title ("論文", "業績") under the table: one filled cell, in the period column, that is no period.
      const filled = cols.filter((c) => !isEmpty(grid.value(row, c)));
      return filled.length === 1 && filled[0] === periodCol && readPeriodLabel(grid.value(row, periodCol)) === UNREADABLE;
    });
  }
  let papersTable: CsTable<PaperColumn> | undefined;
  if (headers.papers) {
    const stop = headers.periods && headers.periods.row > headers.papers.row ? headers.periods.row : Number.POSITIVE_INFINITY;
    papersTable = tableBody(grid, headers.papers, stop, isLabelRow);
  }

  const inTable = (t: CsTable<string> | undefined, row: number, col: number): boolean =>
    t !== undefined && row >= t.headerRow && row <= t.bodyTo && col >= t.firstCol && col <= t.lastCol;
  const labels = findLabels(grid, (row, col) => inTable(periodsTable, row, col) || inTable(papersTable, row, col));
  const found = new Set<CsFactKey>(labels.map((l) => l.key));
  const eligibilityLabels = (["obligation", "regional", "trainingDone"] as const).filter((k) => found.has(k)).length;
  const isPlan = periodsTable !== undefined || (papersTable !== undefined && eligibilityLabels >= 1) || eligibilityLabels >= 2;
  if (!isPlan) return undefined;

  const facts = readFacts(labels);
  const unreadable: CsUnreadable[] = [];
  for (const key of ["start", "trainingDone", "obligation", "regional"] as const) {
    const f = facts[key];
    if (f?.unreadable) unreadable.push({ cell: f.cell, message: unreadableFact(key, f.text) });
  }
  if (facts.field?.value !== undefined && !basicField(facts.field.value)) {
    unreadable.push({ cell: facts.field.cell, message: CS_MESSAGES.notBasicField(facts.field.value) });
  }

  const periodsRead = periodsTable ? readPeriods(grid, periodsTable, facts) : { periods: [], unreadable: [] };
  const papersRead = papersTable ? readPapers(grid, papersTable, facts.name?.value) : { papers: [], unreadable: [] };
  unreadable.push(...periodsRead.unreadable, ...papersRead.unreadable);

  const periodsHeader = periodsTable ? grid.address(periodsTable.headerRow, periodsTable.firstCol) : undefined;
  const papersHeader = papersTable ? grid.address(papersTable.headerRow, papersTable.firstCol) : undefined;
  const nameCell = facts.name?.cell ?? periodsHeader ?? labels[0]?.labelCell ?? papersHeader ?? "A1";
  const nameLabel = facts.name ? labels.find((l) => l.key === "name") : undefined;
  const nameRow = nameLabel ? nameLabel.row : periodsTable ? periodsTable.headerRow : (labels[0]?.row ?? grid.top);

  // The range: every label, value and table found.
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  const include = (r0: number, c0: number, r1 = r0, c1 = c0): void => {
    top = Math.min(top, r0);
    left = Math.min(left, c0);
    bottom = Math.max(bottom, r1);
    right = Math.max(right, c1);
  };
  for (const l of labels) include(l.row, l.col, l.row, l.col + 1);
  for (const t of [periodsTable, papersTable]) if (t) include(t.headerRow, t.firstCol, Math.max(t.headerRow, t.bodyTo), t.lastCol);

  return {
    sheet: sheet.name,
    range: areaToA1({ top, left, bottom, right }),
    trainee: facts.name?.value ?? NO_NAME,
    nameCell,
    row: nameRow + 1,
    facts,
    found,
    periods: periodsRead.periods,
    ...(periodsHeader ? { periodsHeader } : {}),
    papers: papersRead.papers,
    ...(papersHeader ? { papersHeader } : {}),
    unreadable,
  };
}

function unreadableFact(key: "start" | "trainingDone" | "obligation" | "regional", text: string): Message {
  return CS_MESSAGES.unreadable(CS_THINGS[key], text, CS_EXPECTED[key]);
}
