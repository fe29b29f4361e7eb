/**
 * The annotated copy as a surgical edit of the user's own package (`rota validate --annotate`):
 * Rota's conditional formats and notes go into the sheets that need them, with their relationships,
 * content types and two differential formats; every other part is copied byte for byte (charts,
 * pivot tables, images, threaded comments, defined names, data validation, the user's fills and
 * notes). Annotating an annotated copy replaces Rota's marks and keeps the user's.
 */
import { fromA1, areaToA1 } from "../../../engine/model/address";
import { SEVERITY_ORDER, type Finding } from "../../../engine/model/finding";
import type { SheetData } from "../../../engine/model/sheet";
import { SheetView } from "../../../engine/model/sheet-view";
import { noteLine, type Lang } from "../../../engine/present";
import { rewriteZip } from "../../xlsx/zip";
import { WorkbookWriteError } from "../../xlsx/errors";
import { relationships, workbookMap, resolvePart } from "../content";
import { openPackage, type Package } from "../package";
import { requiredPart } from "../part-error";
import { hasRotaFormats, withoutRotaFormats, withRotaFormats, type Highlight } from "./conditional-formats";
import { withRotaDxfs } from "./dxfs";
import { editComments, editVml, hasRotaNotes, hasShapes, newVml } from "./notes";
import { insertBefore, rootPrefix, tagName } from "./xml-text";

