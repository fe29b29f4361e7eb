import {
  COURSE_TEMPLATES,
  RULE_IDS as ENGINE_RULE_IDS,
  fieldLabel,
  findGrids,
  fromA1,
  templateTextOneLine,
  isCellError,
  parseProfileTable,
  parseCell,
  validateWorkbook,
  weeksOf,
  type Grid,
  type Plan,
  type RuleOverride,
} from "../engine";
import { allocateQuotaTable } from "../engine/quota";
import { NO_RULES, type MergeReader, type RulesReader } from "../addin/readers";
import { FUNCTION_ARGS, readArgs } from "./args";
import {
  NOTES,
  couldBeMerged,
  gridSheet,
  prepareGrid,
  type GridSheet,
  type PreparedGrid,
} from "./grid";
import { fingerprint, Lru } from "./memo";
import { MESSAGES } from "./messages";
import { optionsKey, readOptions } from "./options";
import { errorSpill, errorValue, findingsSpill, type OutValue, type Spill } from "./spill";
import { displayed, isEmpty, toMatrix } from "./values";

/**
 * The ROTA functions as plain TypeScript: arguments in (as Excel hands them), a spill out. They
 * check their arguments through the table in args.ts, adapt them for the engine, and present what
 * the engine returns; nothing here knows of Office. functions.ts wraps them for Excel.
 */

/** Every rule of the registry may be named in `off=`: national, course, clinician-scientist, capacity, the readers' notes. */
const RULE_IDS: ReadonlySet<string> = ENGINE_RULE_IDS;

/** Results by grid content, merges and arguments: a recalculation with nothing changed does no work. */
const validateMemo = new Lru<Spill>(32);
const gridsMemo = new Lru<readonly Grid[]>(16);

export function clearMemos(): void {
  validateMemo.clear();
  gridsMemo.clear();
}

async function locate(grid: PreparedGrid, merges: MergeReader): Promise<GridSheet> {
  const info = grid.located ? await merges.read(grid) : ({ known: true, areas: [] } as const);
  return gridSheet(grid, info);
}

/** The grids on a located sheet, found once per content and merges. */
function gridsOf(grid: PreparedGrid, located: GridSheet): readonly Grid[] {
  const key = `${grid.key}|${located.mergeKey}`;
  let grids = gridsMemo.get(key);
  if (!grids) {
    grids = findGrids(located.sheet);
    gridsMemo.set(key, grids);
  }
  return grids;
}

/**
 * The plans whose counts unknown merges could change: those with an empty block that could be the
 * hidden part of a merged rotation. None when the merges are known.
 */
function uncertainPlans(
  grid: PreparedGrid,
  located: GridSheet,
  grids: readonly Grid[]
): ReadonlySet<Plan> {
  const out = new Set<Plan>();
  if (located.mergesKnown) return out;
  for (const g of grids) {
    for (const plan of g.plans) {
      const hidden = plan.slots.some((slot) => {
        if (slot.parsed.kind !== "empty") return false;
        const at = fromA1(slot.cell);
        return at !== undefined && couldBeMerged(grid, at.row, at.col);
      });
      if (hidden) out.add(plan);
    }
  }
  return out;
}

/**
 * `=ROTA.VALIDATE(grid, [course], [options])`. The workbook's 規則 sheet, when `rules` finds one,
 * is the program's profile (CONTRACT §7); one that cannot be used is a #VALUE! naming its cell.
 */
