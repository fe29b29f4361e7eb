/**
 * The rows of the periods table: one period (a year or a half-year) of the course each, with its
 * phase, site, research effort, and any extension or leave and its reason.
 */
import { CS_EXPECTED, CS_MESSAGES, CS_THINGS } from "../messages/cs";
import type { SheetView } from "../model/sheet-view";
import { columnsOf, type CsTable } from "./find-tables";
import type { CsFacts, CsPeriod, CsReason, CsUnreadable, PeriodCells } from "./plan";
import { readPeriodLabel } from "./period-label";
import { isEmpty, readEffort, readPhase, readSiteKind, readYesNo, shownText, UNREADABLE } from "./values";
import { csKey, EXTENSION_REASONS, NO_REASON, SITE_TEXT_KINDS, type CsSiteKind, type PeriodColumn } from "./vocabulary";
import { foldWidth } from "../text/normalize";

/** 延長 in a phase or remarks cell, but not "延長なし". */
const EXTENDED = /延長(?!なし|無し|無|しない|不要|予定なし)/;

/** The allowed reason (seed 001 Ⅲ.1) a text names, if any: "育休のため" → "妊娠・出産・育児". */
export function allowedReason(text: string): string | undefined {
  const k = csKey(text);
  return EXTENSION_REASONS.find((r) => r.words.test(k))?.label;
}

/** The kind of site its name shows (大学院 → graduate, 国立がん研究センター → national-centre …). */
export function siteKindOfText(site: string): CsSiteKind {
  const k = csKey(site);
  if (k === "") return "unknown";
  for (const [kind, re] of SITE_TEXT_KINDS) if (re.test(k)) return kind;
  return "unknown";
}

/** Two names of one place: one contains the other ("○○大学病院" and "○○大学医学部附属病院" do not). */
export function samePlace(a: string, b: string): boolean {
  const ka = csKey(a).replace(/\([^()]*\)/g, "");
  const kb = csKey(b).replace(/\([^()]*\)/g, "");
  return ka.length >= 2 && kb.length >= 2 && (ka.includes(kb) || kb.includes(ka));
}

/** Reads the periods table's rows (blank rows skipped). */
export function readPeriods(grid: SheetView, table: CsTable<PeriodColumn>, facts: CsFacts): { periods: CsPeriod[]; unreadable: CsUnreadable[] } {
  const periods: CsPeriod[] = [];
  const unreadable: CsUnreadable[] = [];
  const col = table.columns;
  for (let row = table.bodyFrom; row <= table.bodyTo; row++) {
    const cells: PeriodCells = {};
    const texts: Partial<Record<PeriodColumn, string>> = {};
    for (const [key, c] of columnsOf(col)) {
      cells[key] = grid.address(row, c);
      texts[key] = shownText(grid.value(row, c));
    }
    if (Object.values(texts).every((t) => t === "")) continue;
    const value = (key: PeriodColumn) => {
      const c = col[key];
      return c === undefined ? null : grid.value(row, c);
    };
    const bad = (key: PeriodColumn, what: keyof typeof CS_THINGS, expected: keyof typeof CS_EXPECTED): void => {
      // Only a column the table has reads as unreadable.
      const cell = cells[key];
      if (cell !== undefined) unreadable.push({ cell, message: CS_MESSAGES.unreadable(CS_THINGS[what], texts[key] ?? "", CS_EXPECTED[expected]) });
    };

    const when = readPeriodLabel(value("period"));
    if (when === UNREADABLE) bad("period", "period", "period");
    const phase = readPhase(value("phase"));
    if (phase === UNREADABLE) bad("phase", "phase", "phase");
    const effort = readEffort(value("effort"));
    if (effort === UNREADABLE) bad("effort", "effort", "effort");
    const explicitKind = readSiteKind(value("siteKind"));
    if (explicitKind === UNREADABLE) bad("siteKind", "siteKind", "siteKind");

    const site = texts.site ?? "";
    const phaseKey = csKey(texts.phase ?? "");
    const remarks = texts.remarks ?? "";
    const remarksKey = csKey(remarks);
    const siteKind: CsSiteKind = explicitKind !== undefined && explicitKind !== UNREADABLE ? explicitKind : siteKindOfText(site);
    const atResponsible = facts.responsible?.value !== undefined && site !== "" && samePlace(site, facts.responsible.value);
    const atPartner = site !== "" && (facts.partners?.value ?? []).some((p) => samePlace(site, p));
    const abroad = siteKind === "abroad" || /留学/.test(phaseKey) || /留学/.test(remarksKey);

    const extCell = value("extension");
    const extYes = readYesNo(extCell);
    const extText = texts.extension ?? "";
    const extension = extYes === true || (extYes === UNREADABLE && !isEmpty(extCell)) || EXTENDED.test(phaseKey) || EXTENDED.test(remarksKey);

    const reason = findReason(cells, texts, extYes === UNREADABLE ? extText : "", phase === "leave", extension);
    periods.push({
      row: row + 1,
      label: texts.period ? texts.period : `${row + 1}行目`,
      cells,
      ...(when !== undefined && when !== UNREADABLE ? { when } : {}),
      ...(phase !== undefined && phase !== UNREADABLE ? { phase } : {}),
      site,
      siteKind,
      atResponsible,
      atPartner,
      ...(effort !== undefined && effort !== UNREADABLE ? { effort } : {}),
      abroad,
      extension,
      ...(reason ? { reason } : {}),
      remarks,
    });
  }
  return { periods, unreadable };
}

/**
 * The reason given for a row's extension or leave: the reason column; else a cell that names an
 * allowed reason (extension column, remarks, phase); else what the remarks say after 延長; else, on a
 * leave or an extension, the remarks themselves.
 */
function findReason(cells: PeriodCells, texts: Partial<Record<PeriodColumn, string>>, extText: string, leave: boolean, extension: boolean): CsReason | undefined {
  const reasonText = texts.reason ?? "";
  if (reasonText !== "" && cells.reason !== undefined && !NO_REASON.test(csKey(reasonText))) {
    const allowed = allowedReason(reasonText);
    return { text: reasonText, cell: cells.reason, ...(allowed ? { allowed } : {}) };
  }
  const candidates: Array<[string, string | undefined]> = [
    [extText, cells.extension],
    [texts.remarks ?? "", cells.remarks],
    [leave ? (texts.phase ?? "") : "", cells.phase],
  ];
  for (const [text, cell] of candidates) {
    const allowed = text ? allowedReason(text) : undefined;
    if (allowed && cell) return { text, cell, allowed };
  }
  const remarks = texts.remarks ?? "";
  const m = /延長(?:理由)?\s*[(（:：]\s*([^)）]+)/.exec(foldWidth(remarks));
  if (m && cells.remarks) return { text: (m[1] ?? "").trim(), cell: cells.remarks };
  if (extText && cells.extension) return { text: extText, cell: cells.extension };
  // On a leave or an extension, the remarks are the reason given; on another row they are just remarks.
  const rest = csKey(remarks).replace(/延長(理由)?/g, "");
  if ((leave || extension) && rest !== "" && !NO_REASON.test(rest) && cells.remarks) return { text: remarks, cell: cells.remarks };
  return undefined;
}