export interface PackageAnnotation {
  readonly bytes: Buffer;
  /** Cells that received a note (a merged area counts once, at its top-left cell). */
  readonly cells: number;
  /** Cells highlighted (errors and warnings; infos get a note only). */
  readonly filled: number;
  /** Findings none of whose cells could be placed. */
  readonly unplaced: readonly Finding[];
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const COMMENTS_TYPE = `${REL}/comments`;
const VML_TYPE = `${REL}/vmlDrawing`;
const COMMENTS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_CT = "application/vnd.openxmlformats-officedocument.vmlDrawing";
/** Elements that come after `<legacyDrawing>` in a worksheet. */
const AFTER_LEGACY = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

const decoder = new TextDecoder("utf-8");
const text = (bytes: Uint8Array | undefined): string | undefined => (bytes ? decoder.decode(bytes) : undefined);

interface Mark {
  readonly findings: Finding[];
  /** The merged area's reference when the cell is a merge's top-left, else the cell. */
  readonly ref: string;
}

/**
 * Annotates the package `bytes` (as read: `sheets` are its sheets, for merges) with the findings.
 *
 * @example
 * const { bytes } = annotatePackage(loaded.bytes, loaded.sheets, report.findings, { lang: "ja" });
 */
export function annotatePackage(input: Buffer, sheets: readonly SheetData[], findings: readonly Finding[], options: { lang?: Lang; label?: string } = {}): PackageAnnotation {
  const lang = options.lang ?? "ja";
  const label = options.label ?? "(buffer)";
  const pkg = openPackage(input, label);
  const map = workbookMap(pkg);
  if (!map) throw new WorkbookWriteError(label, { ja: "ブックの構成を読めません", en: "the workbook's structure cannot be read" });

  const { marks, unplaced } = placeMarks(sheets, findings);
  const changes = new Map<string, Buffer | null>();
  const put = (name: string, content: string): void => void changes.set(name, Buffer.from(content, "utf8"));
  let contentTypes = text(pkg.part("[Content_Types].xml")) ?? "";
  const needsFill = [...marks.values()].some((m) => [...m.values()].some((mark) => mark.findings.some((f) => f.severity !== "info")));
  let dxf: Record<"error" | "warning", number> | undefined;
  if (needsFill && map.stylesPart) {
    const stylesXml = decoder.decode(requiredPart(pkg, map.stylesPart));
    const styles = withRotaDxfs(stylesXml);
    dxf = styles.ids;
    if (styles.xml !== stylesXml) put(map.stylesPart, styles.xml);
  }

  let cells = 0;
  let filled = 0;
  const taken = new Set(pkg.names);
  for (const entry of map.sheets) {
    const here = marks.get(entry.name) ?? new Map<string, Mark>();
    const sheetXml0 = decoder.decode(requiredPart(pkg, entry.part));
    const dir = entry.part.slice(0, entry.part.lastIndexOf("/") + 1);
    const relsPart = `${dir}_rels/${entry.part.slice(dir.length)}.rels`;
    const rels = relationships(pkg, relsPart, dir);
    const commentsRel = [...rels.entries()].find(([, r]) => r.type === COMMENTS_TYPE);
    const commentsXml = commentsRel ? text(pkg.part(commentsRel[1].target)) : undefined;
    if (here.size === 0 && !hasRotaFormats(sheetXml0) && !(commentsXml && hasRotaNotes(commentsXml))) continue;

    // Highlights.
    let sheetXml = withoutRotaFormats(sheetXml0);
    const highlights: Highlight[] = [];
    for (const severity of ["error", "warning"] as const) {
      // A mark's first finding is its gravest (marks are sorted).
      const refs = [...here.values()].filter((m) => m.findings[0]?.severity === severity).map((m) => m.ref);
      if (refs.length > 0 && dxf) highlights.push({ severity, sqref: refs.join(" "), dxfId: dxf[severity] });
      filled += dxf ? refs.length : 0;
    }
    sheetXml = withRotaFormats(sheetXml, highlights);

    // Notes.
    const lines = new Map<string, string[]>();
    for (const [cell, mark] of here) lines.set(cell, mark.findings.map((f) => noteLine(f, lang)));
    cells += lines.size;
    let relsXml = text(pkg.part(relsPart));
    if (lines.size > 0 || commentsXml) {
      const notes = editComments(commentsXml, lines);
      const commentsPart = commentsRel?.[1].target ?? freeName(taken, "xl/comments", ".xml");
      const vmlRel = [...rels.entries()].find(([, r]) => r.type === VML_TYPE);
      const vmlPart = vmlRel?.[1].target ?? freeName(taken, "xl/drawings/vmlDrawing", ".vml");
      const vml = editVml(text(pkg.part(vmlPart)) ?? newVml(), notes.removed, notes.added);
      relsXml ??= `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
      if (notes.comments === null) {
        // Every note was Rota's: the comments part goes, and the drawing when it is left empty.
        changes.set(commentsPart, null);
        if (commentsRel) relsXml = withoutRelationship(relsXml, commentsRel[0]);
        contentTypes = contentTypes.replace(new RegExp(`<Override[^>]*PartName="/${escapeRe(commentsPart)}"[^>]*/>`), "");
        if (!hasShapes(vml) && vmlRel) {
          changes.set(vmlPart, null);
          relsXml = withoutRelationship(relsXml, vmlRel[0]);
          sheetXml = sheetXml.replace(new RegExp(`<${tagName("legacyDrawing")}\\s[^>]*/>`), "");
        } else if (vmlRel) put(vmlPart, vml);
      } else {
        put(commentsPart, notes.comments);
        put(vmlPart, vml);
        if (!commentsRel) {
          relsXml = withRelationship(relsXml, COMMENTS_TYPE, relativeTarget(dir, commentsPart));
          contentTypes = withOverride(contentTypes, commentsPart, COMMENTS_CT);
        }
        if (!vmlRel) {
          const id = nextRelId(relsXml);
          relsXml = withRelationship(relsXml, VML_TYPE, relativeTarget(dir, vmlPart), id);
          contentTypes = withDefault(contentTypes, "vml", VML_CT);
          sheetXml = withLegacyDrawing(sheetXml, id);
        }
      }
      put(relsPart, relsXml);
    }
    if (sheetXml !== sheetXml0) put(entry.part, sheetXml);
  }
  if (changes.size > 0 && contentTypes !== text(pkg.part("[Content_Types].xml"))) put("[Content_Types].xml", contentTypes);
  const bytes = changes.size === 0 ? input : rewriteZip(input, changes);
  if (!bytes) throw new WorkbookWriteError(label, { ja: "この zip 形式 (zip64 など) には注記を書き込めません", en: "notes cannot be written into this kind of zip (zip64 …)" });
  return { bytes, cells, filled, unplaced };
}

/** Each finding's cells, moved to the top-left of their merged area, grouped by sheet and cell. */
function placeMarks(sheets: readonly SheetData[], findings: readonly Finding[]): { marks: Map<string, Map<string, Mark>>; unplaced: Finding[] } {
  const views = new Map<string, SheetView>();
  const marks = new Map<string, Map<string, Mark>>();
  const unplaced: Finding[] = [];
  for (const finding of findings) {
    const sheet = sheets.find((s) => s.name === finding.sheet);
    let placed = false;
    if (sheet) {
      let view = views.get(sheet.name);
      if (!view) views.set(sheet.name, (view = new SheetView(sheet)));
      let onSheet = marks.get(sheet.name);
      if (!onSheet) marks.set(sheet.name, (onSheet = new Map<string, Mark>()));
      for (const cell of finding.cells) {
        const pos = fromA1(cell);
        if (!pos) continue;
        const area = view.mergeAt(pos.row, pos.col);
        const address = view.address(pos.row, pos.col);
        let mark = onSheet.get(address);
        if (!mark) onSheet.set(address, (mark = { findings: [], ref: area ? areaToA1(area) : address }));
        if (!mark.findings.includes(finding)) mark.findings.push(finding);
        placed = true;
      }
    }
    if (!placed) unplaced.push(finding);
  }
  for (const onSheet of marks.values()) for (const mark of onSheet.values()) mark.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { marks, unplaced };
}

function freeName(taken: Set<string>, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${ext}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function relativeTarget(dir: string, part: string): string {
  const from = dir.split("/").filter(Boolean);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && from[i] === to[i]) i++;
  const target = [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
  return resolvePart(dir, target) === part ? target : `/${part}`;
}

function nextRelId(relsXml: string): string {
  const used = new Set([...relsXml.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  for (let n = 1; ; n++) if (!used.has(`rIdRota${n}`)) return `rIdRota${n}`;
}

function withRelationship(relsXml: string, type: string, target: string, id: string = nextRelId(relsXml)): string {
  return relsXml.replace(/<\/Relationships>\s*$/, `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
}

function withoutRelationship(relsXml: string, id: string): string {
  return relsXml.replace(new RegExp(`<Relationship\\s[^>]*\\bId="${escapeRe(id)}"[^>]*/>`), "");
}

function withOverride(ct: string, part: string, type: string): string {
  if (ct.includes(`PartName="/${part}"`)) return ct;
  return ct.replace(/<\/Types>\s*$/, `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

function withDefault(ct: string, ext: string, type: string): string {
  if (new RegExp(`<Default\\s[^>]*Extension="${ext}"`, "i").test(ct)) return ct;
  return ct.replace(/(<Types[^>]*>)/, `$1<Default Extension="${ext}" ContentType="${type}"/>`);
}

function withLegacyDrawing(sheetXml: string, id: string): string {
  const x = rootPrefix(sheetXml, "worksheet");
  let xml = sheetXml;
  // The r: prefix must be declared on the root.
  xml = xml.replace(new RegExp(`<${x}worksheet(\\s[^>]*)?>`), (open) => (open.includes(`xmlns:r="${REL}"`) ? open : open.replace(/>$/, ` xmlns:r="${REL}">`)));
  return insertBefore(xml, "worksheet", AFTER_LEGACY, `<${x}legacyDrawing r:id="${id}"/>`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export type { Package };