export async function rotaValidate(
  args: readonly unknown[],
  address: string | undefined,
  merges: MergeReader,
  rulesSheet: RulesReader = NO_RULES
): Promise<Spill> {
  const read = readArgs(FUNCTION_ARGS.VALIDATE, args);
  if (!read.ok) return errorSpill("#VALUE!", read.error);
  const [gridArg, course, optionsArg] = read.values;
  const parsed = readOptions(optionsArg, RULE_IDS);
  if (!parsed.ok) return errorSpill("#VALUE!", parsed.error);
  const options = parsed.options;
  const grid = prepareGrid(gridArg, address);
  if (!grid) return errorSpill("#VALUE!", MESSAGES.gridEmpty, options.lang);
  const [located, rulesData] = await Promise.all([locate(grid, merges), rulesSheet.read()]);
  const profileRead = rulesData ? parseProfileTable(rulesData) : undefined;
  if (profileRead && !profileRead.ok)
    return errorSpill("#VALUE!", profileRead.problems[0], options.lang);
  const profile = profileRead?.ok ? profileRead.profile : null;

  const key = [
    grid.key,
    located.mergeKey,
    course ?? "",
    optionsKey(options),
    rulesData ? fingerprint(rulesData.rows, rulesData.name) : "",
  ].join("|");
  const cached = validateMemo.get(key);
  if (cached) return cached;

  const rules: Record<string, RuleOverride> = {};
  for (const id of options.off) rules[id] = { enabled: false };
  const report = validateWorkbook([located.sheet], {
    profile,
    ...(course ? { course } : {}),
    ...(options.off.length > 0 ? { rules } : {}),
    ...(options.edition ? { csEdition: options.edition } : {}),
  });
  if (report.grids.length === 0) return errorSpill("#N/A", MESSAGES.gridNotFound, options.lang);
  const unsure = uncertainPlans(grid, located, located.mergesKnown ? [] : gridsOf(grid, located));
  const notes = unsure.size > 0 ? [NOTES.mergesUnknown, ...located.notes] : located.notes;
  const spill = findingsSpill(report.findings, notes, options);
  validateMemo.set(key, spill);
  return spill;
}

/** Reads a field argument (one cell or a row of them) as the texts to count. */
function readFields(value: unknown): { ok: true; fields: string[] } | { ok: false; spill: Spill } {
  const fields: string[] = [];
  for (const row of toMatrix(value)) {
    for (const cell of row) {
      if (isEmpty(cell)) continue;
      if (typeof cell !== "string")
        return { ok: false, spill: errorSpill("#VALUE!", MESSAGES.fieldNotText(displayed(cell))) };
      const parsed = parseCell(cell);
      if (parsed.kind !== "rotation" && parsed.kind !== "leave") {
        return {
          ok: false,
          spill: errorSpill("#VALUE!", MESSAGES.fieldUnknown(cell, parsed.suggestion)),
        };
      }
      fields.push(cell);
    }
  }
  if (fields.length === 0) return { ok: false, spill: errorSpill("#VALUE!", MESSAGES.fieldEmpty) };
  return { ok: true, fields };
}

/**
 * `=ROTA.WEEKS(grid, field)`: one row per row of the grid, lined up with it, so that the formula
 * placed beside the grid's first row puts each trainee's weeks on the trainee's row; rows that are
 * no trainee's stay empty. A row of fields gives one column per field.
 */
export async function rotaWeeks(
  args: readonly unknown[],
  address: string | undefined,
  merges: MergeReader
): Promise<Spill> {
  const read = readArgs(FUNCTION_ARGS.WEEKS, args);
  if (!read.ok) return errorSpill("#VALUE!", read.error);
  const [gridArg, fieldArg] = read.values;
  const fields = readFields(fieldArg);
  if (!fields.ok) return fields.spill;
  const grid = prepareGrid(gridArg, address);
  if (!grid) return errorSpill("#VALUE!", MESSAGES.gridEmpty);
  const located = await locate(grid, merges);

  const grids = gridsOf(grid, located);
  if (grids.length === 0) return errorSpill("#N/A", MESSAGES.gridNotFound);
  const unsure = uncertainPlans(grid, located, grids);

  const out: Spill = grid.rows.map(() => fields.fields.map((): OutValue => ""));
  for (const g of grids) {
    for (const plan of g.plans) {
      const r = plan.row - 1 - grid.origin.row;
      const row = out[r];
      if (!row) continue;
      fields.fields.forEach((field, i) => {
        row[i] = unsure.has(plan)
          ? errorValue("#N/A", MESSAGES.weeksUnsure)
          : (weeksOf(plan, field) ?? "");
      });
    }
  }
  return out;
}

