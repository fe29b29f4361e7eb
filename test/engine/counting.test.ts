import { findGrids, weeksByField, weeksOf } from "../../src/engine";
import type { Plan } from "../../src/engine";
import { cohortWorkbook } from "../fixtures";
import type { FixtureRotation } from "../fixtures";
import { readBack, units } from "./helpers";

/** CONTRACT §5's counting conventions, through weeksOf and weeksByField. */

/**
 * 内科（血液・消化器） 12 weeks, 救急 12, 麻酔科 4, 休止 4, 一般外来 marked in 地域医療 (8 weeks) and in
 * one 内科 block (4 more), and unrecognised text over 2 blocks.
 */
const PLAN: readonly FixtureRotation[] = [
  ["内科（血液・消化器）", 3],
  ["救急", 3],
  ["外科", 2],
  ["小児科", 2],
  ["産婦人科", 2],
  ["精神科", 2],
  ["地域医療（一般外来）", 2],
  ["循環器内科", 2],
  ["内科+一般外来", 1],
  ["麻酔科", 1],
  ["休止", 1],
  ["学会発表準備", 2],
  ["整形外科", 3],
];

describe("counting (CONTRACT §5)", () => {
  let plan: Plan;
  beforeAll(async () => {
    expect(units(PLAN)).toBe(26);
    const sheets = await readBack(cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 太郎", rotations: PLAN }] }));
    plan = findGrids(sheets[0]!)[0]!.plans[0]!;
  });

  describe("when a rotation names several subspecialties", () => {
    it("counts in full for its field", () => {
      expect(weeksOf(plan, "内科")).toBe(12 + 8 + 4);
    });

    it("is split evenly among the subspecialties it names", () => {
      expect(weeksOf(plan, "内科（血液）")).toBe(6);
      expect(weeksOf(plan, "血液内科")).toBe(6);
      expect(weeksOf(plan, "内科(消化器)")).toBe(6);
      expect(weeksOf(plan, "消化器内科")).toBe(6);
    });

    it("adds up the subspecialties a query names", () => {
      expect(weeksOf(plan, "内科（血液・消化器）")).toBe(12);
    });

    it("counts a subspecialty named alone in full", () => {
      expect(weeksOf(plan, "内科（循環器）")).toBe(8);
      expect(weeksOf(plan, "内科（腎臓）")).toBe(0);
    });
  });

  describe("when 麻酔科 stands beside 救急", () => {
    it("keeps them apart (em-12w caps what 麻酔科 adds)", () => {
      expect(weeksOf(plan, "救急")).toBe(12);
      expect(weeksOf(plan, "麻酔科")).toBe(4);
    });
  });

  describe("when 一般外来 is marked in cells", () => {
    it("counts the marked blocks' weeks as 一般外来 too", () => {
      expect(weeksOf(plan, "一般外来")).toBe(12);
      expect(weeksOf(plan, "地域医療")).toBe(8);
    });
  });

  describe("when the query is leave or no field", () => {
    it("counts leave", () => {
      expect(weeksOf(plan, "休止")).toBe(4);
    });

    it("answers undefined for text that names no field", () => {
      expect(weeksOf(plan, "学会発表準備")).toBeUndefined();
      expect(weeksOf(plan, "")).toBeUndefined();
    });
  });

  describe("weeksByField", () => {
    // One order for every resident (the vocabulary's: national fields, 一般外来, then electives), not
    // the order each plan met them in (until issue 13 it was, with 一般外来 last).
    const ORDER = ["内科", "救急", "麻酔科", "外科", "小児科", "産婦人科", "精神科", "地域医療", "一般外来", "整形外科"];

    it("lists every field in the vocabulary's order, leave and unknown text left out", () => {
      const weeks = weeksByField(plan);
      expect(weeks).toEqual({ 内科: 24, 救急: 12, 外科: 8, 小児科: 8, 産婦人科: 8, 精神科: 8, 地域医療: 8, 麻酔科: 4, 整形外科: 12, 一般外来: 12 });
      expect(Object.keys(weeks)).toEqual(ORDER);
    });

    it("lists them in that order whatever order the plan meets them in", () => {
      const reversed: Plan = { ...plan, slots: [...plan.slots].reverse().map((s, i) => ({ ...s, index: i })) };
      expect(Object.keys(weeksByField(reversed))).toEqual(ORDER);
    });
  });
});
