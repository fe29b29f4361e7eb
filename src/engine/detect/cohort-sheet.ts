import { cellText } from "../model/cell";
import { areaToA1, toA1 } from "../model/address";
import type { CourseId, Grid, GridHeader, LayoutKind, Plan, Site } from "../model/plan";
import { normalizeText } from "../text/normalize";
import { classifySite, looksLikePlace } from "../vocabulary/sites";
import { parseCell } from "../vocabulary/parse-cell";
import { buildSlots, site, type SlotSource } from "./build-slots";
import { type BlockSpan, type HeaderRun } from "./header-runs";
import { lastOf } from "../model/invariant";
import { YEAR_WEEKS } from "../model/units";
import { parseCourseId } from "../vocabulary/course-id";
import { COURSE_LABELS, NAME_LABELS, NOTE_ROW, SITE_LABELS, SUMMARY_ROW } from "./labels";
import type { SheetView } from "./sheet-view";
import { NO_CONTEXT, type ReadContext } from "./read-context";
import type { Vocabulary } from "../vocabulary/vocabulary";
import { readYearLabel } from "./year-label";

/** A course cell that says "no course" on purpose. */
const NO_COURSE = /^(-|―|ー|—|なし|無|未定|一般|none|n\/a)$/i;

/** Blank rows after which a cohort's list of residents is taken to have ended. */
const MAX_BLANK_ROWS = 5;

const LAYOUT: Readonly<Record<HeaderRun["unit"], LayoutKind>> = {
  block: "cohort-blocks",
  week: "cohort-weeks",
  month: "cohort-months",
  date: "cohort-dates",
};

interface Columns {
  readonly name: number;
  readonly course?: number;
  readonly site?: number;
  /** The row of the labels (the header row, or one above it). */
  readonly labelRow?: number;
}

/**
 * Reads a cohort sheet: one row per resident, a name column, an optional course column, then one
 * column per block for both years (CONTRACT §4). Multi-block rotations may be merged cells,
 * repeated text or ditto marks. Row shapes real schedules use (issue 8):
 * - one row per year (`1年目` / `2年目` in a column left of the blocks, under a one-year header),
 *   the name on the first row only or merged over both;
 * - a 一般外来 (並行研修) row under the resident: a row without a name that holds only 一般外来, or
 *   one labelled 一般外来 / 並行 (any mark in it is a week of 一般外来);
 * - a site row under the resident (labelled 施設 / 病院, or holding only places);
 * - blank and subtotal rows between residents.
 */
