/**
 * Rota's notes in a sheet's legacy comments part and its VML drawing (what Excel calls notes).
 *
 * A user's note on an offending cell keeps its text and formatting, and gets Rota's lines below it
 * (a run of its own); lines of an earlier run of Rota are taken off first, and a note that held
 * nothing else goes, with its shape. Threaded comments live in parts of their own, never touched.
 */
import { fromA1, toA1 } from "../../../engine/model/address";
import { must } from "../../../engine/model/invariant";
import { isRotaLine, NOTE_MARK, withoutRotaLines } from "../../../engine/present";
import { escapeXml, rootPrefix, tagName, unescapeXml } from "./xml-text";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const AUTHOR = "Rota";

const COMMENT = new RegExp(`<${tagName("comment")}\\s[^>]*?\\bref="([^"]+)"[^>]*?(?:/>|>([\\s\\S]*?)</${tagName("comment")}>)`, "g");
const RUN = new RegExp(`<${tagName("r")}>[\\s\\S]*?</${tagName("r")}>`, "g");
const TEXT = new RegExp(`<${tagName("t")}(?:\\s[^>]*)?>([\\s\\S]*?)</${tagName("t")}>|<${tagName("t")}(?:\\s[^>]*)?/>`, "g");

export interface NotesEdit {
  /** The comments part's new XML, or null when no note is left. */
  readonly comments: string | null;
  /** Cells whose note went (their VML shapes go too). */
  readonly removed: ReadonlySet<string>;
  /** Cells that got a new note (they need a VML shape). */
  readonly added: readonly string[];
}

/** Whether a comments part holds any of Rota's lines. */
export function hasRotaNotes(commentsXml: string): boolean {
  return commentsXml.includes(NOTE_MARK.ja) || commentsXml.includes(NOTE_MARK.en);
}

/**
 * Edits a comments part (or starts one when `existing` is undefined): Rota's earlier lines off
 * every note, then `lines` added to each cell in the map.
 */
export function editComments(existing: string | undefined, lines: ReadonlyMap<string, readonly string[]>): NotesEdit {
  const xml = existing ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
  const x = rootPrefix(xml, "comments");
  const { xml: withAuthor, id: authorId } = ensureAuthor(xml, x);
  const removed = new Set<string>();
  const seen = new Set<string>();
  let edited = withAuthor.replace(COMMENT, (whole, ref: string, inner: string | undefined) => {
    const cell = ref.toUpperCase();
    seen.add(cell);
    const ours = lines.get(cell);
    const body = inner ?? "";
    if (!hasRotaNotes(body) && !ours) return whole;
    const text = /<(?:[\w.-]+:)?text[\s>]/.exec(body) ? body : "";
    const kept = userRuns(text, x);
    if (!ours) {
      if (kept.plain.trim() === "") {
        removed.add(cell);
        return "";
      }
      return whole.replace(body, kept.xml);
    }
    const run = `<${x}r><${x}rPr><${x}sz val="9"/></${x}rPr><${x}t xml:space="preserve">${escapeXml((kept.plain.trim() === "" ? "" : "\n") + ours.join("\n"))}</${x}t></${x}r>`;
    const textXml = kept.plain.trim() === "" ? `<${x}text>${run}</${x}text>` : kept.xml.replace(new RegExp(`</${tagName("text")}>`), `${run}</${x}text>`);
    return whole.replace(body, textXml).replace(/\/>$/, `>${textXml}</${x}comment>`);
  });
  const added: string[] = [];
  let fresh = "";
  for (const [cell, ours] of lines) {
    if (seen.has(cell)) continue;
    added.push(cell);
    fresh += `<${x}comment ref="${cell}" authorId="${authorId}"><${x}text><${x}r><${x}rPr><${x}sz val="9"/></${x}rPr><${x}t xml:space="preserve">${escapeXml(ours.join("\n"))}</${x}t></${x}r></${x}text></${x}comment>`;
  }
  if (fresh !== "") {
    const close = new RegExp(`</${tagName("commentList")}>`);
    edited = close.test(edited) ? edited.replace(close, `${fresh}</${x}commentList>`) : edited.replace(new RegExp(`<${tagName("commentList")}\\s*/>`), `<${x}commentList>${fresh}</${x}commentList>`);
  }
  const left = edited.match(COMMENT)?.length ?? 0;
  return { comments: left === 0 ? null : edited, removed, added };
}

/** The note's `<text>` without Rota's runs and lines, as XML and as plain text. */
function userRuns(textXml: string, x: string): { xml: string; plain: string } {
  if (textXml === "") return { xml: `<${x}text></${x}text>`, plain: "" };
  let plain = "";
  const cleanText = (t: string): string =>
    t.replace(TEXT, (whole, content: string | undefined) => {
      if (content === undefined) return whole;
      const kept = withoutRotaLines(unescapeXml(content));
      plain += kept;
      return whole.replace(content, escapeXml(kept));
    });
  const noRuns = textXml.replace(RUN, (run) => {
    const texts = [...run.matchAll(TEXT)].map((m) => unescapeXml(m[1] ?? ""));
    const joined = texts.join("");
    if (joined.split(/\r?\n/).filter((l) => l.trim() !== "").every(isRotaLine) && joined.trim() !== "") return "";
    return cleanText(run);
  });
  // A plain `<t>` directly in `<text>` (outside runs).
  const xml = noRuns.replace(new RegExp(`(<${tagName("text")}[^>]*>)([\\s\\S]*?)(?=<${tagName("r")}>|</${tagName("text")}>)`), (_all, open: string, head: string) => open + cleanText(head));
  return { xml, plain };
}

function ensureAuthor(xml: string, x: string): { xml: string; id: number } {
  const authors = [...xml.matchAll(new RegExp(`<${tagName("author")}>([\\s\\S]*?)</${tagName("author")}>`, "g"))].map((m) => unescapeXml(m[1] ?? ""));
  const at = authors.indexOf(AUTHOR);
  if (at >= 0) return { xml, id: at };
  const entry = `<${x}author>${AUTHOR}</${x}author>`;
  const close = new RegExp(`</${tagName("authors")}>`);
  const out = close.test(xml) ? xml.replace(close, `${entry}</${x}authors>`) : xml.replace(new RegExp(`<${tagName("authors")}\\s*/>`), `<${x}authors>${entry}</${x}authors>`);
  return { xml: out, id: authors.length };
}

/** A new VML drawing for a sheet's notes. */
export function newVml(): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    "</xml>"
  );
}

const SHAPE = /<v:shape\s[\s\S]*?<\/v:shape>/g;

/** The VML with the shapes of removed notes taken out and a hidden note shape per added cell. */
export function editVml(vml: string, removed: ReadonlySet<string>, added: readonly string[]): string {
  let out = vml.replace(SHAPE, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    const row = /<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1];
    if (row === undefined || col === undefined) return shape;
    return removed.has(toA1(Number(row), Number(col))) ? "" : shape;
  });
  if (added.length === 0) return out;
  if (!out.includes('id="_x0000_t202"')) {
    out = out.replace(/<\/xml>\s*$/, '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>');
  }
  let next = Math.max(1024, ...[...out.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
  const shapes = added
    .map((cell) => {
      const { row, col } = must(fromA1(cell), "a note's cell is an A1 address");
      return (
        `<v:shape id="_x0000_s${next++}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:72pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 5}, 15, ${row + 5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join("");
  return out.replace(/<\/xml>\s*$/, `${shapes}</xml>`);
}

/** Whether a VML drawing has any shape left. */
export function hasShapes(vml: string): boolean {
  return /<v:shape\s/.test(vml);
}
