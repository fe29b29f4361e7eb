import { findingMessage, SEVERITY_ORDER, type Finding } from "../engine";
import type { ErrorCodeText } from "./excel-error";
import type { Note } from "./grid";
import { MESSAGES, OK, VALIDATE_HEADER, type Bilingual, type Lang } from "./messages";
import type { FunctionOptions } from "./options";

/** An error value in a result, with its message already in the result's language. */
export interface ErrorValue {
  readonly kind: "error";
  readonly code: ErrorCodeText;
  readonly message: string;
}

export type OutValue = string | number | boolean | ErrorValue;
/** What a function spills: rows of values. */
export type Spill = OutValue[][];

export function errorValue(code: ErrorCodeText, message: Bilingual, lang: Lang = "ja"): ErrorValue {
  return { kind: "error", code, message: message[lang] };
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && "kind" in value && value.kind === "error";
}

/** A whole result that is one error (the cell shows it; nothing spills). */
export function errorSpill(code: ErrorCodeText, message: Bilingual, lang: Lang = "ja"): Spill {
  return [[errorValue(code, message, lang)]];
}

/**
 * Limits of one spilled result. Excel takes a few megabytes per result; a grid of 2,000 residents
 * with every rule broken would come near. Far below it: at most this many rows and characters,
 * then one row that says how many more there were.
 */
export const SPILL_LIMITS = { rows: 5_000, chars: 1_000_000 } as const;

/**
 * ROTA.VALIDATE's table (CONTRACT §6): a header row, the notes that qualify the result, then one
 * row per finding — trainee, rule, severity, message, cells — or a single `OK` when there is
 * nothing to say.
 */
export function findingsSpill(
  findings: readonly Finding[],
  notes: readonly Note[],
  options: FunctionOptions
): Spill {
  const limit = SEVERITY_ORDER[options.min];
  const shown = findings.filter(
    (f) => SEVERITY_ORDER[f.severity] <= limit && !options.off.includes(f.rule)
  );
  const said = notes.filter((n) => !options.off.includes(n.id));
  if (shown.length === 0 && said.length === 0) return [[OK]];
  const lang = options.lang;
  const rows: Spill = [];
  if (options.header) rows.push([...VALIDATE_HEADER[lang]]);
  for (const note of said) rows.push(["", note.id, note.severity, note.message[lang], ""]);
  let chars = 0;
  for (const [i, f] of shown.entries()) {
    const message = findingMessage(f, lang);
    const cells = f.cells.join(", ");
    const row: OutValue[] = [f.trainee, f.rule, f.severity, message, cells];
    chars += f.trainee.length + f.rule.length + f.severity.length + message.length + cells.length;
    if (rows.length >= SPILL_LIMITS.rows - 1 || chars > SPILL_LIMITS.chars) {
      rows.push(["", "", "", MESSAGES.truncated(shown.length - i)[lang], ""]);
      break;
    }
    rows.push(row);
  }
  return rows;
}
