/**
 * The shared-string table: each `<si>` as the text a person sees (rich-text runs joined, phonetic
 * readings `<rPh>` — the furigana Japanese Excel stores — left out).
 */
import type { Package } from "./package";
import { parseXml } from "./xml";

export function sharedStrings(pkg: Package, part: string | undefined): readonly string[] {
  const bytes = part ? pkg.part(part) : undefined;
  if (!part || !bytes) return [];
  return parseXml(part, bytes, () => {
    const out: string[] = [];
    let current = "";
    let inT = false;
    let inPhonetic = 0;
    return {
      open(name) {
        if (name === "si") current = "";
        else if (name === "t") inT = inPhonetic === 0;
        else if (name === "rPh" || name === "phoneticPr") inPhonetic++;
      },
      text(t) {
        if (inT) current += t;
      },
      close(name) {
        if (name === "t") inT = false;
        else if (name === "rPh" || name === "phoneticPr") inPhonetic--;
        else if (name === "si") out.push(current);
      },
      end: () => out,
    };
  });
}
