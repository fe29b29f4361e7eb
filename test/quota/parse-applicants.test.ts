import { allocateQuotaTable, parseApplicants } from "../../src/engine/quota/parse-applicants";
import { parseCsv } from "../../src/engine/quota/csv";

describe("parseApplicants", () => {
  it("skips the header and reads counts as numbers or text, '-' and empty as not taking part", () => {
    const parsed = parseApplicants([
      ["基本領域", "応募者数"],
      ["内科", 9],
      ["外科", "１２"],
      ["眼科", "-"],
      ["皮膚科", null],
      ["精神科", "3人"],
      [null, null],
      ["合計", 24],
    ]);
    expect(parsed.ok).toBe(true);
    expect(parsed.table.rows).toEqual([
      { field: "内科", applicants: 9 },
      { field: "外科", applicants: 12 },
      { field: "眼科", applicants: null },
      { field: "皮膚科", applicants: null },
      { field: "精神科", applicants: 3 },
    ]);
    expect(parsed.table.sourceRows).toEqual([2, 3, 4, 5, 6]);
  });

  it("reads a table with no header", () => {
    expect(parseApplicants([["内科", 2], ["外科", 1]]).table.rows).toHaveLength(2);
  });

  it("names the row of a count that is not a number", () => {
    const parsed = parseApplicants([["領域", "応募者"], ["内科", "many"], ["外科", true], ["眼科", { error: "#N/A" }]]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.row)).toEqual([2, 3, 4]);
  });
});

describe("allocateQuotaTable", () => {
  it("names the file's rows in every problem, in row order", () => {
    const o = allocateQuotaTable([
      ["領域", "応募者数"],
      ["内科", "x"],
      ["内科", 3],
      ["血液", 2],
      ["外科", -2],
    ]);
    expect(o.ok).toBe(false);
    if (!o.ok) {
      expect(o.problems.map((p) => p.row)).toEqual([2, 3, 4, 5]);
      expect(o.problems[1]!.message).toBe("3行目: 基本領域「内科」が重複しています (2行目と同じ)");
    }
  });

  it("allocates from a parsed CSV", () => {
    const o = allocateQuotaTable(parseCsv("\ufeff領域,応募者数\r\n内科,6\r\n外科,-\r\n眼科,2\r\n"), { total: 10 });
    expect(o.ok && o.allocations.map((a) => a.places)).toEqual([7, 0, 3]);
  });
});

describe("parseCsv", () => {
  it("reads commas, tabs, quotes with doubled quotes and line breaks inside, CRLF, BOM", () => {
    expect(parseCsv('\ufeffa,b\r\n"x, ""y""",2\n"multi\nline",3')).toEqual([
      ["a", "b"],
      ['x, "y"', "2"],
      ["multi\nline", "3"],
    ]);
    expect(parseCsv("領域\t応募者数\n内科\t9\n")).toEqual([
      ["領域", "応募者数"],
      ["内科", "9"],
    ]);
  });
});