/** `=ROTA.TEMPLATE(course, [year])`: one row, one 4-week block per column (26, or 13 for one year). */
export function rotaTemplate(args: readonly unknown[]): Spill {
  const read = readArgs(FUNCTION_ARGS.TEMPLATE, args);
  if (!read.ok) return errorSpill("#VALUE!", read.error);
  const [course, year] = read.values;
  const template = COURSE_TEMPLATES[course];
  const years =
    year === undefined ? template.years : [year === 1 ? template.years[0] : template.years[1]];
  const row: OutValue[] = [];
  for (const y of years) {
    for (const rotation of y.rotations) {
      const text = templateTextOneLine(rotation.text);
      for (let b = 0; b < Math.max(1, Math.round(rotation.weeks / 4)); b++) row.push(text);
    }
  }
  return [row];
}

/**
 * `=ROTA.QUOTA(fields, applicants, [total], [min])` (CONTRACT §3's rule): places per field, in the
 * fields' own shape (a column gives a column), so the result lines up beside the table. The two
 * ranges are read as the CLI reads its table (engine/quota/parse-applicants.ts): counts such as
 * `12人` or `１２`, `-`/`なし`/`不参加` for a field not taking part, a header row and a 合計 row
 * (those two are left empty in the result).
 */
export function rotaQuota(args: readonly unknown[]): Spill {
  const read = readArgs(FUNCTION_ARGS.QUOTA, args);
  if (!read.ok) return errorSpill("#VALUE!", read.error);
  const [fieldsArg, applicantsArg, total, min] = read.values;
  const f = toMatrix(fieldsArg);
  const a = toMatrix(applicantsArg);
  const height = f.length;
  const width = f[0]?.length ?? 0;
  const sameShape = a.length === height && a.every((row, i) => row.length === (f[i]?.length ?? -1));
  if (!sameShape || (height !== 1 && width !== 1))
    return errorSpill("#VALUE!", MESSAGES.quotaShape);
  const fieldCells = f.flat();
  const applicantCells = a.flat();
  const table = fieldCells.map((field, i) => [field, applicantCells[i] ?? null]);

  const outcome = allocateQuotaTable(table, {
    ...(total !== undefined ? { total } : {}),
    ...(min !== undefined ? { min } : {}),
  });
  if (!outcome.ok) {
    const first = outcome.problems.slice(0, 3);
    const more = outcome.problems.length - first.length;
    const ja = first.map((p) => p.message).join("。") + (more > 0 ? `（ほか ${more} 件）` : "");
    const en = first.map((p) => p.message_en).join("; ") + (more > 0 ? ` (and ${more} more)` : "");
    return errorSpill("#VALUE!", { ja, en });
  }
  if (outcome.allocations.length === 0) return errorSpill("#VALUE!", MESSAGES.quotaNoFields);
  const places: OutValue[] = fieldCells.map(() => "");
  outcome.allocations.forEach((allocation, k) => {
    const row = outcome.sourceRows[k];
    if (row !== undefined) places[row - 1] = allocation.places;
  });
  return height === 1 && width > 1 ? [places] : places.map((p) => [p]);
}

/** `=ROTA.FIELD(text)`: the canonical field of each cell ("神経内科" → "内科(脳神経)"), in the argument's shape. */
export function rotaField(args: readonly unknown[]): Spill {
  const read = readArgs(FUNCTION_ARGS.FIELD, args);
  if (!read.ok) return errorSpill("#VALUE!", read.error);
  return toMatrix(read.values[0]).map((row) =>
    row.map((cell): OutValue => {
      if (isEmpty(cell)) return "";
      if (isCellError(cell)) {
        return errorValue(
          cell.error === "#N/A" ? "#N/A" : "#VALUE!",
          MESSAGES.argErrorValue("text", cell.error)
        );
      }
      const parsed = parseCell(cell);
      if (parsed.kind === "empty" || parsed.kind === "ditto") return "";
      if (parsed.kind === "unknown")
        return errorValue("#N/A", MESSAGES.fieldUnknown(parsed.text, parsed.suggestion));
      return fieldLabel(parsed);
    })
  );
}