export function readCohort(view: SheetView, run: HeaderRun, headerRows: ReadonlySet<number>, context: ReadContext = NO_CONTEXT): Grid | undefined {
  const vocabulary = context.vocabulary;
  const first = run.blocks[0].col;
  const last = lastOf(run.blocks).col;
  const yearCol = yearColumn(view, run);
  const columns = findColumns(view, run, vocabulary, yearCol);
  const years = yearRow(view, run);
  const runWeeks = run.blocks.reduce((sum, b) => sum + b.weeks, 0);
  // One row per year: each row is one year; a header read as two years (1 … 52 as 2-week columns) is rescaled to one.
  const perYear = yearCol !== undefined && !years;
  const scale = perYear && runWeeks > YEAR_WEEKS + 1 ? YEAR_WEEKS / runWeeks : 1;
  const spans: readonly BlockSpan[] = scale === 1 ? run.blocks : run.blocks.map((b) => ({ ...b, startWeek: b.startWeek * scale, weeks: b.weeks * scale, year: 1 }));
  const plans: Plan[] = [];
  let bottom = run.row;
  let blanks = 0;
  let current: Reading | undefined;
  const finish = () => {
    if (current) plans.push(toPlan(current, vocabulary));
    current = undefined;
  };

  for (let row = run.row + 1; row < view.end; row++) {
    if (headerRows.has(row)) break;
    const nameText = cellText(view.value(row, columns.name)).trim();
    const nameKey = view.key(row, columns.name);
    const yearKey = yearCol !== undefined ? view.key(row, yearCol) : "";
    let filled = false;
    for (let col = first; col <= last && !filled; col++) if (view.raw(row, col) !== null) filled = true;
    if (nameText === "" && !filled) {
      if (++blanks > MAX_BLANK_ROWS) break;
      continue;
    }
    blanks = 0;
    if (legendRow(view, row, columns.name, last, context)) continue;
    if (NOTE_ROW.test(nameKey)) break;
    if (SUMMARY_ROW.test(nameKey) || SUMMARY_ROW.test(yearKey)) continue;
    const rowYear = perYear ? readYearLabel(yearKey)?.year : undefined;
    const offset = rowYear === 2 ? YEAR_WEEKS : 0;
    const sources = spans.map((span, i): SlotSource => {
      const yearInfo = years?.[i];
      const siteHere = yearInfo?.site ?? (columns.site !== undefined ? siteIn(view, row, columns.site) : undefined);
      const placed = offset === 0 ? span : { ...span, startWeek: span.startWeek + offset, year: 2 as const };
      return { row, span: placed, value: view.value(row, span.col), year: rowYear ?? yearInfo?.year ?? placed.year, site: siteHere };
    });
    // The title or year row of the next grid on the sheet, not a resident.
    if ((headerRows.has(row + 1) || headerRows.has(row + 2)) && !plansSomething(sources, vocabulary)) break;
    const nameIsLabel = nameText === "" || view.continuesAbove(row, columns.name) || (yearCol === columns.name && readYearLabel(nameKey) !== undefined);
    const label = nameIsLabel ? yearKey : nameKey;
    if (current) {
      if (PARALLEL_LABEL.test(nameKey) || (yearCol !== undefined && PARALLEL_LABEL.test(yearKey))) {
        current.parallel.push(sources.map((s) => markedGeneralOutpatient(s, vocabulary)));
        current.rows.push(row);
        bottom = row;
        continue;
      }
      if (nameIsLabel && onlyGeneralOutpatient(sources, vocabulary)) {
        current.parallel.push(sources);
        current.rows.push(row);
        bottom = row;
        continue;
      }
      if ((nameIsLabel || SITE_LABELS.has(label.toLowerCase())) && siteRow(sources, vocabulary, SITE_LABELS.has(label.toLowerCase()))) {
        current.sources = withSites(current.sources, sources, current.lastRow);
        current.rows.push(row);
        bottom = row;
        continue;
      }
      if (rowYear === 2 && current.years.has(1) && !current.years.has(2) && (nameIsLabel || nameText === current.plan.trainee)) {
        current.sources.push(...sources);
        current.years.add(2);
        current.lastRow = row;
        current.rows.push(row);
        bottom = row;
        continue;
      }
    }
    finish();
    const name = nameIsLabel && nameText !== "" && readYearLabel(nameKey) ? `(氏名なし ${row + 1}行目)` : nameText === "" ? `(氏名なし ${row + 1}行目)` : nameText;
    const courseCol = columns.course;
    const course = courseCol !== undefined ? courseIn(view.key(row, courseCol)) : undefined;
    const courseText = courseCol !== undefined ? cellText(view.value(row, courseCol)).trim() : "";
    const unknownCourse =
      courseCol !== undefined && !course && courseText !== "" && !NO_COURSE.test(view.key(row, courseCol)) ? { text: courseText, cell: toA1(row, courseCol) } : undefined;
    const plan: Plan = {
      sheet: view.name,
      trainee: name,
      nameCell: toA1(row, columns.name),
      row: row + 1,
      ...(course ? { course } : {}),
      ...(unknownCourse ? { unknownCourse } : {}),
      slots: [],
      parallel: [],
      gridWeeks: 0,
      upperLimitScale: scale === 1 ? run.upperLimitScale : 1,
    };
    current = { plan, sources: [...sources], parallel: [], rows: [row], years: new Set(rowYear ? [rowYear] : [1, 2]), lastRow: row };
    bottom = row;
  }
  finish();
  if (plans.length === 0) return undefined;
  const top = Math.min(run.row, years ? run.row - 1 : run.row, columns.labelRow ?? run.row);
  const left = Math.min(columns.name, columns.course ?? columns.name, yearCol ?? columns.name, first);
  const header = gridHeader(view, run, spans, scale);
  const gridColumns = {
    name: columns.name,
    ...(columns.course !== undefined ? { course: columns.course } : {}),
    ...(columns.site !== undefined ? { site: columns.site } : {}),
  };
  return {
    sheet: view.name,
    range: areaToA1({ top, left, bottom, right: last }),
    layout: run.kind === "date" ? "cohort-dates" : LAYOUT[run.unit],
    plans,
    headers: [header],
    columns: gridColumns,
  };
}

