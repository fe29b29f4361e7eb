/**
 * A small read-only view of an XML document for the manifest checks: elements with their
 * attributes and children in order. Parsed strictly (xml2js, the parser office-addin-manifest
 * itself uses), so a document that is not well-formed fails to parse.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  $$?: RawNode[];
  _?: string;
}

interface Xml2js {
  parseStringPromise(xml: string, options: Record<string, unknown>): Promise<Record<string, RawNode>>;
}

// xml2js has no types installed; this is the one call used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js = require("xml2js") as Xml2js;

function convert(node: RawNode): XmlElement {
  return {
    name: node["#name"],
    attrs: node.$ ?? {},
    children: (node.$$ ?? []).map(convert),
    text: (node._ ?? "").trim(),
  };
}

export async function parseXml(xml: string): Promise<XmlElement> {
  const doc = await xml2js.parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true, strict: true });
  const root = Object.values(doc)[0];
  if (!root) throw new Error("empty document");
  return convert(root);
}

/** Every element under (and including) `root`, depth first. */
export function descendants(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (const child of root.children) out.push(...descendants(child));
  return out;
}

/** The element at a path of child names (`["VersionOverrides", "Resources"]`); undefined when absent. */
export function at(root: XmlElement, names: readonly string[]): XmlElement | undefined {
  let node: XmlElement | undefined = root;
  for (const name of names) node = node?.children.find((c) => c.name === name);
  return node;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString("ascii") !== "PNG" || bytes.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error("not a PNG");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
