/**
 * The empty clinician-scientist plan (CONTRACT §4), in exactly the layout the reader finds: the
 * labelled eligibility facts, the periods table pre-filled with the years and phases of the edition
 * in force for the start year, and the papers table with empty rows; input lists on the yes/no,
 * phase, site-kind, language and reason columns.
 *
 * Read back, it gives the plan with "not filled in yet" findings only: `cs-missing` (the empty
 * facts; the periods' sites and research efforts), `cs-papers` (no papers yet — an error, as the
 * course requires them), and `cs-edition` (info) when no start was given.
 */
import { CS_TEMPLATE_TEXT as T } from "../messages/cs";
import type { CellValue } from "../model/cell";
import { roleKey, type CellRole, type TemplateSheet } from "../templates/template-sheet";
import { editionForYear, latestEdition, resolveCsEdition } from "./editions";
import { fiscalYearOf } from "./values";
import { EXTENSION_REASONS, type CsFactKey } from "./vocabulary";
import { at } from "../model/invariant";

/** Empty rows under the pre-filled periods (for an extension), and in the papers table. */
const SPARE_PERIOD_ROWS = 2;
const PAPER_ROWS = 5;

/**
 * Lays out an empty plan.
 *
 * @param options.name    the doctor's name (氏名), if known
 * @param options.start   the course start (UTC date): fills コース開始 and chooses the edition
 * @param options.edition an edition id or year ("fy2021", "2024"); by default the one in force for
 *                        `start`, else the newest. An unknown one is ignored (the default is used).
 * @example
 * renderCsTemplate({ name: "山田 太郎", start: new Date(Date.UTC(2024, 3, 1)) }).sheet.rows[3]; // → ["氏名", "山田 太郎", ""]
 */
export function renderCsTemplate(options: { name?: string; start?: Date; edition?: string } = {}): TemplateSheet {
  const start = options.start && !Number.isNaN(options.start.getTime()) ? options.start : undefined;
  const startFy = start ? fiscalYearOf(start) : undefined;
  const edition = (options.edition ? resolveCsEdition(options.edition) : undefined) ?? (startFy !== undefined ? editionForYear(startFy) : latestEdition());
  const editionChosen = options.edition !== undefined && resolveCsEdition(options.edition) !== undefined;

  const rows: CellValue[][] = [];
  const roles = new Map<string, CellRole>();
  const lists: Array<{ top: number; left: number; bottom: number; right: number; values: readonly string[] }> = [];
  const put = (row: number, col: number, value: CellValue, role?: CellRole): void => {
    while (rows.length <= row) rows.push([]);
    const r = at(rows, row, "rows were added up to this one");
    while (r.length < col) r.push(null);
    r[col] = value;
    if (role) roles.set(roleKey(row, col), role);
  };
  const list = (top: number, left: number, bottom: number, right: number, values: readonly string[]): void => {
    lists.push({ top, left, bottom, right, values });
  };

  put(0, 0, T.title, "title");
  put(1, 0, T.intro(`${edition.label.ja} (${edition.id})`), "note");

  // The eligibility facts: label in A, value in B, a hint in C.
  const facts: ReadonlyArray<[CsFactKey, CellValue]> = [
    ["name", options.name ?? null],
    ["field", null],
    ["start", start ?? null],
    ["trainingDone", null],
    ["obligation", null],
    ["regional", null],
    ["responsible", null],
    ["partners", null],
    ["edition", editionChosen ? edition.id : null],
  ];
  let row = 3;
  for (const [key, value] of facts) {
    put(row, 0, T.labels[key], "label");
    put(row, 1, value, "value");
    if (T.notes[key]) put(row, 2, T.notes[key], "note");
    if (key === "obligation" || key === "regional") list(row, 1, row, 1, [T.yes, T.no]);
    if (key === "edition") list(row, 1, row, 1, T.editions);
    row++;
  }

  // The periods: one row a year, the clinical years first.
  row++;
  put(row++, 0, T.periodsTitle, "title");
  T.periodHeaders.forEach((h, c) => put(row, c, h, "header"));
  row++;
  const firstPeriod = row;
  for (let y = 1; y <= edition.yearsMin; y++) {
    const clinical = y <= edition.clinicalYearsMin;
    put(row, 0, T.year(y, startFy === undefined ? undefined : startFy + y - 1), "year");
    put(row, 1, clinical ? T.clinical : T.research, "value");
    put(row, 2, null, "value");
    put(row, 3, null, "value");
    put(row, 4, clinical ? 0 : null, "value");
    put(row, 5, null, "value");
    put(row, 6, null, "value");
    row++;
  }
  const lastPeriod = row + SPARE_PERIOD_ROWS - 1;
  for (; row <= lastPeriod; row++) for (let c = 0; c < T.periodHeaders.length; c++) put(row, c, null, "value");
  list(firstPeriod, 1, lastPeriod, 1, [T.clinical, T.research, T.leave]);
  list(firstPeriod, 3, lastPeriod, 3, T.siteKinds);
  list(firstPeriod, 5, lastPeriod, 5, EXTENSION_REASONS.map((r) => r.label));

  // The papers.
  row++;
  put(row++, 0, T.papersTitle, "title");
  T.paperHeaders.forEach((h, c) => put(row, c, h, "header"));
  row++;
  const firstPaper = row;
  for (let i = 0; i < PAPER_ROWS; i++, row++) for (let c = 0; c < T.paperHeaders.length; c++) put(row, c, null, "value");
  const lastPaper = row - 1;
  list(firstPaper, 2, lastPaper, 2, [T.english, T.japanese]);
  list(firstPaper, 3, lastPaper, 5, [T.yes, T.no]);

  return {
    sheet: { name: "臨床研究医コース", rows, origin: { row: 0, col: 0 } },
    roles,
    columnWidths: [18, 30, 24, 18, 16, 18, 26],
    lists,
  };
}
