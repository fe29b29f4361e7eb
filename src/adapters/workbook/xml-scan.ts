/**
 * A small XML scanner for the parts of a SpreadsheetML package, chosen for speed: one pass of
 * `indexOf` and char codes over the decoded text, the same events as saxes (element names as
 * written, attributes decoded, text decoded, CDATA as text, a self-closing element closed at once).
 *
 * It is strict on what it reads and never guesses: anything it does not check itself — a DOCTYPE, a
 * processing instruction after the declaration, a non-ASCII name, an entity other than XML's five
 * and character references — or anything not well-formed makes it stop with {@link UNSURE}. The
 * caller then parses the part again with saxes, which reads what is valid and words what is not
 * (so a damaged part gives the same line as before). A test runs both on generated and damaged XML
 * and requires the same events or the same refusal.
 */

/** Thrown when the scanner cannot vouch for the part: parse it again with saxes. */
class Unsure extends Error {
  override readonly name = "Unsure";
}

/** The one {@link Unsure}, made once (thrown often on odd parts; its stack says nothing useful). */
export const UNSURE: Error = new Unsure("the XML scanner leaves this part to saxes");

export interface ScanHandlers {
  readonly open?: (name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean) => void;
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const AMP = 38; // &
const EQ = 61; // =
const DQUOTE = 34;
const SQUOTE = 39;
const RBRACKET = 93; // ]
const CR = 13;

/** The XML declaration as saxes accepts it (version 1.x, an encoding name, standalone yes or no). */
const XML_DECL =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
/** ASCII name characters; a name with any other character is left to saxes. */
const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;

/**
 * Scans a part's text, calling the handlers in document order.
 *
 * @throws {@link UNSURE} when the part is not plainly well-formed SpreadsheetML (see above).
 */
export function scanXml(s: string, handlers: ScanHandlers): void {
  const { open, text, close } = handlers;
  const n = s.length;
  const stack: string[] = [];
  let seenRoot = false;
  let i = 0;
  if (s.startsWith("<?xml") && isSpace(s.charCodeAt(5))) {
    const decl = XML_DECL.exec(s);
    if (!decl) throw UNSURE;
    i = decl[0].length;
  }
  while (i < n) {
    const lt = s.indexOf("<", i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      if (stack.length === 0) {
        for (let k = i; k < end; k++) if (!isSpace(s.charCodeAt(k))) throw UNSURE; // text outside the root
      } else {
        const t = charData(s, i, end);
        if (text) text(t);
      }
    }
    if (lt < 0) break;
    const c = s.charCodeAt(lt + 1);
    if (c === SLASH) {
      // </name ws? >
      let k = lt + 2;
      while (k < n && isNameChar(s.charCodeAt(k))) k++;
      const name = s.slice(lt + 2, k);
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (s.charCodeAt(k) !== GT || stack.length === 0 || stack.pop() !== name) throw UNSURE;
      if (close) close(local(name));
      i = k + 1;
    } else if (c === BANG) {
      if (s.startsWith("<!--", lt)) {
        const stop = s.indexOf("-->", lt + 4);
        if (stop < 0) throw UNSURE;
        const body = s.slice(lt + 4, stop);
        if (body.includes("--") || body.endsWith("-")) throw UNSURE;
        checkChars(body);
        i = stop + 3;
      } else if (s.startsWith("<![CDATA[", lt) && stack.length > 0) {
        const stop = s.indexOf("]]>", lt + 9);
        if (stop < 0) throw UNSURE;
        let body = s.slice(lt + 9, stop);
        checkChars(body);
        if (body.includes("\r")) body = body.replace(/\r\n?/g, "\n");
        if (text && body !== "") text(body);
        i = stop + 3;
      } else throw UNSURE; // a DOCTYPE (entities: saxes refuses what it cannot expand), or damage
    } else if (c === QUESTION) {
      throw UNSURE; // a processing instruction, or a declaration out of place
    } else {
      // <name (ws attr ws? = ws? "value")* ws? /? >
      let k = lt + 1;
      if (!isNameStart(s.charCodeAt(k))) throw UNSURE;
      k++;
      while (k < n && isNameChar(s.charCodeAt(k))) k++;
      const name = s.slice(lt + 1, k);
      if (stack.length === 0) {
        if (seenRoot) throw UNSURE; // a second root
        seenRoot = true;
      }
      const attributes: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        const before = k;
        while (k < n && isSpace(s.charCodeAt(k))) k++;
        const ch = s.charCodeAt(k);
        if (ch === GT) {
          k++;
          break;
        }
        if (ch === SLASH) {
          if (s.charCodeAt(k + 1) !== GT) throw UNSURE;
          selfClosing = true;
          k += 2;
          break;
        }
        if (k === before || !isNameStart(ch)) throw UNSURE; // no space before an attribute, or an odd name
        const a0 = k;
        k++;
        while (k < n && isNameChar(s.charCodeAt(k))) k++;
        const attr = s.slice(a0, k);
        while (k < n && isSpace(s.charCodeAt(k))) k++;
        if (s.charCodeAt(k) !== EQ) throw UNSURE;
        k++;
        while (k < n && isSpace(s.charCodeAt(k))) k++;
        const quote = s.charCodeAt(k);
        if (quote !== DQUOTE && quote !== SQUOTE) throw UNSURE;
        const stop = s.indexOf(quote === DQUOTE ? '"' : "'", k + 1);
        if (stop < 0) throw UNSURE;
        if (attr === "__proto__" || Object.prototype.hasOwnProperty.call(attributes, attr)) throw UNSURE;
        attributes[attr] = attributeValue(s, k + 1, stop);
        k = stop + 1;
      }
      if (open) open(local(name), attributes, selfClosing);
      if (selfClosing) {
        if (close) close(local(name));
      } else stack.push(name);
      i = k;
    }
  }
  if (!seenRoot || stack.length > 0) throw UNSURE;
}

