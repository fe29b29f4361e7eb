/**
 * The package's map: which part is the workbook, where each worksheet's XML is and what it is
 * called, and the workbook's date system.
 */
import type { DateSystem } from "../../engine/model/excel-date";
import type { Package } from "./package";
import { PART_PROBLEM, PartError } from "./part-error";
import { parseXml } from "./xml";

export interface SheetEntry {
  readonly name: string;
  /** The worksheet's part, `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  readonly hidden: boolean;
}

export interface WorkbookMap {
  /** The workbook part, `xl/workbook.xml`. */
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly dateSystem: DateSystem;
  readonly sharedStringsPart?: string;
  readonly stylesPart?: string;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

/** Reads `_rels/.rels`, the workbook part and its relationships. Undefined when the package is no workbook. */
export function workbookMap(pkg: Package): WorkbookMap | undefined {
  const root = relationships(pkg, "_rels/.rels", "");
  const workbookPart = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? (pkg.names.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined);
  if (!workbookPart) return undefined;
  const bytes = pkg.part(workbookPart);
  if (!bytes) return undefined;
  const base = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const rels = relationships(pkg, `${base}_rels/${workbookPart.slice(base.length)}.rels`, base);

  const { dateSystem, listed } = parseXml(workbookPart, bytes, () => {
    let dateSystem: DateSystem = 1900;
    const listed: { name: string; id: string; hidden: boolean }[] = [];
    return {
      open(name, a) {
        if (name === "workbookPr" && (a["date1904"] === "1" || a["date1904"] === "true")) dateSystem = 1904;
        else if (name === "sheet") {
          const id = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
          listed.push({
            name: a["name"] ?? "",
            id,
            hidden: a["state"] === "hidden" || a["state"] === "veryHidden",
          });
        }
      },
      end: () => ({ dateSystem, listed }),
    };
  });
  const sheets: SheetEntry[] = [];
  for (const s of listed) {
    const rel = rels.get(s.id);
    if (!rel || !WORKSHEET.test(rel.type)) continue; // a chart sheet or a dialog sheet: no cells
    if (!pkg.names.has(rel.target)) throw new PartError(rel.target, PART_PROBLEM.missing);
    sheets.push({ name: s.name, part: rel.target, hidden: s.hidden });
  }
  const byType = (suffix: string): string | undefined => [...rels.values()].find((r) => r.type.endsWith(suffix) && pkg.names.has(r.target))?.target;
  return {
    workbookPart,
    sheets,
    dateSystem,
    ...optional("sharedStringsPart", byType("/sharedStrings")),
    ...optional("stylesPart", byType("/styles")),
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

export interface Relationship {
  readonly type: string;
  /** The target as a part name (resolved against the source's folder, no leading slash). */
  readonly target: string;
  readonly external: boolean;
}

/** A relationships part by id; empty when the package has none. */
export function relationships(pkg: Package, part: string, base: string): Map<string, Relationship> {
  const bytes = pkg.part(part);
  if (!bytes) return new Map<string, Relationship>();
  return parseXml(part, bytes, () => {
    const out = new Map<string, Relationship>();
    return {
      open(name, a) {
        if (name !== "Relationship") return;
        const external = a["TargetMode"] === "External";
        out.set(a["Id"] ?? "", {
          type: a["Type"] ?? "",
          target: external ? (a["Target"] ?? "") : resolvePart(base, a["Target"] ?? ""),
          external,
        });
      },
      end: () => out,
    };
  });
}

/** `worksheets/sheet1.xml` from `xl/` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` → `xl/x.xml`; `../a` climbs. */
export function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}
