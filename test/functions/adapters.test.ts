/**
 * The small pure modules the ROTA functions are made of: addresses, argument checking, options,
 * Excel's values, grid preparation and merges, fingerprints, and the spilled table.
 */
import type { Finding } from "../../src/engine";
import { parseAreaList, parseRangeAddress } from "../../src/engine";
import { FUNCTION_ARGS, readArgs, readCourse } from "../../src/functions/args";
import { couldBeMerged, gridSheet, prepareGrid } from "../../src/functions/grid";
import { Lru, fingerprint } from "../../src/functions/memo";
import { NO_MERGES } from "../../src/addin/readers";
import { clearMemos, rotaValidate } from "../../src/functions/rota";
import { readOptions } from "../../src/functions/options";
import { SPILL_LIMITS, findingsSpill } from "../../src/functions/spill";
import { single, toCellValue } from "../../src/functions/values";

describe("parseRangeAddress", () => {
  it.each([
    ["Sheet1!B4:AB40", "Sheet1", { top: 3, left: 1, bottom: 39, right: 27 }],
    ["'2026年度'!$B$4:$AB$40", "2026年度", { top: 3, left: 1, bottom: 39, right: 27 }],
    ["'O''Brien'!C3", "O'Brien", { top: 2, left: 2, bottom: 2, right: 2 }],
    ["[Book1.xlsx]Sheet1!A1:B2", "Sheet1", { top: 0, left: 0, bottom: 1, right: 1 }],
    ["Sheet1!B:AB", "Sheet1", { top: 0, left: 1, bottom: 1_048_575, right: 27 }],
    ["Sheet1!3:40", "Sheet1", { top: 2, left: 0, bottom: 39, right: 16_383 }],
    ["AB40:B4", "", { top: 3, left: 1, bottom: 39, right: 27 }],
  ])("reads %s", (address, sheet, area) => {
    expect(parseRangeAddress(address)).toEqual({ sheet, area });
  });

  it.each([[""], [undefined], ["Sheet1!A1:B2,Sheet1!D4"], ["Sheet1!A:3"], ["not an address"]])("refuses %p", (address) => {
    expect(parseRangeAddress(address)).toBeUndefined();
  });

  it("splits RangeAreas.address into areas, commas in quoted sheet names included", () => {
    expect(parseAreaList("'a,b'!D7:F7,'a,b'!D8")).toEqual([
      { top: 6, left: 3, bottom: 6, right: 5 },
      { top: 7, left: 3, bottom: 7, right: 3 },
    ]);
    expect(parseAreaList("")).toEqual([]);
  });
});

describe("readArgs", () => {
  it("gives typed values for good arguments and undefined for omitted optional ones", () => {
    const read = readArgs(FUNCTION_ARGS.TEMPLATE, ["Ｂコース", null]);
    expect(read).toEqual({ ok: true, values: ["B", undefined] });
  });

  it("takes a 1×1 range where one value is wanted, and a numeric text as a number", () => {
    expect(readArgs(FUNCTION_ARGS.TEMPLATE, [[["A"]], "2"])).toEqual({ ok: true, values: ["A", 2] });
  });

  describe("when an argument is bad", () => {
    it.each([
      [["A", 3], "year は 1 から 2 まで"],
      [["A", 1.5], "整数"],
      [["A", "x"], "数値"],
      [[null], "course を指定"],
      [[[["A", "B"]]], "セル 1 つ"],
      [[{ code: "#REF!" }], "エラー値 #REF!"],
      [["Q"], "コース「Q」"],
    ])("%p → %s", (args, message) => {
      const read = readArgs(FUNCTION_ARGS.TEMPLATE, args as unknown[]);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error.ja).toContain(message);
    });
  });

  it("reads courses in every width and spelling", () => {
    expect(["A", "ａ", "A コース", "course c", "Ｂコース"].map(readCourse)).toEqual(["A", "A", "A", "C", "B"]);
    expect(readCourse("AB")).toBeUndefined();
  });
});