/** A resident being read: the rows so far. */
interface Reading {
  readonly plan: Plan;
  sources: SlotSource[];
  readonly parallel: SlotSource[][];
  readonly rows: number[];
  readonly years: Set<1 | 2>;
  /** The last row of blocks read (a site row under it names its places). */
  lastRow: number;
}

function toPlan(reading: Reading, vocabulary: Vocabulary | undefined): Plan {
  // In week order; a resident on one row is read in it already (sorting would copy and compare every block).
  const inOrder = reading.sources.every((s, i, all) => i === 0 || (all[i - 1]?.span.startWeek ?? -Infinity) <= s.span.startWeek);
  const sources = inOrder ? reading.sources : [...reading.sources].sort((a, b) => a.span.startWeek - b.span.startWeek);
  return {
    ...reading.plan,
    slots: buildSlots(sources, vocabulary),
    parallel: reading.parallel.flatMap((p) => buildSlots(p, vocabulary)),
    gridWeeks: sources.reduce((sum, s) => sum + s.span.weeks, 0),
    ...(reading.rows.length > 1 ? { rows: reading.rows.map((r) => r + 1) } : {}),
  };
}

/** A row labelled as the resident's 一般外来 (並行研修). */
const PARALLEL_LABEL = /^(一般外来|一般外来研修|並行研修|並行|\(並行\)|\(並行研修\)|外来研修|外来|一般外来\(並行\)|一般外来\(並行研修\)|並行研修\(一般外来\))$/;

/** In a row labelled 一般外来, any mark (○, ●, 外来, 週1) is a week of 一般外来. */
function markedGeneralOutpatient(source: SlotSource, vocabulary: Vocabulary | undefined): SlotSource {
  const parsed = parseCell(source.value, vocabulary);
  if (parsed.kind === "empty" || parsed.kind === "ditto" || (parsed.kind === "rotation" && parsed.field === "一般外来")) return source;
  return { ...source, value: "一般外来" };
}

/** Whether a row under a resident names only places (or is labelled 施設). */
function siteRow(sources: readonly SlotSource[], vocabulary: Vocabulary | undefined, labelled: boolean): boolean {
  let any = false;
  for (const s of sources) {
    const text = cellText(s.value).trim();
    if (text === "") continue;
    const parsed = parseCell(s.value, vocabulary);
    if (parsed.kind === "ditto") continue;
    if (parsed.kind === "rotation" || parsed.kind === "leave") return false;
    if (!labelled && !looksLikePlace(normalizeText(text)) && classifySite(text) === "unknown") return false;
    any = true;
  }
  return any;
}

/** The resident's blocks with the site row's places (a ditto carries the place before it). */
function withSites(sources: readonly SlotSource[], siteSources: readonly SlotSource[], row: number): SlotSource[] {
  const byCol = new Map<number, Site>();
  let previous: Site | undefined;
  for (const s of siteSources) {
    const text = cellText(s.value).trim();
    if (text === "") {
      previous = undefined;
      continue;
    }
    const here = parseCell(s.value).kind === "ditto" ? previous : site(text);
    if (here) byCol.set(s.span.col, here);
    previous = here;
  }
  return sources.map((s) => {
    const found = s.row === row ? byCol.get(s.span.col) : undefined;
    return found ? { ...s, site: found } : s;
  });
}

/** A column left of the blocks holding year labels (`1年目`, `2年次`) on the rows under the header. */
function yearColumn(view: SheetView, run: HeaderRun): number | undefined {
  const first = run.blocks[0].col;
  for (let col = first - 1; col >= Math.max(view.left, first - 4); col--) {
    let ones = 0;
    let twos = 0;
    for (let row = run.row + 1; row < Math.min(view.end, run.row + 40); row++) {
      const key = view.key(row, col);
      if (key.length === 0 || key.length > 12) continue;
      const label = readYearLabel(key);
      if (label?.year === 1) ones++;
      else if (label?.year === 2) twos++;
    }
    if (ones > 0 && twos > 0) return col;
  }
  return undefined;
}

