import { strToU8, zipSync } from "fflate";
import { encrypt } from "officecrypto-tool";
import { loadWorkbook, WorkbookReadError } from "../../src/adapters/xlsx";
import { readXlsxSheets } from "../../src/adapters/workbook/read";
import type { CellValue, SheetData } from "../../src/engine";
import { fromA1 } from "../../src/engine/model/address";
import { kitPackage, kitParts, row, si } from "./package-kit";

/** Rota's streaming reader on packages written by hand: every kind of value, merges, and damage. */

const at = (sheet: SheetData, a1: string): CellValue => {
  const p = fromA1(a1)!;
  return sheet.rows[p.row]?.[p.col] ?? null;
};
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The one line a reader failure gives. */
function failure(bytes: Uint8Array): WorkbookReadError {
  try {
    readXlsxSheets(bytes, "odd.xlsx");
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error("read without complaint");
}

describe("readXlsxSheets", () => {
  describe("values", () => {
    const bytes = kitPackage({
      strings: [
        si("内科"),
        // Rich text with a phonetic reading (furigana), as Japanese Excel saves a typed name.
        '<si><r><t>研修医 </t></r><r><rPr><b/></rPr><t>太郎</t></r><rPh sb="0" eb="3"><t>ケンシュウイ</t></rPh><phoneticPr fontId="1"/></si>',
        si("必修&#10;内科&#10;（血液）"),
      ],
      numFmts: { 176: 'yyyy"年"m"月"d"日"', 177: '0"週"', 178: "[Red]0.00E+00" },
      xfs: [0, 14, 176, 177, 57, 178],
      sheets: [
        {
          name: "値",
          data: [
            row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'),
            row(2, '<c r="A2"><v>42.5</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="inlineStr"><is><t>救急</t></is></c><c r="E2" t="inlineStr"><is><r><t>地域</t></r><r><t>医療</t></r></is></c>'),
            row(3, '<c r="A3" s="1"><v>46113</v></c><c r="B3" s="2"><v>46113</v></c><c r="C3" s="3"><v>4</v></c><c r="D3" s="4"><v>46113</v></c><c r="E3" s="5"><v>12</v></c><c r="F3" t="d"><v>2026-04-01T00:00:00</v></c>'),
            row(4, '<c r="A4"><f>1+1</f><v>2</v></c><c r="B4" t="str"><f>A1&amp;"科"</f><v>内科科</v></c><c r="C4" t="b"><f>TRUE()</f><v>1</v></c><c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E4" t="str"><f>B1</f></c><c r="F4" t="str"><f>""</f><v></v></c>'),
            // No r attributes: cells and rows in order.
            '<row><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row>',
          ].join(""),
        },
      ],
    });
    const [sheet] = readXlsxSheets(bytes, "values.xlsx");

    it("reads shared text, rich text without its phonetic reading, line breaks and inline text", () => {
      expect([at(sheet!, "A1"), at(sheet!, "B1"), at(sheet!, "C1")]).toEqual(["内科", "研修医 太郎", "必修\n内科\n（血液）"]);
      expect([at(sheet!, "D2"), at(sheet!, "E2")]).toEqual(["救急", "地域医療"]);
    });

    it("reads numbers, booleans and errors", () => {
      expect([at(sheet!, "A2"), at(sheet!, "B2"), at(sheet!, "C2")]).toEqual([42.5, true, { error: "#N/A" }]);
    });

    it("reads a number in a date format as the date a person sees (built-in, custom, Japanese era), other formats as numbers", () => {
      expect([at(sheet!, "A3"), at(sheet!, "B3"), at(sheet!, "D3"), at(sheet!, "F3")]).toEqual([utc(2026, 4, 1), utc(2026, 4, 1), utc(2026, 4, 1), utc(2026, 4, 1)]);
      expect([at(sheet!, "C3"), at(sheet!, "E3")]).toEqual([4, 12]);
    });

    it("reads a formula's saved result, and marks a formula with none as uncalculated instead of empty", () => {
      expect([at(sheet!, "A4"), at(sheet!, "B4"), at(sheet!, "C4"), at(sheet!, "D4")]).toEqual([2, "内科科", true, { error: "#DIV/0!" }]);
      expect(at(sheet!, "E4")).toEqual({ error: "#UNCALCULATED", formula: "B1" });
      expect(at(sheet!, "F4")).toBeNull(); // a saved empty result is empty
    });

    it("places cells written without addresses in order", () => {
      expect([at(sheet!, "A5"), at(sheet!, "B5")]).toEqual(["x", "y"]);
    });
  });

  it("reads dates of the 1904 date system", () => {
    const [sheet] = readXlsxSheets(kitPackage({ date1904: true, xfs: [0, 14], sheets: [{ name: "S", data: row(1, '<c r="A1" s="1"><v>44651</v></c>') }] }), "mac.xlsx");
    expect(at(sheet!, "A1")).toEqual(utc(2026, 4, 1));
  });

  it("reads elements written with a namespace prefix (x:c)", () => {
    const raw = '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:t>外科</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const [sheet] = readXlsxSheets(kitPackage({ sheets: [{ name: "S", data: "", raw }] }), "prefixed.xlsx");
    expect(at(sheet!, "C2")).toBe("外科");
  });

  describe("merges", () => {
    it("keeps the areas as written, sorted, and drops a value hidden under a merge", () => {
      const [sheet] = readXlsxSheets(
        kitPackage({ sheets: [{ name: "S", data: row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>') + row(2, '<c r="A2"><v>3</v></c>'), merges: ["C5:D6", "A1:B1"] }] }),
        "m.xlsx",
      );
      expect(sheet!.merges).toEqual([
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 4, left: 2, bottom: 5, right: 3 },
      ]);
      expect(sheet!.rows).toEqual([[1], [3]]);
    });

    it("repairs overlapping merges as Excel does: the later one goes", () => {
      const [sheet] = readXlsxSheets(kitPackage({ sheets: [{ name: "S", data: row(1, '<c r="A1"><v>1</v></c>'), merges: ["A1:C3", "B2:D4", "E1:E9", "A1:XFD1"] }] }), "overlap.xlsx");
      expect(sheet!.merges).toEqual([
        { top: 0, left: 0, bottom: 2, right: 2 },
        { top: 0, left: 4, bottom: 8, right: 4 },
      ]);
    });

    it("takes a merge over the whole sheet or a whole column as one area, at no cost beyond its entry", () => {
      const [cover, far] = readXlsxSheets(
        kitPackage({
          sheets: [
            { name: "表紙", data: row(1, '<c r="A1" t="inlineStr"><is><t>2026年度</t></is></c>'), merges: ["A1:XFD1048576"] },
            { name: "S", data: row(1, '<c r="A1"><v>1</v></c>'), merges: ["AD1:AD1048576", "XFA100:XFD300"] },
          ],
        }),
        "huge.xlsx",
      );
      expect(cover!.rows).toEqual([["2026年度"]]);
      expect(cover!.merges).toEqual([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
      expect(far!.merges).toHaveLength(2);
    });
  });

  describe("damaged packages: one line in our words, naming the part", () => {
    const sheet1 = "xl/worksheets/sheet1.xml";
    const good = { sheets: [{ name: "S", data: row(1, '<c r="A1" t="s"><v>0</v></c>') }], strings: [si("内科")] };

    it.each([
      ["cut-off XML", { ...good, parts: { [sheet1]: '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"' } }, sheet1, /XML が壊れています/],
      ["a control character", { ...good, parts: { [sheet1]: '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c></row></sheetData></worksheet>' } }, sheet1, /XML が壊れています/],
      ["a shared-string index that does not exist", { ...good, strings: [] }, sheet1, /共有文字列の番号 0 がありません/],
      ["a bad cell address", { ...good, parts: { [sheet1]: '<worksheet><sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData></worksheet>' } }, sheet1, /セル番地 1A/],
      [
        "an entity expansion (billion laughs)",
        { ...good, parts: { [sheet1]: '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>' } },
        sheet1,
        /XML が壊れています/,
      ],
    ])("%s", (_what, options, part, why) => {
      const err = failure(kitPackage(options));
      expect(err.reason).toBe("malformed");
      expect(err.message).toContain(part);
      expect(err.message).toMatch(why);
      expect(err.message).not.toMatch(/\n|TypeError|at \w/);
    });

    it("a worksheet the workbook lists but the package lacks", () => {
      const parts = kitParts(good);
      delete parts["xl/worksheets/sheet1.xml"];
      const err = failure(zipSync(parts));
      expect([err.reason, err.message.includes("xl/worksheets/sheet1.xml")]).toEqual(["malformed", true]);
    });

    it("a truncated zip", () => {
      const bytes = kitPackage(good);
      expect(failure(bytes.subarray(0, bytes.length - 40)).reason).toBe("corrupt");
    });

    it("a zip with no workbook in it", () => {
      expect(failure(zipSync({ "word/document.xml": strToU8("<w/>") })).reason).toBe("not-workbook");
    });
  });

  describe("zip bombs: refused within a memory bound", () => {
    // 16 MB of spaces deflate to 16 KB: with its declared size set to 3 GB it is an honest bomb,
    // with 1 KB declared a lying one.
    const padding = Buffer.alloc(16 * 1024 * 1024, 0x20);
    const bomb = (declared: number): Buffer => {
      const sheet = Buffer.concat([Buffer.from('<?xml version="1.0"?><worksheet><sheetData>'), padding, Buffer.from("</sheetData></worksheet>")]);
      const bytes = kitPackage({ sheets: [{ name: "S", data: "" }], parts: { "xl/worksheets/sheet1.xml": sheet } });
      return setDeclaredSize(bytes, "xl/worksheets/sheet1.xml", declared);
    };

    it("a part declaring gigabytes is not inflated at all", () => {
      const bytes = bomb(3 * 1024 ** 3);
      const before = process.memoryUsage().arrayBuffers;
      const err = failure(bytes);
      expect(err.reason).toBe("oversize");
      expect(err.message).toContain("xl/worksheets/sheet1.xml");
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * 1024 * 1024);
    });

    it("a part lying about its size is inflated no further than it declared", () => {
      const err = failure(bomb(1024));
      expect(err.reason).toBe("malformed");
    });
  });

  it("a password-protected workbook is one clear line", async () => {
    const protectedBytes: Buffer = await encrypt(kitPackage({ sheets: [{ name: "S", data: "" }] }), { password: "rota" });
    await expect(loadWorkbook(protectedBytes, "locked.xlsx")).rejects.toThrow(/locked\.xlsx — パスワードで保護されたブックです/);
  });
});

/** Rewrites a zip entry's uncompressed size, in its local header and the central directory. */
function setDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (let i = 0; i < out.length - 4; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + nameBytes.length).equals(nameBytes)) out.writeUInt32LE(size >>> 0, i + 22);
    if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + nameBytes.length).equals(nameBytes)) out.writeUInt32LE(size >>> 0, i + 24);
  }
  return out;
}

