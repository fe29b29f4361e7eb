import { findGrids, validateWorkbook } from "../../src/engine";
import type { CellValue, SheetData } from "../../src/engine";
import { SheetView } from "../../src/engine/model/sheet-view";

/** The engine's one sheet reader: merges resolved as a person sees them, at the cost of the used range. */

const WHOLE_SHEET = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

function sheet(rows: CellValue[][], merges: SheetData["merges"] = []): SheetData {
  return { name: "S", rows, merges };
}

describe("SheetView", () => {
  describe("when cells are merged", () => {
    const view = new SheetView(
      sheet(
        [
          ["氏名", "4週", "8週", "12週"],
          ["a", "内科", null, "外科"],
          ["b", null, null, "小児科"],
        ],
        [
          { top: 1, left: 1, bottom: 2, right: 2 },
          { top: 1, left: 3, bottom: 1, right: 3 },
        ],
      ),
    );

    it("reads every cell of an area as its top-left value", () => {
      expect([view.value(1, 2), view.value(2, 1), view.value(2, 2)]).toEqual(["内科", "内科", "内科"]);
      expect(view.raw(2, 2)).toBeNull();
    });

    it("names the area's top-left as the cell that shows it", () => {
      expect(view.address(2, 2)).toBe("B2");
      expect(view.address(2, 3)).toBe("D3");
      expect(view.mergeAt(2, 1)).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
      expect(view.mergeAt(0, 1)).toBeUndefined();
      expect(view.continuesAbove(2, 1)).toBe(true);
      expect(view.continuesAbove(1, 2)).toBe(false);
    });

    it("has half-open bounds: rows top … end-1, columns left … right-1, and each row's own end", () => {
      expect([view.top, view.end, view.left, view.right]).toEqual([0, 3, 0, 4]);
      expect(view.rowEnd(2)).toBe(4);
      expect(view.rowEnd(7)).toBe(0);
    });
  });

  describe("when a merge covers the whole sheet (A1:XFD1048576) and the data reaches far", () => {
    // A used range of 50,000 rows by 16,384 columns: indexing the merge cell by cell would be 800
    // million entries (the view used to exceed a Map's size and throw); it costs one entry per row.
    const rows: CellValue[][] = Array.from({ length: 50_000 }, () => []);
    rows[0] = ["表紙"];
    rows[49_999] = Object.assign(new Array<CellValue>(16_384).fill(null), { 16_383: "end" });
    const view = new SheetView(sheet(rows, [WHOLE_SHEET]));

    it("reads the cover's value in any used cell and nothing outside the used range", () => {
      expect(view.value(25_000, 8_000)).toBe("表紙");
      expect(view.value(49_999, 16_383)).toBe("表紙");
      expect(view.mergeAt(60_000, 0)).toBeUndefined();
    });
  });

  describe("when an empty merge lies far to the right of a cohort", () => {
    const header = ["氏名", ...Array.from({ length: 26 }, (_, i) => `${(i + 1) * 4}週`)];
    const resident = ["研修医 一郎", ...new Array<CellValue>(26).fill("内科")];
    const data = sheet([header, resident], [{ top: 99, left: 16_380, bottom: 299, right: 16_383 }]);

    it("finds and checks the grid as if the merge were not there", () => {
      expect(findGrids(data).map((g) => g.plans.map((p) => p.trainee))).toEqual([["研修医 一郎"]]);
      expect(validateWorkbook([data]).grids).toHaveLength(1);
    });
  });
});
