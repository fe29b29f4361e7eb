import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { saxesParse, type XmlHandlers } from "../../src/adapters/workbook/xml";
import { scanXml, UNSURE } from "../../src/adapters/workbook/xml-scan";
import { PartError } from "../../src/adapters/workbook/part-error";

/**
 * Rota's XML scanner against saxes, the reference: whatever the scanner reads, saxes reads the same
 * events from; whatever is not well-formed the scanner leaves to saxes (UNSURE), never reads.
 */

type Event = readonly ["open", string, Readonly<Record<string, string>>, boolean] | readonly ["text", string] | readonly ["close", string];

/** Events inside the root, adjacent text joined (saxes splits text at CDATA sections and says whitespace outside the root). */
function recorder(): { handlers: XmlHandlers; events: Event[] } {
  const events: Event[] = [];
  let depth = 0;
  return {
    events,
    handlers: {
      open(name, attributes, selfClosing) {
        depth++;
        events.push(["open", name, { ...attributes }, selfClosing]);
      },
      text(t) {
        if (depth === 0 || t === "") return;
        const last = events[events.length - 1];
        if (last && last[0] === "text") events[events.length - 1] = ["text", last[1] + t];
        else events.push(["text", t]);
      },
      close(name) {
        depth--;
        events.push(["close", name]);
      },
    },
  };
}

function scanned(xml: string): Event[] | Error {
  const r = recorder();
  try {
    scanXml(xml, r.handlers);
  } catch (err) {
    if (err === UNSURE) return UNSURE;
    throw err;
  }
  return r.events;
}

function bySaxes(xml: string): Event[] | string {
  const r = recorder();
  try {
    saxesParse("part.xml", xml, r.handlers);
  } catch (err) {
    if (err instanceof PartError) return err.why.en;
    throw err;
  }
  return r.events;
}

/** The scanner's verdict is saxes's, or it leaves the part to saxes. */
function agrees(xml: string): void {
  const mine = scanned(xml);
  if (mine === UNSURE) return;
  expect(bySaxes(xml)).toEqual(mine);
}

