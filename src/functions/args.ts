import { foldWidth, parseCourseId, type CourseId } from "../engine";
import { MESSAGES, type Bilingual } from "./messages";
import { single, toCellValue } from "./values";

/**
 * Argument checking declared once, as a table per function (the way HyperFormula's
 * `implementedFunctions` does it), and done by one runner: the functions' bodies get values of the
 * right type or never run. A bad argument is a `#VALUE!` with a message that names it.
 */
export type ArgKind = "matrix" | "text" | "course" | "integer";

/** What each kind of argument becomes once read. */
export interface ArgValueOf {
  /** Any range or value, as Excel handed it (converted later by the function). */
  readonly matrix: unknown;
  readonly text: string;
  readonly course: CourseId;
  readonly integer: number;
}

export interface ArgSpec {
  readonly name: string;
  readonly kind: ArgKind;
  readonly optional?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** The parameters of every ROTA function (their names are the ones Excel shows). */
export const FUNCTION_ARGS = {
  VALIDATE: [
    { name: "grid", kind: "matrix" },
    { name: "course", kind: "course", optional: true },
    { name: "options", kind: "matrix", optional: true },
  ],
  WEEKS: [
    { name: "grid", kind: "matrix" },
    { name: "field", kind: "matrix" },
  ],
  TEMPLATE: [
    { name: "course", kind: "course" },
    { name: "year", kind: "integer", optional: true, min: 1, max: 2 },
  ],
  QUOTA: [
    { name: "fields", kind: "matrix" },
    { name: "applicants", kind: "matrix" },
    { name: "total", kind: "integer", optional: true, min: 1, max: 100_000 },
    { name: "min", kind: "integer", optional: true, min: 0, max: 10_000 },
  ],
  FIELD: [{ name: "text", kind: "matrix" }],
} as const satisfies Record<string, readonly ArgSpec[]>;

export type FunctionId = keyof typeof FUNCTION_ARGS;

type ValueOfSpec<S> = S extends { readonly kind: infer K extends ArgKind }
  ? S extends { readonly optional: true }
    ? ArgValueOf[K] | undefined
    : ArgValueOf[K]
  : never;

export type ArgValues<Specs extends readonly ArgSpec[]> = {
  -readonly [I in keyof Specs]: ValueOfSpec<Specs[I]>;
};

export type ArgResult<Specs extends readonly ArgSpec[]> =
  | { readonly ok: true; readonly values: ArgValues<Specs> }
  | { readonly ok: false; readonly error: Bilingual };

/**
 * Omitted: Excel passes null (or nothing) for an argument left out. A scalar given as an empty
 * cell ("") counts as omitted too; a range of empty cells does not (the function says what it
 * makes of it: an empty grid, an empty FIELD).
 */
function omitted(spec: ArgSpec, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (spec.kind === "matrix") return false;
  if (value === "") return true;
  const one = single(value);
  return one !== undefined && (one.value === null || one.value === undefined || one.value === "");
}

/** "A", "Ａ", "a", "A コース", "Aコース", "course A" → "A" (the engine's one reading of a course). */
export function readCourse(text: string): CourseId | undefined {
  return parseCourseId(text);
}

function readOne(
  spec: ArgSpec,
  value: unknown
): { ok: true; value: unknown } | { ok: false; error: Bilingual } {
  if (spec.kind === "matrix") return { ok: true, value };
  const one = single(value);
  if (!one) return { ok: false, error: MESSAGES.argNotSingle(spec.name) };
  const cell = toCellValue(one.value);
  if (cell !== null && typeof cell === "object" && !(cell instanceof Date)) {
    return { ok: false, error: MESSAGES.argErrorValue(spec.name, cell.error) };
  }
  switch (spec.kind) {
    case "text":
      if (typeof cell !== "string")
        return { ok: false, error: MESSAGES.argNotText(spec.name, one.value) };
      return { ok: true, value: cell };
    case "course": {
      const course = typeof cell === "string" ? readCourse(cell) : undefined;
      return course
        ? { ok: true, value: course }
        : { ok: false, error: MESSAGES.courseUnknown(one.value) };
    }
    case "integer": {
      const n =
        typeof cell === "number"
          ? cell
          : typeof cell === "string" && cell.trim() !== ""
            ? Number(foldWidth(cell))
            : NaN;
      if (!Number.isFinite(n))
        return { ok: false, error: MESSAGES.argNotNumber(spec.name, one.value) };
      if (!Number.isInteger(n))
        return { ok: false, error: MESSAGES.argNotInteger(spec.name, one.value) };
      const min = spec.min ?? -Infinity;
      const max = spec.max ?? Infinity;
      if (n < min || n > max)
        return { ok: false, error: MESSAGES.argOutOfRange(spec.name, min, max, one.value) };
      return { ok: true, value: n };
    }
  }
}

/** Checks a function's arguments against its table; the values come back typed by the table. */
export function readArgs<Specs extends readonly ArgSpec[]>(
  specs: Specs,
  args: readonly unknown[]
): ArgResult<Specs> {
  const values: unknown[] = [];
  for (const [i, spec] of specs.entries()) {
    const value = args[i];
    if (omitted(spec, value)) {
      if (!spec.optional) return { ok: false, error: MESSAGES.argMissing(spec.name) };
      values.push(undefined);
      continue;
    }
    const read = readOne(spec, value);
    if (!read.ok) return read;
    values.push(read.value);
  }
  return { ok: true, values: values as ArgValues<Specs> };
}
