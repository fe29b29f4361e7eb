import * as fs from "node:fs";
import * as path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { openPackage } from "../../src/adapters/workbook/package";
import { readXlsxSheets } from "../../src/adapters/workbook/read";
import { kitPackage, kitParts, row, si } from "./package-kit";

/**
 * The package reader's own zip directory and zlib inflation against fflate's (the reference, and
 * what it falls back to for any zip that is not plain).
 */

const books = [path.join(__dirname, "..", "..", "examples"), path.join(__dirname, "..", "fixtures")].flatMap((d) =>
  fs.existsSync(d)
    ? fs
        .readdirSync(d, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f) => path.join(d, f))
    : [],
);

/** Names and bytes of every part, as fflate reads them. */
function byFflate(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

function byPackage(bytes: Uint8Array): Record<string, Uint8Array> {
  const pkg = openPackage(bytes, "test.xlsx");
  return Object.fromEntries([...pkg.names].map((n) => [n, pkg.part(n)!]));
}

describe("openPackage", () => {
  it("lists and inflates every part of the examples and fixtures as fflate does", () => {
    expect(books.length).toBeGreaterThan(5);
    for (const book of books) {
      const bytes = fs.readFileSync(book);
      const mine = byPackage(bytes);
      const theirs = byFflate(bytes);
      expect([book, Object.keys(mine).sort()]).toEqual([book, Object.keys(theirs).sort()]);
      for (const [name, content] of Object.entries(theirs)) expect([book, name, Buffer.from(mine[name]!).equals(Buffer.from(content))]).toEqual([book, name, true]);
    }
  });

  it("reads stored (uncompressed) parts", () => {
    const parts = kitParts({ sheets: [{ name: "S", data: row(1, '<c r="A1" t="s"><v>0</v></c>') }], strings: [si("内科")] });
    const stored = zipSync(Object.fromEntries(Object.entries(parts).map(([n, b]) => [n, [b, { level: 0 }]])));
    expect(byPackage(stored)).toEqual(byFflate(stored));
    expect(readXlsxSheets(stored, "stored.xlsx")[0]!.rows).toEqual([["内科"]]);
  });

  it("leaves a zip whose names are not ASCII to fflate, which lists and reads it", () => {
    const bytes = zipSync({ ...kitParts({ sheets: [{ name: "S", data: row(1, '<c r="A1" t="s"><v>0</v></c>') }], strings: [si("外科")] }), "xl/media/画像.bin": strToU8("x") });
    expect(Object.keys(byPackage(bytes)).sort()).toEqual(Object.keys(byFflate(bytes)).sort());
    expect(readXlsxSheets(bytes, "names.xlsx")[0]!.rows).toEqual([["外科"]]);
  });

  it("reads a package written with a comment after its directory", () => {
    const bytes = Buffer.from(kitPackage({ sheets: [{ name: "S", data: row(1, '<c r="A1" t="s"><v>0</v></c>') }], strings: [si("小児科")] }));
    // The end-of-directory record's comment length, and the comment.
    const withComment = Buffer.concat([bytes, Buffer.from("Rota")]);
    withComment.writeUInt16LE(4, bytes.length - 2);
    expect(readXlsxSheets(withComment, "comment.xlsx")[0]!.rows).toEqual([["小児科"]]);
  });
});