describe("readOptions", () => {
  const rules = new Set(["go-4w", "rec-8w", "em-12w"]);

  it("reads name=value text in English or Japanese", () => {
    const read = readOptions([["lang=en; off=go-4w, rec-8w; min=warning; header=no"]], rules);
    expect(read).toEqual({ ok: true, options: { lang: "en", off: ["go-4w", "rec-8w"], min: "warning", header: false } });
    expect(readOptions([["言語=英語；重要度=エラー"]], rules)).toMatchObject({ options: { lang: "en", min: "error" } });
  });

  it("reads name | value rows, booleans included", () => {
    expect(
      readOptions(
        [
          ["header", false],
          ["off", "em-12w"],
        ],
        rules
      )
    ).toMatchObject({ options: { header: false, off: ["em-12w"] } });
  });

  it.each([
    ["colour=red", "colour"],
    ["lang=fr", "lang"],
    ["off=nope", "nope"],
    ["justtext", "名前=値"],
  ])("refuses %s", (text, message) => {
    const read = readOptions([[text]], rules);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.ja).toContain(message);
  });
});

describe("toCellValue", () => {
  it.each([
    ["", null],
    [null, null],
    ["内科", "内科"],
    [46113, 46113],
    [true, true],
    [Number.NaN, { error: "#NUM!" }],
    [{ code: "#N/A" }, { error: "#N/A" }],
    [{ type: "Error", errorType: "Div0" }, { error: "#DIV/0!" }],
    [{ type: "String", basicValue: "救急" }, "救急"],
    [{ type: "Entity", text: "外科" }, "外科"],
    [{ type: "Empty" }, null],
    [{ something: "else" }, { error: "#VALUE!" }],
  ])("%p → %p", (value, expected) => {
    expect(toCellValue(value)).toEqual(expected);
  });

  it("finds the one value of a scalar or a 1×1 range, and nothing in a larger one", () => {
    expect(single("x")).toEqual({ value: "x" });
    expect(single([["x"]])).toEqual({ value: "x" });
    expect(single([["x", "y"]])).toBeUndefined();
  });
});

describe("prepareGrid", () => {
  it("trims trailing empty rows and columns, pads ragged rows, and places the grid from its address", () => {
    const grid = prepareGrid(
      [
        ["氏名", 1, 2, ""],
        ["太郎", "内科"],
        ["", "", "", ""],
      ],
      "'2026年度'!C5:F7"
    )!;
    expect(grid.rows).toEqual([
      ["氏名", 1, 2],
      ["太郎", "内科", null],
    ]);
    expect(grid.area).toEqual({ top: 4, left: 2, bottom: 5, right: 4 });
    expect(grid.sheet).toBe("2026年度");
    expect(couldBeMerged(grid, 5, 4)).toBe(true); // E6: empty, after 内科
    expect(couldBeMerged(grid, 5, 3)).toBe(false); // D6: filled
  });

  it("is undefined for a range with nothing in it", () => {
    expect(prepareGrid([[""], [null]], "Sheet1!A1:A2")).toBeUndefined();
  });

  it("keys by content and position", () => {
    const values = [["氏名", 1], ["太郎", "内科"]];
    const key = (v: unknown[][], address: string) => prepareGrid(v, address)!.key;
    expect(key(values, "S!A1:B2")).toBe(key(values.map((r) => [...r]), "S!A1:B2"));
    expect(key(values, "S!A1:B2")).not.toBe(key(values, "S!A2:B3"));
    expect(key(values, "S!A1:B2")).not.toBe(key([["氏名", 1], ["太郎", "外科"]], "S!A1:B2"));
  });
});

