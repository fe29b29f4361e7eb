import { buildSlots, type SlotSource } from "../../src/engine/detect/build-slots";
import type { CellValue } from "../../src/engine/model/cell";

/** One row of 4-week blocks from column B, as a layout reader hands it over. */
const row = (...values: CellValue[]): SlotSource[] =>
  values.map((value, i) => ({ row: 2, span: { col: i + 1, startWeek: i * 4, weeks: 4, year: 1 }, value, year: 1 }));

describe("buildSlots: ditto marks", () => {
  it("continues the block before and names the cell it continues", () => {
    const slots = buildSlots(row("内科", "〃", "〃"));
    expect(slots.map((s) => s.parsed.field)).toEqual(["内科", "内科", "内科"]);
    expect(slots.map((s) => s.ditto?.from)).toEqual([undefined, "B3", "B3"]);
  });

  it("reads a ditto mark after a gap as continuing nothing", () => {
    const slots = buildSlots(row("内科", null, "〃"));
    expect(slots[2]?.parsed).toMatchObject({ kind: "unknown", reason: "nothing-to-continue" });
  });

  it("names a cell for a ditto mark that continues a mark which itself continued nothing", () => {
    // Before, the second mark's origin was undefined (hidden by a `!`) and --explain read `〃 → undefined`.
    const slots = buildSlots(row("〃", "〃"));
    expect(slots.map((s) => s.parsed)).toMatchObject([
      { kind: "unknown", reason: "nothing-to-continue" },
      { kind: "unknown", reason: "nothing-to-continue" },
    ]);
    expect(slots[1]?.ditto).toEqual({ text: "〃", from: "B3" });
  });
});
