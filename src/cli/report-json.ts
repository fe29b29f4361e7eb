import * as path from "node:path";
import type { Finding, GridSummary, ValidationReport } from "../engine";

/** `rota validate --format json`: CONTRACT §3's object, keys in its order. */
export interface JsonReport {
  readonly workbook: string;
  readonly grids: ReadonlyArray<{
    readonly sheet: string;
    readonly range: string;
    readonly layout: GridSummary["layout"];
    readonly trainees: ReadonlyArray<{ readonly name: string; readonly row: number; readonly course: string | null; readonly weeks: Readonly<Record<string, number>> }>;
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
      trainees: g.trainees.map((t) => ({ name: t.name, row: t.row, course: t.course ?? null, weeks: t.weeks })),
    })),
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      trainee: f.trainee,
      cells: [...f.cells],
      message: f.message,
      message_en: f.message_en,
      // What the rule measured (field, actual, required weeks …), beside the words: an extension of §2.
      ...(f.facts ? { facts: { ...f.facts } } : {}),
    })),
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos },
  };
}
