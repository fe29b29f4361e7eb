/**
 * The two differential formats Rota's highlights use (Excel's "Bad" and "Neutral" fills and font
 * colours), in `styles.xml`'s `<dxfs>`: reused when already there (a copy annotated before), else
 * appended. Nothing else in the styles changes.
 */
import { HIGHLIGHT_COLORS } from "../../../engine/present/highlight-mark";
import { insertBefore, rootPrefix, tagName } from "./xml-text";

const AFTER_DXFS = ["tableStyles", "colors", "extLst"];

function dxfXml(x: string, severity: "error" | "warning"): string {
  const { fill, font } = HIGHLIGHT_COLORS[severity];
  const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
  return `<${x}dxf><${x}font><${x}color rgb="${argb(font)}"/></${x}font><${x}fill><${x}patternFill patternType="solid"><${x}fgColor rgb="${argb(fill)}"/><${x}bgColor rgb="${argb(fill)}"/></${x}patternFill></${x}fill></${x}dxf>`;
}

/** The styles with Rota's dxfs in place, and their indices. */
export function withRotaDxfs(stylesXml: string): { xml: string; ids: Record<"error" | "warning", number> } {
  const x = rootPrefix(stylesXml, "styleSheet");
  const block = new RegExp(`<${tagName("dxfs")}(\\s[^>]*)?(/>|>([\\s\\S]*?)</${tagName("dxfs")}>)`).exec(stylesXml);
  const existing = block?.[3] ? (block[3].match(new RegExp(`<${tagName("dxf")}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${tagName("dxf")}>)`, "g")) ?? []) : [];
  const list = [...existing];
  const idOf = (severity: "error" | "warning"): number => {
    const ours = dxfXml(x, severity);
    let at = list.indexOf(ours);
    if (at < 0) {
      list.push(ours);
      at = list.length - 1;
    }
    return at;
  };
  // Errors first, then warnings (each added in that order when the sheet has none).
  const error = idOf("error");
  const ids = { error, warning: idOf("warning") };
  const added = list.slice(existing.length).join("");
  if (added === "") return { xml: stylesXml, ids };
  const whole = `<${x}dxfs count="${list.length}">${(block?.[3] ?? "")}${added}</${x}dxfs>`;
  const xml = block ? stylesXml.slice(0, block.index) + whole + stylesXml.slice(block.index + block[0].length) : insertBefore(stylesXml, "styleSheet", AFTER_DXFS, whole);
  return { xml, ids };
}
