/**
 * Grids as Excel hands them to a custom function: 2-D arrays of strings, numbers and booleans,
 * "" for an empty cell, a merged cell's value in its first cell only, dates as serial numbers.
 * With the merged areas and the parameter address Excel would report for them.
 */
import type { Area } from "../../src/engine";
import { areaToA1, toA1 } from "../../src/engine";
import { CLEAN_PLAN } from "../fixtures";

export type ExcelScalar = string | number | boolean;
export type Rotation = readonly [text: string, blocks: number];

export interface ExcelTrainee {
  readonly name: string;
  readonly course?: string;
  readonly rotations: readonly Rotation[];
}

export interface ExcelGrid {
  readonly values: ExcelScalar[][];
  /** Merged areas on the sheet (absolute, 0-based). */
  readonly merges: Area[];
  /** The parameter address Excel reports: `'2026年度'!B4:AC9`. */
  readonly address: string;
  /** Where a trainee's rotation went: cells per rotation (A1). */
  readonly cells: (trainee: number, rotation: number) => string[];
  /** 1-based sheet row of a trainee. */
  readonly row: (trainee: number) => number;
}

/** 26 four-week blocks that satisfy every national rule: the fixture library's own clean plan. */
export const CLEAN: readonly Rotation[] = CLEAN_PLAN;

/** 救急 two blocks only (8 weeks): an `em-12w` error. */
export const SHORT_EM: readonly Rotation[] = CLEAN.map(([t, b]) =>
  t === "救急" ? (["救急", 2] as const) : t === "整形外科" ? (["整形外科", 4] as const) : ([t, b] as const)
);

/** Excel's serial number of a UTC date. */
export function serial(date: Date): number {
  return Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export interface CohortOptions {
  readonly trainees: readonly ExcelTrainee[];
  readonly sheet?: string;
  /** 0-based sheet position of the grid's top-left cell (the 氏名 header). Default B4 (3, 1). */
  readonly top?: number;
  readonly left?: number;
  /** How multi-block rotations are written. Default "merge". */
  readonly continuation?: "merge" | "repeat";
  /** Block numbers 1 … 26 (default), or block start dates as serial numbers from 2026-04-01. */
  readonly header?: "blocks" | "serial-dates";
  /** Empty rows after the last trainee (a range drawn longer than the data). */
  readonly trailingRows?: number;
}

export function excelCohort(options: CohortOptions): ExcelGrid {
  const sheet = options.sheet ?? "2026年度";
  const top = options.top ?? 3;
  const left = options.left ?? 1;
  const width = 2 + 26;
  const header: ExcelScalar[] = ["氏名", "コース"];
  for (let b = 0; b < 26; b++) {
    header.push(options.header === "serial-dates" ? serial(new Date(Date.UTC(2026, 3, 1 + 28 * b))) : b + 1);
  }
  const values: ExcelScalar[][] = [header];
  const merges: Area[] = [];
  const placed: string[][][] = [];
  options.trainees.forEach((trainee, t) => {
    const row: ExcelScalar[] = [trainee.name, trainee.course ?? ""];
    const r = top + 1 + t;
    const cells: string[][] = [];
    for (const [text, blocks] of trainee.rotations) {
      const first = left + row.length;
      cells.push(Array.from({ length: blocks }, (_, i) => toA1(r, first + i)));
      for (let i = 0; i < blocks; i++) row.push(i === 0 || options.continuation === "repeat" ? text : "");
      if (blocks > 1 && options.continuation !== "repeat" && text !== "") {
        merges.push({ top: r, left: first, bottom: r, right: first + blocks - 1 });
      }
    }
    while (row.length < width) row.push("");
    values.push(row);
    placed.push(cells);
  });
  for (let i = 0; i < (options.trailingRows ?? 0); i++) values.push(Array.from({ length: width }, () => ""));
  const area: Area = { top, left, bottom: top + values.length - 1, right: left + width - 1 };
  const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet}'`;
  return {
    values,
    merges,
    address: `${quoted}!${areaToA1(area)}`,
    cells: (t, r) => placed[t]![r]!,
    row: (t) => top + 2 + t,
  };
}
