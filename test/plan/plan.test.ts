import { findGrids, parseCell, validateWorkbook } from "../../src/engine";
import { buildGridModel, toLpFormat } from "../../src/engine/plan";
import { addCapacitySheet, cohortWorkbook, sheetsOf, type FixtureRotation } from "../fixtures";
import { blockTexts, filledBlocks, plan, valueAt } from "./helpers";

const EMPTY: FixtureRotation[] = [["", 26]];

describe("planWorkbook (mode plan)", () => {
  describe("when the grid has empty blocks and room", () => {
    it("fills every empty block, keeps every filled one, and the validator finds no error", async () => {
      const wb = cohortWorkbook({
        header: "blocks",
        trainees: [
          { name: "研修医 一郎", rotations: [["内科（血液）", 3], ["", 9], ["休止", 1], ["", 13]] },
          { name: "研修医 二郎", rotations: [["", 5], ["小児科", 1], ["", 20]] },
          { name: "研修医 三郎", rotations: EMPTY },
        ],
      });
      const { sheets, outcome } = await plan(wb);
      expect(outcome.ok).toBe(true);
      expect(outcome.status).toBe("done");
      expect(outcome.after.summary.errors).toBe(0);
      // What was filled stays as it was.
      const after = blockTexts(outcome.sheets);
      for (const [cell, text] of filledBlocks(sheets)) expect(after.get(cell)).toBe(text);
      // Nothing is left empty.
      expect([...after.values()].filter((t) => t === "")).toEqual([]);
      // The engine's own check of the written sheets agrees with the outcome.
      expect(validateWorkbook(outcome.sheets).summary.errors).toBe(0);
      expect(outcome.changes).toHaveLength(9 + 13 + 25 + 26);
      expect(outcome.changes.every((c) => c.kind === "fill" && c.before === "")).toBe(true);
    });

    it("places 地域医療 in 2年次 and keeps what a course asks (血液 ≥ 4 weeks, 1年次 4–8)", async () => {
      const wb = cohortWorkbook({ header: "weeks", trainees: [{ name: "研修医 A", course: "A", rotations: EMPTY }] });
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(true);
      const rules = outcome.after.findings.map((f) => f.rule);
      expect(rules).not.toContain("comm-year2");
      expect(rules).not.toContain("hema-4w");
      expect(rules).not.toContain("course-y1-hema");
      expect(rules).not.toContain("course-y2-hema");
    });

    it("respects capacity per block", async () => {
      const wb = cohortWorkbook({ header: "blocks", trainees: Array.from({ length: 6 }, (_, i) => ({ name: `研修医 ${i + 1}`, rotations: EMPTY })) });
      addCapacitySheet(wb, [
        { field: "救急", capacity: 1 },
        { field: "小児科", capacity: 1 },
      ]);
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(true);
      const grid = findGrids(outcome.sheets[0]!)[0]!;
      for (let block = 0; block < 26; block++) {
        const holding = (field: string) => grid.plans.filter((p) => p.slots[block]!.parsed.field === field).length;
        expect(holding("救急")).toBeLessThanOrEqual(1);
        expect(holding("小児科")).toBeLessThanOrEqual(1);
      }
    });

    it("writes merged cells on a sheet that merges, and keeps an empty merged area as one rotation", async () => {
      const wb = cohortWorkbook({
        header: "blocks",
        continuation: "merge",
        trainees: [{ name: "研修医 一郎", rotations: [["内科", 2], ["", 24]] }],
      });
      wb.worksheets[0]!.mergeCells("E2:H2"); // an empty area of 4 blocks the coordinator drew
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(true);
      const sheet = outcome.sheets[0]!;
      expect(sheet.merges).toEqual(expect.arrayContaining([{ top: 1, left: 4, bottom: 1, right: 7 }]));
      const texts = ["E2", "F2", "G2", "H2"].map((c) => valueAt(sheet, c));
      expect(new Set(texts).size).toBe(1);
      expect(parseCell(texts[0]!).kind).toBe("rotation");
      // The new runs are merged, as the sheet does it: some merge besides the two drawn ones.
      expect(sheet.merges!.length).toBeGreaterThan(2);
    });

    it("repeats the text on a sheet that repeats it, and uses the sheet's ditto mark on a sheet of ditto marks", async () => {
      for (const continuation of ["repeat", "ditto"] as const) {
        const wb = cohortWorkbook({ header: "blocks", continuation, trainees: [{ name: "研修医 一郎", rotations: [["内科", 3], ["", 23]] }] });
        const { outcome } = await plan(wb);
        expect(outcome.ok).toBe(true);
        const written = outcome.edits.flatMap((e) => e.writes.map((w) => w.value));
        expect(outcome.edits.flatMap((e) => e.merge)).toEqual([]);
        if (continuation === "ditto") expect(written).toContain("〃");
        else expect(written).not.toContain("〃");
        expect(written).not.toContain(null);
      }
    });

    it("plans a month grid (52/12 weeks a block)", async () => {
      const wb = cohortWorkbook({ header: "months", trainees: [{ name: "研修医 一郎", rotations: [["", 24]] }] });
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(true);
      expect(outcome.after.summary.errors).toBe(0);
    });

    it("meets a program's stricter number from the rule overrides (外科 8 weeks as an error)", async () => {
      const wb = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", rotations: EMPTY }] });
      const { outcome } = await plan(wb, { rules: { "surg-4w": { params: { min: 12 } } } });
      expect(outcome.ok).toBe(true);
      const grid = findGrids(outcome.sheets[0]!)[0]!;
      expect(grid.plans[0]!.slots.filter((s) => s.parsed.field === "外科").length).toBeGreaterThanOrEqual(3);
    });

    it("meets a program's own field from its profile (麻酔科 4–8 weeks)", async () => {
      const wb = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", rotations: EMPTY }] });
      const profile = { rules: {}, fields: [{ field: "麻酔科", min: 4, max: 8, severity: "error" as const, source: "test" }], vocabulary: [], source: "test", ruleSources: {} };
      const { outcome } = await plan(wb, { profile });
      expect(outcome.ok).toBe(true);
      const grid = findGrids(outcome.sheets[0]!)[0]!;
      const blocks = grid.plans[0]!.slots.filter((s) => s.parsed.field === "麻酔科").length;
      expect(blocks).toBeGreaterThanOrEqual(1);
      expect(blocks).toBeLessThanOrEqual(2);
      expect(outcome.after.findings.map((f) => f.rule)).not.toContain("program-min");
    });
  });

  describe("the workbook's own 規則 sheet", () => {
    it("plans to its fields, as validate checks them", async () => {
      const wb = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", rotations: EMPTY }] });
      const rules = wb.addWorksheet("規則");
      rules.addRow(["分野", "最低週数"]);
      rules.addRow(["麻酔科", 8]);
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(true);
      const slots = findGrids(outcome.sheets[0]!)[0]!.plans[0]!.slots;
      expect(slots.filter((s) => s.parsed.field === "麻酔科").length).toBeGreaterThanOrEqual(2);
    });
  });

  describe("a program's own course (profile courses)", () => {
    it("meets the course's ranges and required fields for a resident whose コース names it", async () => {
      const wb = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", course: "D", rotations: EMPTY }] });
      const course = {
        id: "D",
        title: "D コース",
        years: [
          { year: 1 as const, ranges: [], required: ["皮膚科"] },
          { year: 2 as const, ranges: [{ field: "麻酔科", min: 8, max: 8 }], required: [] },
        ],
        source: "test",
      };
      const profile = { rules: {}, fields: [], vocabulary: [], courses: [course], source: "test", ruleSources: {} };
      const { outcome } = await plan(wb, { profile });
      expect(outcome.ok).toBe(true);
      const slots = findGrids(outcome.sheets[0]!)[0]!.plans[0]!.slots;
      expect(slots.some((s) => s.year === 1 && s.parsed.field === "皮膚科")).toBe(true);
      expect(slots.filter((s) => s.year === 2 && s.parsed.field === "麻酔科")).toHaveLength(2);
      expect(outcome.after.findings.map((f) => f.rule)).not.toEqual(expect.arrayContaining(["course-range"]));
      expect(outcome.after.findings.map((f) => f.rule)).not.toEqual(expect.arrayContaining(["course-required"]));
    });
  });

  describe("when no plan exists", () => {
    it("names the field, the blocks and the numbers that cannot all hold (capacity)", async () => {
      // Three residents; everything fixed but blocks 5–6; none has 小児科, which takes one a block.
      const fixed: FixtureRotation[] = [
        ["内科", 4],
        ["", 2],
        ["内科", 2],
        ["救急", 3],
        ["外科", 1],
        ["産婦人科", 1],
        ["精神科", 1],
        ["内科", 1],
        ["地域医療", 1],
        ["内科", 10],
      ];
      const wb = cohortWorkbook({ header: "blocks", trainees: ["一郎", "二郎", "三郎"].map((n) => ({ name: `研修医 ${n}`, rotations: fixed })) });
      addCapacitySheet(wb, [{ field: "小児科", capacity: 1 }]);
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(false);
      expect(outcome.status).toBe("no-plan");
      const capacity = outcome.reasons.filter((r) => r.rule === "capacity");
      expect(capacity.map((r) => r.message.ja)).toEqual(["小児科 第5–6ブロック: 定員 1 に対し必要 3 名"]);
      expect(capacity[0]!.message.en).toContain("blocks 5–6");
    });

    it("names the resident and the field when the empty blocks cannot reach a minimum", async () => {
      const wb = cohortWorkbook({
        header: "blocks",
        trainees: [{ name: "研修医 一郎", rotations: [["整形外科", 20], ["", 6]] }],
      });
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(false);
      const mine = outcome.reasons.filter((r) => r.trainee === "研修医 一郎");
      expect(mine.map((r) => r.rule)).toEqual(expect.arrayContaining(["im-24w"]));
      expect(mine.find((r) => r.rule === "im-24w")!.message.ja).toMatch(/^内科 \d+週まで \(必要 24週以上\)/);
    });

    it("says which error no cell it may change can clear (leave over 90 days)", async () => {
      const wb = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", rotations: [["休止", 4], ["", 22]] }] });
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(false);
      expect(outcome.reasons.map((r) => r.rule)).toContain("leave-90d");
    });
  });

  describe("wishes (a 希望 sheet)", () => {
    it("meets each resident's first wish when capacity allows every one, in the year asked", async () => {
      const wb = cohortWorkbook({ header: "blocks", trainees: ["一郎", "二郎"].map((n) => ({ name: `研修医 ${n}`, rotations: EMPTY })) });
      const ws = wb.addWorksheet("希望");
      ws.addRow(["氏名", "診療科", "順位", "年次"]);
      ws.addRow(["研修医 一郎", "皮膚科", 1, 2]);
      ws.addRow(["研修医 二郎", "眼科", 1, 1]);
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(true);
      const grid = findGrids(outcome.sheets[0]!)[0]!;
      const [ichiro, jiro] = grid.plans;
      expect(ichiro!.slots.some((s) => s.year === 2 && s.parsed.field === "皮膚科")).toBe(true);
      expect(jiro!.slots.some((s) => s.year === 1 && s.parsed.field === "眼科")).toBe(true);
    });

    it("shares a scarce wish fairly: the one place goes to the resident with no other wish", async () => {
      // Only block 26 is free; 眼科 takes one resident a block. 一郎 wishes 眼科 only; 二郎 眼科 first, 皮膚科 second.
      const fixed: FixtureRotation[] = [["内科", 6], ["救急", 3], ["外科", 1], ["産婦人科", 1], ["小児科", 1], ["精神科", 1], ["地域医療", 1], ["内科", 11], ["", 1]];
      const wb = cohortWorkbook({ header: "blocks", trainees: ["一郎", "二郎"].map((n) => ({ name: `研修医 ${n}`, rotations: fixed })) });
      addCapacitySheet(wb, [{ field: "眼科", capacity: 1 }]);
      const ws = wb.addWorksheet("希望");
      ws.addRow(["氏名", "診療科", "順位"]);
      ws.addRow(["研修医 一郎", "眼科", 1]);
      ws.addRow(["研修医 二郎", "眼科", 1]);
      ws.addRow(["研修医 二郎", "皮膚科", 2]);
      const { outcome } = await plan(wb);
      expect(outcome.ok).toBe(true);
      const grid = findGrids(outcome.sheets[0]!)[0]!;
      expect(grid.plans.map((p) => p.slots[25]!.parsed.field)).toEqual(["眼科", "皮膚科"]);
    });
  });
});

