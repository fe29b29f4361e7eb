import { areaFromA1, columnLetters, fromA1, splitAddressList, toA1 } from "../../src/engine";

describe("A1 addresses", () => {
  it("converts both ways, past Z and ZZ", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(toA1(6, 3)).toBe("D7");
    expect(fromA1("'2026年度'!$AB$40")).toEqual({ row: 39, col: 27 });
    expect(areaFromA1("N40:A3")).toEqual({ top: 2, left: 0, bottom: 39, right: 13 });
    expect(fromA1("not an address")).toBeUndefined();
  });

  describe("splitAddressList", () => {
    it("splits Excel's list of areas on commas outside quoted sheet names", () => {
      expect(splitAddressList("'A,B'!D7:F7,Sheet1!D8, Sheet1!E9")).toEqual(["'A,B'!D7:F7", "Sheet1!D8", "Sheet1!E9"]);
    });

    it("gives nothing for an empty list", () => {
      expect(splitAddressList("")).toEqual([]);
      expect(splitAddressList(" , ")).toEqual([]);
    });
  });
});
