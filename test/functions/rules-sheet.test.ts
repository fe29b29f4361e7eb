import { createExcelRulesReader } from "../../src/addin/rules-sheet";
import type { SheetData } from "../../src/engine";
import { NO_MERGES } from "../../src/addin/readers";
import { rotaValidate } from "../../src/functions/rota";
import type { RulesReader } from "../../src/addin/readers";
import { CLEAN, excelCohort } from "./excel";

/** ROTA.VALIDATE with the workbook's 規則 sheet (CONTRACT §7). */
const reader = (rows: SheetData["rows"]): RulesReader => ({ read: () => Promise.resolve({ name: "規則", rows }) });

describe("ROTA.VALIDATE and the 規則 sheet", () => {
  const grid = excelCohort({ trainees: [{ name: "研修医 太郎", rotations: CLEAN }], continuation: "repeat" });

  it("checks the program's own field and raised number", async () => {
    const plain = await rotaValidate([grid.values, undefined, undefined], grid.address, NO_MERGES);
    expect(plain).toEqual([["OK"]]);
    const spill = await rotaValidate([grid.values, undefined, undefined], grid.address, NO_MERGES, reader([["分野", "最低週数"], ["麻酔科", 4], ["外科", 12]]));
    expect(spill.slice(1).map((r) => [r[1], r[3]])).toEqual([
      ["program-min", "麻酔科 0週 (必要 4週以上)"],
      ["program-min", "外科 8週 (必要 12週以上)"],
    ]);
  });

  it("is a #VALUE! naming the cell when the sheet cannot be used", async () => {
    const spill = await rotaValidate([grid.values, undefined, undefined], grid.address, NO_MERGES, reader([["規則", "最低週数"], ["surg-4w", 2]]));
    expect(spill[0]![0]).toMatchObject({ kind: "error", code: "#VALUE!", message: expect.stringContaining("規則!B2") });
  });
});

describe("the Excel reader of the 規則 sheet", () => {
  /** A hand-made Excel (office-addin-mock does not model collections' items): the calls the reader makes. */
  function install(names: string[], values: unknown[][] | null) {
    let syncs = 0;
    const load = () => undefined;
    const used = { values, rowIndex: 0, columnIndex: 0, isNullObject: values === null, load };
    const context = {
      workbook: { worksheets: { items: names.map((name) => ({ name })), load, getItem: () => ({ getUsedRangeOrNullObject: () => used }) } },
      sync: () => {
        syncs++;
        return Promise.resolve();
      },
    };
    (globalThis as { Excel?: unknown }).Excel = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
    return { syncs: () => syncs, remove: () => delete (globalThis as { Excel?: unknown }).Excel };
  }

  it("reads the sheet named 規則 in two round trips, and shares the read for a while", async () => {
    const excel = install(["2026年度", "規則"], [["分野", "最低週数"], ["麻酔科", 4]]);
    try {
      const r = createExcelRulesReader({ now: () => 0 });
      const sheet = await r.read();
      expect(sheet).toEqual({ name: "規則", rows: [["分野", "最低週数"], ["麻酔科", 4]], origin: { row: 0, col: 0 } });
      await r.read();
      expect(excel.syncs()).toBe(2);
    } finally {
      excel.remove();
    }
  });

  it("gives nothing when there is no such sheet, or no Excel", async () => {
    const excel = install(["2026年度"], null);
    try {
      expect(await createExcelRulesReader().read()).toBeUndefined();
    } finally {
      excel.remove();
    }
    expect(await createExcelRulesReader().read()).toBeUndefined();
  });
});
