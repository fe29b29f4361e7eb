import {
  COURSE_TEMPLATES,
  renderCourseTemplate,
  renderCsTemplate,
  type CourseId,
  type TemplateSheet,
} from "../../engine";
import { sanitizeSheetName } from "./sheet-name";

/** The templates a coordinator can start a plan from: the hematology courses and the clinician-scientist plan. */
export type TemplateChoice = CourseId | "cs";

export const TEMPLATE_CHOICES: readonly TemplateChoice[] = ["A", "B", "C", "cs"];

export interface TemplateRequest {
  readonly choice: TemplateChoice;
  /** The resident's name; may be empty. */
  readonly name: string;
  /** The fiscal year the training starts (April 1st of it). */
  readonly startYear?: number;
}

/** April 1st of a fiscal year, as the engine takes dates (UTC). */
export function fiscalYearStart(year: number): Date {
  return new Date(Date.UTC(year, 3, 1));
}

/** The template laid out by the engine, in the seed's layout, with the name and start filled in. */
export function renderTemplate(request: TemplateRequest): TemplateSheet {
  const name = request.name.trim();
  const start = request.startYear !== undefined ? fiscalYearStart(request.startYear) : undefined;
  const options = { ...(name !== "" ? { name } : {}), ...(start ? { start } : {}) };
  return request.choice === "cs"
    ? renderCsTemplate(options)
    : renderCourseTemplate(request.choice, options);
}

/** The new sheet's name: the template's, then the resident's ("Aコース 研修 太郎"). */
export function templateSheetName(request: TemplateRequest): string {
  const base =
    request.choice === "cs"
      ? "臨床研究医コース"
      : COURSE_TEMPLATES[request.choice].title.replace(/\s+/g, "");
  const name = request.name.trim();
  return sanitizeSheetName(name === "" ? base : `${base} ${name}`);
}