/** The header as the reader took it, for `--explain` and the header-reading note. */
function gridHeader(view: SheetView, run: HeaderRun, spans: readonly BlockSpan[], scale: number): GridHeader {
  const reading = run.reading ? { ...run.reading, weeks: run.reading.weeks * scale, ...(scale !== 1 ? { unit: "week" as const } : {}) } : undefined;
  return {
    row: run.row + 1,
    unit: scale !== 1 ? "week" : run.unit,
    columns: spans.map((span) => ({ cell: toA1(run.row, span.col), text: cellText(view.value(run.row, span.col)).trim(), startWeek: span.startWeek, weeks: span.weeks, year: span.year })),
    ...(reading ? { reading } : {}),
  };
}

/** The name, course and site columns, by their labels in the header (or the row or two above). */
function findColumns(view: SheetView, run: HeaderRun, vocabulary: Vocabulary | undefined, yearCol: number | undefined): Columns {
  const first = run.blocks[0].col;
  let name: number | undefined;
  let course: number | undefined;
  let siteCol: number | undefined;
  let labelRow: number | undefined;
  for (const row of [run.row, run.row - 1, run.row - 2]) {
    if (row < view.top) continue;
    for (let col = view.left; col < first; col++) {
      const key = view.key(row, col).toLowerCase();
      if (key === "") continue;
      if (name === undefined && NAME_LABELS.has(key)) [name, labelRow] = [col, row];
      else if (course === undefined && COURSE_LABELS.has(key)) course = col;
      else if (siteCol === undefined && SITE_LABELS.has(key)) siteCol = col;
    }
    if (name !== undefined) break;
  }
  if (name === undefined) {
    // No label: the nearest column left of the blocks with text that is no rotation.
    for (let col = first - 1; col >= view.left && name === undefined; col--) {
      if (col === course || col === siteCol || col === yearCol) continue;
      for (let row = run.row + 1; row < Math.min(view.end, run.row + 4); row++) {
        const value = view.value(row, col);
        if (typeof value === "string" && value.trim() !== "" && parseCell(value, vocabulary).kind !== "rotation" && !courseIn(view.key(row, col))) {
          name = col;
          break;
        }
      }
    }
  }
  return {
    name: name ?? yearCol ?? Math.max(view.left, first - 1),
    ...(course !== undefined ? { course } : {}),
    ...(siteCol !== undefined ? { site: siteCol } : {}),
    ...(labelRow !== undefined ? { labelRow } : {}),
  };
}

/** Year labels above the header (`1年次 大学病院` merged over the first 13 blocks), one per block. */
function yearRow(view: SheetView, run: HeaderRun): Array<{ year: 1 | 2; site?: Site } | undefined> | undefined {
  for (const row of [run.row - 1, run.row - 2]) {
    if (row < view.top) continue;
    let found = false;
    let current: { year: 1 | 2; site?: Site } | undefined;
    const perBlock = run.blocks.map((span) => {
      const label = readYearLabel(view.key(row, span.col));
      if (label) {
        current = label;
        found = true;
      }
      return current;
    });
    if (found) return perBlock;
  }
  return undefined;
}

function siteIn(view: SheetView, row: number, col: number): Site | undefined {
  const text = cellText(view.value(row, col)).trim();
  return text === "" ? undefined : site(text);
}

function courseIn(key: string): CourseId | undefined {
  return parseCourseId(key);
}

/** Whether a row holds a rotation or leave in one of its blocks. */
function plansSomething(sources: readonly SlotSource[], vocabulary: Vocabulary | undefined): boolean {
  return sources.some((s) => {
    const kind = parseCell(s.value, vocabulary).kind;
    return kind === "rotation" || kind === "leave";
  });
}

function onlyGeneralOutpatient(sources: readonly SlotSource[], vocabulary: Vocabulary | undefined): boolean {
  let any = false;
  for (const s of sources) {
    const parsed = parseCell(s.value, vocabulary);
    if (parsed.kind === "empty" || parsed.kind === "ditto") continue;
    if (parsed.kind !== "rotation" || parsed.field !== "一般外来") return false;
    any = true;
  }
  return any;
}

/** A row whose filled cells (name column to the last block) are all legend entries: not a resident. */
function legendRow(view: SheetView, row: number, from: number, to: number, context: ReadContext): boolean {
  if (context.legendCells.size === 0) return false;
  let any = false;
  for (let col = Math.min(from, view.left); col <= to; col++) {
    if (view.raw(row, col) === null) continue;
    if (!context.legendCells.has(toA1(row, col))) return false;
    any = true;
  }
  return any;
}
