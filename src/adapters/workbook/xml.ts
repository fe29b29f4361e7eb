/**
 * Streaming XML with saxes: one pass over a part, element names without their namespace prefix
 * (`x:c` → `c`), no tree kept. A part that is not well-formed (cut off, a control character, an
 * undefined entity — saxes expands none but XML's five, so entity expansion cannot blow up) is a
 * {@link PartError} naming the part.
 */
import { SaxesParser } from "saxes";
import { PART_PROBLEM, PartError } from "./part-error";

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  readonly open?: (name: string, attributes: Attributes, selfClosing: boolean) => void;
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

const decoder = new TextDecoder("utf-8");

/** Parses a part's bytes, calling the handlers in document order. */
export function parseXml(part: string, bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  const { open, text, close } = handlers;
  if (open) parser.on("opentag", (tag) => open(local(tag.name), tag.attributes as Attributes, tag.isSelfClosing));
  if (text) parser.on("text", text);
  if (close) parser.on("closetag", (tag) => close(local(tag.name)));
  try {
    parser.write(decoder.decode(bytes)).close();
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
