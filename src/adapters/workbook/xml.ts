/**
 * Streaming XML: one pass over a part, element names without their namespace prefix (`x:c` → `c`),
 * no tree kept. A part is read by Rota's own scanner ({@link scanXml}, several times faster than a
 * general parser on sheet XML); when the scanner cannot vouch for it (a DOCTYPE, a processing
 * instruction, a non-ASCII name, damage), saxes reads it again from the start, with a fresh reader.
 * A part that is not well-formed (cut off, a control character, an undefined entity — saxes expands
 * none but XML's five, so entity expansion cannot blow up) is a {@link PartError} naming the part,
 * in saxes's words.
 */
import type * as SaxesModule from "saxes";
import { PART_PROBLEM, PartError } from "./part-error";
import { scanXml, UNSURE } from "./xml-scan";

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  readonly open?: (name: string, attributes: Attributes, selfClosing: boolean) => void;
  /** Character data, entities decoded; CDATA sections too. May come in several pieces. */
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

/** Handlers with their own state, and what they read once the part has ended. */
export interface XmlReader<T> extends XmlHandlers {
  end(): T;
}

const decoder = new TextDecoder("utf-8");

let saxes: typeof SaxesModule | undefined;

/** saxes, loaded the first time the scanner leaves a part to it (no ordinary workbook needs it). */
function saxesModule(): typeof SaxesModule {
  // eslint-disable-next-line ts/no-require-imports -- a deliberate lazy load (see above)
  return (saxes ??= require("saxes") as typeof SaxesModule);
}

/**
 * Parses a part's bytes, calling a reader's handlers in document order, and returns what it read.
 * `start` makes a fresh reader: it is called again if the part has to be read a second time.
 */
export function parseXml<T>(part: string, bytes: Uint8Array, start: () => XmlReader<T>): T {
  const xml = decoder.decode(bytes);
  let reader = start();
  try {
    scanXml(xml, reader);
    return reader.end();
  } catch (err) {
    if (err !== UNSURE) throw err;
  }
  reader = start();
  saxesParse(part, xml, reader);
  return reader.end();
}

/** The part read by saxes (the reference: what the scanner leaves to it, and every error's words). */
export function saxesParse(part: string, xml: string, handlers: XmlHandlers): void {
  const parser = new (saxesModule().SaxesParser)({ position: false });
  const { open, text, close } = handlers;
  if (open) parser.on("opentag", (tag) => open(local(tag.name), tag.attributes as Attributes, tag.isSelfClosing));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  if (close) parser.on("closetag", (tag) => close(local(tag.name)));
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof PartError) throw err;
    throw new PartError(part, PART_PROBLEM.notWellFormed(saxesComplaint(err)));
  }
}

function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** saxes says `undefined:1:30: disallowed character.` (position off: no line); keep its words only. */
function saxesComplaint(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/^[^:]*:\d+:\d+:\s*/, "").replace(/\.$/, "");
}
