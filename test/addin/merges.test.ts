/**
 * Reading merged areas in the shared runtime (src/addin/merges.ts), against a workbook mocked with
 * office-addin-mock: what it asks Excel for, what it makes of the answer, and when it asks again.
 */
import { createExcelMergeReader } from "../../src/addin/merges";
import { prepareGrid, type PreparedGrid } from "../../src/functions/grid";
import { mockExcel } from "../functions/mock-excel";

const grid = (address: string, values: unknown[][] = [["氏名", 1, 2], ["研修医", "内科", ""]]): PreparedGrid => {
  const prepared = prepareGrid(values, address);
  if (!prepared) throw new Error("empty grid");
  return prepared;
};

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe("createExcelMergeReader", () => {
  it("asks the grid's sheet for the merged areas over the grid's trimmed range, in one round trip", async () => {
    const excel = mockExcel("'2026年度'!C5:D5,'2026年度'!B6:B7");
    uninstall = excel.install();
    const info = await createExcelMergeReader().read(grid("'2026年度'!A4:Z100"));
    expect(excel.requests).toEqual([{ sheet: "2026年度", range: "A4:C5" }]);
    expect(info).toEqual({
      known: true,
      areas: [
        { top: 4, left: 2, bottom: 4, right: 3 },
        { top: 5, left: 1, bottom: 6, right: 1 },
      ],
    });
    expect(excel.syncs()).toBe(1);
  });

  it("shares one read among the calls of a recalculation, and reads again after a while", async () => {
    const excel = mockExcel("");
    uninstall = excel.install();
    let now = 1_000;
    const reader = createExcelMergeReader({ ttlMs: 2_000, now: () => now });
    const g = grid("Sheet1!A1:C2");
    const [a, b] = await Promise.all([reader.read(g), reader.read(g)]);
    expect(a).toEqual({ known: true, areas: [] });
    expect(b).toBe(a);
    expect(excel.syncs()).toBe(1);
    now += 2_500;
    await reader.read(g);
    expect(excel.syncs()).toBe(2);
    reader.clear();
    await reader.read(g);
    expect(excel.syncs()).toBe(3);
  });

  it("reads again at once when the grid's content changes", async () => {
    const excel = mockExcel("");
    uninstall = excel.install();
    const reader = createExcelMergeReader();
    await reader.read(grid("Sheet1!A1:C2"));
    await reader.read(grid("Sheet1!A1:C2", [["氏名", 1, 2], ["研修医", "外科", ""]]));
    expect(excel.syncs()).toBe(2);
  });

  it("says the merges are unknown when there is no Excel, or the API fails, and never throws", async () => {
    expect(await createExcelMergeReader().read(grid("Sheet1!A1:C2"))).toEqual({ known: false, reason: "no-excel" });
    uninstall = mockExcel("", { fail: true }).install();
    expect(await createExcelMergeReader().read(grid("Sheet1!A1:C2"))).toEqual({ known: false, reason: "failed" });
  });

  it("takes a null object (no merged cell) as no merges", async () => {
    const merged = { load: jest.fn(), isNullObject: true, address: undefined };
    const context = {
      sync: jest.fn(() => Promise.resolve()),
      workbook: { worksheets: { getItem: () => ({ getRange: () => ({ getMergedAreasOrNullObject: () => merged }) }) } },
    };
    const g = globalThis as { Excel?: unknown };
    g.Excel = { run: (batch: (c: typeof context) => Promise<unknown>) => batch(context) };
    uninstall = () => delete g.Excel;
    expect(await createExcelMergeReader().read(grid("Sheet1!A1:C2"))).toEqual({ known: true, areas: [] });
    expect(merged.load).toHaveBeenCalledWith("address");
  });
});