function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Text between tags, decoded: line ends as XML reads them, XML's five entities and character references. */
function charData(s: string, from: number, to: number): string {
  let plain = true;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 32 || c === AMP || c === RBRACKET || c >= 0xfffe) {
      if (c === RBRACKET) {
        if (s.startsWith("]]>", k) && k + 2 < to) throw UNSURE;
        continue;
      }
      if (c === 9 || c === 10) continue;
      if (c === AMP || c === CR) {
        plain = false;
        continue;
      }
      throw UNSURE; // a control character, U+FFFE or U+FFFF
    }
  }
  if (plain) return s.slice(from, to);
  return decode(s, from, to, false);
}

/** An attribute's value, decoded: `<` refused, literal tabs and line ends read as spaces, entities expanded. */
function attributeValue(s: string, from: number, to: number): string {
  let plain = true;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 32 || c === AMP || c === LT || c >= 0xfffe) {
      if (c === LT) throw UNSURE;
      if (c === AMP || c === CR || c === 9 || c === 10) {
        plain = false;
        continue;
      }
      throw UNSURE;
    }
  }
  if (plain) return s.slice(from, to);
  return decode(s, from, to, true);
}

const NAMED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

function decode(s: string, from: number, to: number, attribute: boolean): string {
  let out = "";
  let k = from;
  while (k < to) {
    const c = s.charCodeAt(k);
    if (c === AMP) {
      const semi = s.indexOf(";", k + 1);
      if (semi < 0 || semi >= to) throw UNSURE;
      out += entity(s.slice(k + 1, semi));
      k = semi + 1;
    } else if (c === CR) {
      out += attribute ? " " : "\n";
      k += s.charCodeAt(k + 1) === 10 && k + 1 < to ? 2 : 1;
    } else if (attribute && (c === 9 || c === 10)) {
      out += " ";
      k++;
    } else {
      out += s[k];
      k++;
    }
  }
  return out;
}

function entity(body: string): string {
  const named = NAMED[body];
  if (named !== undefined && Object.prototype.hasOwnProperty.call(NAMED, body)) return named;
  let code: number;
  if (/^#[0-9]+$/.test(body)) code = Number(body.slice(1));
  else if (/^#x[0-9a-fA-F]+$/.test(body)) code = parseInt(body.slice(2), 16);
  else throw UNSURE; // an entity saxes does not define (it refuses it), or damage
  const ok = code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  if (!ok) throw UNSURE;
  return String.fromCodePoint(code);
}

/** Refuses what XML allows nowhere: control characters other than tab and line ends, U+FFFE, U+FFFF. */
function checkChars(body: string): void {
  for (let k = 0; k < body.length; k++) {
    const c = body.charCodeAt(k);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff) throw UNSURE;
  }
}
