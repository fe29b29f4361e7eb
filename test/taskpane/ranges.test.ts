import { chunkAddresses, localAddress, splitAreas, toRanges } from "../../src/taskpane/workbook/ranges";
import { excelSerial, fromExcel, toExcel } from "../../src/taskpane/workbook/excel-values";
import { sameValues } from "../../src/taskpane/workbook/same-values";
import { paneLanguage } from "../../src/taskpane/i18n";

describe("toRanges", () => {
  it("joins cells into the fewest rectangles: runs along rows, equal runs stacked", () => {
    expect(toRanges(["D7", "E7", "F7", "D8", "E8", "F8", "H9"])).toEqual(["D7:F8", "H9"]);
    expect(toRanges(["B2", "D2", "C2", "B3"])).toEqual(["B2:D2", "B3"]);
  });

  it("takes a cell inside a merged area as the whole area", () => {
    expect(toRanges(["E7"], [{ top: 6, left: 3, bottom: 6, right: 5 }])).toEqual(["D7:F7"]);
  });

  it("skips what is not an address, and gives nothing for nothing", () => {
    expect(toRanges(["", "7D", "Z"])).toEqual([]);
    expect(toRanges([])).toEqual([]);
  });
});

describe("chunkAddresses", () => {
  it("joins ranges with commas up to a length, never splitting a range", () => {
    expect(chunkAddresses(["A1", "B2:C3", "D4"], 8)).toEqual(["A1,B2:C3", "D4"]);
    expect(chunkAddresses(["AA100:AB200"], 4)).toEqual(["AA100:AB200"]);
    expect(chunkAddresses([])).toEqual([]);
  });
});

describe("addresses as Excel gives them", () => {
  it("takes the local part of each area, quoted sheet names with commas included", () => {
    expect(splitAreas("'2026,年度'!$D$7:$F$7,'2026,年度'!H9")).toEqual(["D7:F7", "H9"]);
    expect(localAddress("Sheet1!A1")).toBe("A1");
  });
});

describe("values between Excel and the engine", () => {
  it("reads empty cells as null and error texts as errors", () => {
    expect(fromExcel("")).toBeNull();
    expect(fromExcel("#N/A")).toEqual({ error: "#N/A" });
    expect(fromExcel("内科")).toBe("内科");
    expect(fromExcel(46113)).toBe(46113);
  });

  it("writes dates as serial numbers and text that looks like a formula as text", () => {
    expect(excelSerial(new Date(Date.UTC(2026, 3, 1)))).toBe(46113);
    expect(toExcel(new Date(Date.UTC(2026, 3, 1)))).toBe(46113);
    expect(toExcel("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(toExcel("@me")).toBe("'@me");
    expect(toExcel(null)).toBe("");
    expect(toExcel("-12")).toBe("-12");
  });

  it("compares blocks of values, empty text and null alike", () => {
    expect(sameValues([["a", ""]], [["a"]])).toBe(true);
    expect(sameValues([[new Date(0)]], [[new Date(0)]])).toBe(true);
    expect(sameValues([["a"]], [["b"]])).toBe(false);
  });
});

describe("paneLanguage", () => {
  it("is English for an English Office and Japanese otherwise", () => {
    expect(paneLanguage("en-US")).toBe("en");
    expect(paneLanguage("en-GB")).toBe("en");
    expect(paneLanguage("ja-JP")).toBe("ja");
    expect(paneLanguage("de-DE")).toBe("ja");
    expect(paneLanguage(undefined)).toBe("ja");
  });
});
