/** Small helpers for editing a part's XML as text, where the reader's stream is not needed. */

/** Escapes text for an element's content or an attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Undoes XML's five entities and character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_all, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** A pattern for an element name with any namespace prefix (`conditionalFormatting`, `x:conditionalFormatting`). */
export function tagName(local: string): string {
  return `(?:[A-Za-z_][\\w.-]*:)?${local}`;
}

/** The namespace prefix the root element uses (`x:` for `<x:worksheet`), or "". */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>]`).exec(xml);
  return m?.[1] ?? "";
}

/**
 * Inserts `fragment` as a child of the root before the first top-level element named in `before`
 * (the schema's order), else before the root's closing tag.
 */
export function insertBefore(xml: string, rootLocal: string, before: readonly string[], fragment: string): string {
  let at = -1;
  for (const name of before) {
    const m = new RegExp(`<${tagName(name)}[\\s/>]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.search(new RegExp(`</${tagName(rootLocal)}>\\s*$`));
  return xml.slice(0, at) + fragment + xml.slice(at);
}