describe("gridSheet", () => {
  const grid = prepareGrid([["氏名", 1, 2, 3], ["太郎", "内科", "", ""]], "Sheet1!B2:E3")!;

  it("keeps the merges that touch the grid, clipped to it", () => {
    const sheet = gridSheet(grid, {
      known: true,
      areas: [
        { top: 2, left: 2, bottom: 2, right: 4 },
        { top: 20, left: 20, bottom: 21, right: 21 },
      ],
    });
    expect(sheet.sheet.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 4 }]);
    expect(sheet.sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.notes).toEqual([]);
    expect(sheet.mergesKnown).toBe(true);
  });

  it("says when a merge starts outside the grid", () => {
    const sheet = gridSheet(grid, { known: true, areas: [{ top: 2, left: 0, bottom: 2, right: 2 }] });
    expect(sheet.notes.map((n) => n.id)).toEqual(["merged-cells-outside"]);
  });

  it("says when the grid is not on a sheet, and places it at A1", () => {
    const floating = gridSheet(prepareGrid([["氏名", 1]], undefined)!, { known: true, areas: [] });
    expect(floating.notes.map((n) => n.id)).toEqual(["address-unknown"]);
    expect(floating.sheet.origin).toEqual({ row: 0, col: 0 });
  });

  it("leaves unknown merges to the caller", () => {
    expect(gridSheet(grid, { known: false, reason: "failed" }).mergesKnown).toBe(false);
  });
});

describe("fingerprint and Lru", () => {
  it("tells values of different types apart", () => {
    expect(fingerprint([[1]], "")).not.toBe(fingerprint([["1"]], ""));
    expect(fingerprint([[null, "a"]], "")).not.toBe(fingerprint([["a", null]], ""));
    expect(fingerprint([["a"], ["b"]], "")).not.toBe(fingerprint([["a", "b"]], ""));
  });

  it("forgets the least recently used entry", () => {
    const lru = new Lru<number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.get("a");
    lru.set("c", 3);
    expect([lru.get("a"), lru.get("b"), lru.get("c")]).toEqual([1, undefined, 3]);
  });
});

describe("rotaValidate's memo", () => {
  it("does no work again for a grid whose content has not changed", async () => {
    clearMemos();
    const values = [
      ["氏名", ...Array.from({ length: 26 }, (_, i) => i + 1)],
      ["研修医", ...Array.from({ length: 26 }, () => "内科")],
    ];
    const first = await rotaValidate([values], "S!A1:AA2", NO_MERGES);
    const again = await rotaValidate([values.map((r) => [...r])], "S!A1:AA2", NO_MERGES);
    const edited = await rotaValidate([[values[0]!, ["研修医", "救急", ...values[1]!.slice(2)]]], "S!A1:AA2", NO_MERGES);
    expect(again).toBe(first); // the very result, not a recomputed copy
    expect(edited).not.toBe(first);
    expect(await rotaValidate([values], "S!B1:AB2", NO_MERGES)).not.toBe(first); // moved: other cells
  });
});

describe("findingsSpill", () => {
  const finding = (i: number, message = "救急 8週 (必要 12週以上)"): Finding => ({
    rule: "em-12w",
    severity: "error",
    sheet: "S",
    trainee: `研修医 ${i}`,
    cells: ["D5", "E5"],
    message,
    message_en: "救急 8 weeks (12 required)",
  });
  const options = { lang: "ja", off: [], min: "info", header: true } as const;

  it("stops before Excel's limits and says how many it left out", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => finding(i));
    const rows = findingsSpill(many, [], options);
    expect(rows.length).toBe(SPILL_LIMITS.rows);
    expect(rows[rows.length - 1]![3]).toBe(`ほか ${20_000 - (SPILL_LIMITS.rows - 2)} 件は表示しきれないため省略しました。`);
  });

  it("counts characters too", () => {
    const long = Array.from({ length: 3_000 }, (_, i) => finding(i, "長".repeat(1_000)));
    const rows = findingsSpill(long, [], options);
    expect(JSON.stringify(rows).length).toBeLessThan(SPILL_LIMITS.chars * 1.1);
    expect(rows[rows.length - 1]![3]).toMatch(/^ほか/);
  });
});
