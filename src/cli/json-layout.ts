/**
 * JSON as `rota … --format json` prints it: indented by two spaces, as `JSON.stringify(value, null, 2)`
 * does, except that each record of a list of records (a report's findings, a grid's residents) is
 * written whole on one line:
 *
 * ```
 *   "findings": [
 *     {"rule":"em-12w","severity":"error","sheet":"2026年度","trainee":"研修医 太郎","cells":["H2","I2"],"message":"救急 8週 (必要 12週以上)"},
 *     {"rule":"go-4w", …}
 *   ],
 * ```
 *
 * One finding a line reads, greps and diffs as a finding, not as a dozen lines of its keys; and a
 * large cohort's report is a third smaller and quicker to write (3,000 residents, 36,000 findings:
 * 19 MB indented throughout, 13 MB so; issue 13). The value is the same JSON either way: a program
 * parses it as before.
 */

/** The keys whose arrays hold one record a line. */
export const RECORD_LISTS: ReadonlySet<string> = new Set(["findings", "trainees", "changes", "reasons", "allocations"]);

/** Bytes are gathered in pieces of this size and handed on as each fills. */
const CHUNK = 1 << 20;

/**
 * Text written as UTF-8 straight into pieces of {@link CHUNK} bytes: no string of a whole batch
 * joined first and no buffer made for each (a large report's findings were copied three times on
 * the way out: each record's text, the batch joined, its UTF-8; issue 13).
 */
class Utf8Pieces {
  private piece = Buffer.allocUnsafe(CHUNK);
  private used = 0;

  /** @param sink receives each full piece (a fresh one each time: the sink may keep it). */
  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  text(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    if (text.length * 3 > CHUNK - this.used) {
      this.flush();
      if (text.length * 3 > CHUNK) return this.sink(Buffer.from(text, "utf8"));
    }
    this.used += this.piece.write(text, this.used, "utf8");
  }

  flush(): void {
    if (this.used === 0) return;
    this.sink(this.piece.subarray(0, this.used));
    this.piece = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
  }
}

/** Writes `value` in the layout above, then a line end, as UTF-8 pieces. */
export function writeJson(value: unknown, write: (bytes: Uint8Array) => void, recordLists: ReadonlySet<string> = RECORD_LISTS): void {
  const out = new Utf8Pieces(write);
  layout(value, 0, out, recordLists);
  out.text("\n");
  out.flush();
}

/** The layout as one string (small values: a command's summary). */
export function jsonText(value: unknown, recordLists: ReadonlySet<string> = RECORD_LISTS): string {
  const pieces: Uint8Array[] = [];
  writeJson(value, (bytes) => pieces.push(bytes), recordLists);
  return Buffer.concat(pieces).toString("utf8");
}

const indent = (depth: number): string => "\n" + "  ".repeat(depth);

function layout(value: unknown, depth: number, out: Utf8Pieces, recordLists: ReadonlySet<string>): void {
  if (value === null || typeof value !== "object" || ("toJSON" in value && typeof value.toJSON === "function")) {
    // A leaf, or what JSON.stringify alone knows how to write (a Date): its text, indented to this depth.
    const text = JSON.stringify(value, null, 2) ?? "null";
    out.text(depth === 0 ? text : text.replace(/\n/g, indent(depth)));
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return out.text("[]");
    out.text("[");
    value.forEach((item: unknown, i) => {
      out.text(`${i > 0 ? "," : ""}${indent(depth + 1)}`);
      layout(item === undefined || typeof item === "function" ? null : item, depth + 1, out, recordLists);
    });
    out.text(`${indent(depth)}]`);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (entries.length === 0) return out.text("{}");
  out.text("{");
  entries.forEach(([key, item], i) => {
    out.text(`${i > 0 ? "," : ""}${indent(depth + 1)}${JSON.stringify(key)}: `);
    if (recordLists.has(key) && Array.isArray(item) && item.length > 0) records(item, depth + 1, out);
    else layout(item, depth + 1, out, recordLists);
  });
  out.text(`${indent(depth)}}`);
}

/** A list of records, each on its own line. */
function records(list: readonly unknown[], depth: number, out: Utf8Pieces): void {
  const separator = `,${indent(depth + 1)}`;
  out.text(`[${indent(depth + 1)}`);
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.text(separator);
    out.text(JSON.stringify(list[i]) ?? "null");
  }
  out.text(`${indent(depth)}]`);
}