describe("scanXml", () => {
  it("reads SpreadsheetML as saxes does: prefixes, entities, character references, CDATA, line ends, rich and inline text", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<x:worksheet xmlns:x="urn:x" xmlns:r="urn:r"><x:sheetData>\n' +
      '<x:row r="1" spans="1:3"><x:c r="A1" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">内科 &amp; &lt;外科&gt; &#10;&#x5185;</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ナイカ</x:t></x:rPh></x:is></x:c>' +
      "<x:c r='B1' t=\"str\"><x:f>A1&amp;\"科\"</x:f><x:v><![CDATA[a<b]]>&quot;c&apos;\r\nd\re</x:v></x:c><!-- a comment -->" +
      '<x:c r="C1"\tt="n"\n s = "3"><x:v>1</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>\n';
    const events = scanned(xml);
    expect(events).not.toBe(UNSURE);
    expect(bySaxes(xml)).toEqual(events);
    expect(events).toContainEqual(["text", "内科 & <外科> \n内"]);
    expect(events).toContainEqual(["text", 'a<b"c\'\nd\ne']);
    expect(events).toContainEqual(["open", "c", { r: "C1", t: "n", s: "3" }, false]);
    expect(events).toContainEqual(["open", "mergeCell", { ref: "A1:B1" }, true]);
  });

  it("reads attribute values as XML does: tabs and line ends as spaces, references kept", () => {
    const xml = '<a b="x\ty\nz\r\nw&#9;&#10;" c=\'&lt;&#65;\'/>';
    expect(scanned(xml)).toEqual([
      ["open", "a", { b: "x y z w\t\n", c: "<A" }, true],
      ["close", "a"],
    ]);
    agrees(xml);
  });

  it.each([
    ["cut off", '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"'],
    ["a control character", "<a>a\u0001b</a>"],
    ["a control character in an attribute", '<a b="\u0001"/>'],
    ["U+FFFE", "<a>\ufffe</a>"],
    ["an undefined entity", "<a>&nbsp;</a>"],
    ["a custom entity (billion laughs)", '<!DOCTYPE w [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><a>&b;</a>'],
    ["a bare ampersand", "<a>& </a>"],
    ["a reference to NUL", "<a>&#0;</a>"],
    ["a reference to a surrogate", "<a>&#xD800;</a>"],
    ["]]> in text", "<a>]]></a>"],
    ["-- in a comment", "<a><!-- a--b --></a>"],
    ["two roots", "<a/><b/>"],
    ["text after the root", "<a/>x"],
    ["no root", "  "],
    ["crossed tags", "<a><b></a></b>"],
    ["an unmatched closing tag", "</a>"],
    ["< in an attribute", "<a b='<'/>"],
    ["a duplicate attribute", '<a b="1" b="2"/>'],
    ["no space between attributes", '<a b="1"c="2"/>'],
    ["an unquoted attribute", "<a b=1/>"],
    ["an attribute without a value", "<a b/>"],
    ["a name starting with a digit", "<1a/>"],
    ["a slash not closing the tag", "<a/ >"],
    ["a space after </", "<a></ a>"],
    ["a second XML declaration", '<?xml version="1.0"?><a/><?xml version="1.0"?>'],
    ["XML 2.0", '<?xml version="2.0"?><a/>'],
  ])("leaves damage to saxes, which words it: %s", (_what, xml) => {
    expect(scanned(xml)).toBe(UNSURE);
    expect(typeof bySaxes(xml)).toBe("string");
  });

  it.each([
    ["a processing instruction", '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><a/>'],
    ["a DOCTYPE without entities", "<!DOCTYPE a><a/>"],
    ["a non-ASCII element name", "<データ>1</データ>"],
  ])("leaves to saxes what it does not check itself, which saxes reads: %s", (_what, xml) => {
    expect(scanned(xml)).toBe(UNSURE);
    expect(typeof bySaxes(xml)).not.toBe("string");
  });

  it("reads every part of the bundled examples and fixtures itself (never slower than saxes on Excel's, exceljs's or LibreOffice's XML)", () => {
    const dirs = [path.join(__dirname, "..", "..", "examples"), path.join(__dirname, "..", "fixtures")];
    const books = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d, { recursive: true }).map(String).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(d, f)) : []));
    expect(books.length).toBeGreaterThan(5);
    let parts = 0;
    for (const book of books) {
      for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(book)))) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        const xml = new TextDecoder().decode(bytes);
        const mine = scanned(xml);
        expect([book, name, mine === UNSURE]).toEqual([book, name, false]);
        expect(bySaxes(xml)).toEqual(mine);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(50);
  });

  describe("against saxes on generated and damaged XML", () => {
    const name = fc.constantFrom("c", "x:c", "row", "t", "v", "is", "r", "a:b-c.d_e", "データ", "_n");
    const textPiece = fc.constantFrom("内科", "a", " ", "\n", "\r\n", "\r", "\t", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#10;", "&#x5185;", "&#0;", "&bogus;", "&", ">", "]]>", "]", "\u0001", "\ufffe", "<![CDATA[x<y]]>", "<!-- c -->", "<!-- a--b -->", "<?pi x?>", '"', "'");
    const attrValue = fc.array(fc.constantFrom("A1", " ", "\t", "\n", "\r\n", "&amp;", "&#9;", "<", "&", "'", '"', "ア", "\u0002"), { maxLength: 4 }).map((a) => a.join(""));
    const attrs = fc.array(fc.tuple(fc.constantFrom("r", "s", "t", "x:id", "ref", "r"), attrValue, fc.constantFrom('"', "'"), fc.constantFrom(" ", "  ", "\n", "")), { maxLength: 3 });
    const element: fc.Memo<string> = fc.memo((depth) =>
      fc
        .tuple(name, attrs, depth > 1 ? fc.array(fc.oneof(fc.array(textPiece, { maxLength: 3 }).map((t) => t.join("")), element(depth - 1)), { maxLength: 4 }) : fc.constant([]), fc.boolean())
        .map(([n, as, children, selfClose]) => {
          const a = as.map(([k, v, q, sp]) => ` ${k}=${q}${v}${q}${sp}`).join("");
          return selfClose && children.length === 0 ? `<${n}${a}/>` : `<${n}${a}>${children.join("")}</${n}>`;
        }),
    );
    const prolog = fc.constantFrom("", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', "<?xml version='1.0'?>", "\n ", "<!-- head -->");
    const doc = fc.tuple(prolog, element(4), fc.constantFrom("", "\n", " x", "<a/>", "<!-- tail -->")).map(([p, e, tail]) => p + e + tail);

    it("same events, or left to saxes", () => {
      fc.assert(fc.property(doc, (xml) => agrees(xml)), { numRuns: 3000 });
    });

    it("after damage (cut, a character inserted, a character removed): same events, or left to saxes", () => {
      const damaged = fc.tuple(doc, fc.nat(), fc.constantFrom("cut", "insert", "remove"), fc.constantFrom("<", ">", "/", "&", '"', "'", "=", " ", "\u0000", "]", "!", "?", "-", ";", "x")).map(([xml, at, how, ch]) => {
        const i = xml.length === 0 ? 0 : at % xml.length;
        return how === "cut" ? xml.slice(0, i) : how === "insert" ? xml.slice(0, i) + ch + xml.slice(i) : xml.slice(0, i) + xml.slice(i + 1);
      });
      fc.assert(fc.property(damaged, (xml) => agrees(xml)), { numRuns: 5000 });
    });
  });
});