describe("buildGridModel", () => {
  it("reads every number from the rule registry and the overrides", async () => {
    const sheets = await sheetsOf(cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", rotations: EMPTY }] }));
    const grid = findGrids(sheets[0]!)[0]!;
    const plain = buildGridModel(grid, { mode: "plan" });
    const stricter = buildGridModel(grid, { mode: "plan", rules: { "im-24w": { params: { min: 32 } } } });
    const im = (m: typeof plain) => m.slacks.find((s) => s.rule === "im-24w")!.bound;
    expect(im(plain)).toBe(24);
    expect(im(stricter)).toBe(32);
    const off = buildGridModel(grid, { mode: "plan", rules: { "ped-4w": { enabled: false } } });
    expect(off.slacks.some((s) => s.rule === "ped-4w")).toBe(false);
  });

  it("writes LP text HiGHS reads: one binary per block and rotation, a named slack per rule", async () => {
    const sheets = await sheetsOf(cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", rotations: [["内科", 25], ["", 1]] }] }));
    const gm = buildGridModel(findGrids(sheets[0]!)[0]!, { mode: "plan" });
    expect(gm.cells).toHaveLength(1);
    expect(gm.cells[0]!.options.length).toBe(gm.choices.length);
    const lp = toLpFormat(gm.model);
    expect(lp).toMatch(/^Minimize\n obj:/);
    expect(lp).toContain("Binaries");
    for (const s of gm.slacks) expect(lp).toContain(gm.model.vars[s.variable]!.name);
  });
});
