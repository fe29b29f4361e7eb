import * as path from "node:path";
import type { Finding, GridExplain, GridSummary, ValidationReport } from "../engine";

/** `rota validate --format json`: CONTRACT §3's object, keys in its order. */
export interface JsonReport {
  readonly workbook: string;
  readonly grids: ReadonlyArray<{
    readonly sheet: string;
    readonly range: string;
    readonly layout: GridSummary["layout"];
    readonly trainees: ReadonlyArray<{
      readonly name: string;
      readonly row: number;
      readonly course: string | null;
      readonly weeks: Readonly<Record<string, number>>;
      /** Only on a course sheet that names no resident (a course template). */
      readonly template?: true;
    }>;
    /** How the grid was read (`--explain` only): an extension of CONTRACT §3. */
    readonly explain?: GridExplain;
  }>;
  readonly findings: ReadonlyArray<Pick<Finding, "rule" | "severity" | "sheet" | "trainee" | "message" | "message_en" | "facts"> & { readonly cells: readonly string[] }>;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

/**
 * The report as CONTRACT §3's JSON object; `workbook` is the file's base name. Fields are copied
 * one by one so that what the engine adds for itself does not leak into the fixed interface.
 */
export function jsonReport(file: string, report: ValidationReport): JsonReport {
  return {
    workbook: path.basename(file),
    grids: report.grids.map((g) => ({
      sheet: g.sheet,
      range: g.range,
      layout: g.layout,
      trainees: g.trainees.map((t) => ({ name: t.name, row: t.row, course: t.course ?? t.programCourse ?? null, weeks: t.weeks, ...(t.template ? { template: true as const } : {}) })),
      ...(g.explain ? { explain: g.explain } : {}),
    })),
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      trainee: f.trainee,
      // The engine's own arrays and objects, not copies: they serialise the same, and 36,000 findings'
      // copies were garbage the collector paid for (issue 13).
      cells: f.cells,
      message: f.message,
      message_en: f.message_en,
      // What the rule measured (field, actual, required weeks …), beside the words: an extension of §2.
      ...(f.facts ? { facts: f.facts } : {}),
    })),
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos },
  };
}

/**
 * `rota validate A.xlsx B.xlsx --format json`: each workbook's object as for one, and the summary
 * over all of them (a workbook that could not be checked is on stderr and not listed).
 */
export function jsonReports(reports: ReadonlyArray<{ readonly file: string; readonly report: ValidationReport }>): {
  readonly workbooks: readonly JsonReport[];
  readonly summary: JsonReport["summary"];
} {
  const workbooks = reports.map((r) => jsonReport(r.file, r.report));
  const sum = (key: keyof JsonReport["summary"]): number => workbooks.reduce((n, w) => n + w.summary[key], 0);
  return { workbooks, summary: { errors: sum("errors"), warnings: sum("warnings"), infos: sum("infos") } };
}
