import { allocateQuota, type QuotaOutcome, type QuotaRow } from "../../src/engine/quota/allocate";
import { BASIC_FIELDS, basicField } from "../../src/engine/quota/basic-fields";

const places = (o: QuotaOutcome): Record<string, number> => {
  if (!o.ok) throw new Error(o.problems.map((p) => p.message).join("\n"));
  return Object.fromEntries(o.allocations.map((a) => [a.field, a.places]));
};

/**
 * The first intake (FY2021): 40 places, all 19 basic fields taking part. Applicant counts are
 * invented (Σ = 60). By hand:
 *   min 1 each → 19 places; R = 40 − 19 = 21; each field's exact share is a × 21 / 60 = 0.35a.
 *   floors: 内科 4 (4.90), 小児科 1 (1.40), 精神科 1 (1.05), 外科 1 (1.75), 整形外科 1 (1.05),
 *           脳神経外科 1 (1.05), 麻酔科 1 (1.05), 病理 1 (1.40), 救急科 1 (1.05), 総合診療 1 (1.40),
 *           the rest 0 → 13; 8 places left.
 *   remainders, largest first: 内科 .90; 外科 .75; .70 for 皮膚科, 産婦人科, 眼科, 泌尿器科,
 *           放射線科 (2 applicants each: listed order); then .40 for 小児科, 病理, 総合診療 (4 each) →
 *           小児科, listed first, takes the 8th.
 *   → 内科 6, 小児科 3, 外科 3, 皮膚科 2, 精神科 2, 整形外科 2, 産婦人科 2, 眼科 2, 泌尿器科 2,
 *     脳神経外科 2, 放射線科 2, 麻酔科 2, 病理 2, 救急科 2, 総合診療 2, 耳鼻咽喉科 1, 臨床検査 1,
 *     形成外科 1, リハビリテーション科 1 = 40.
 */
const FY2021: QuotaRow[] = [
  { field: "内科", applicants: 14 },
  { field: "小児科", applicants: 4 },
  { field: "皮膚科", applicants: 2 },
  { field: "精神科", applicants: 3 },
  { field: "外科", applicants: 5 },
  { field: "整形外科", applicants: 3 },
  { field: "産婦人科", applicants: 2 },
  { field: "眼科", applicants: 2 },
  { field: "耳鼻咽喉科", applicants: 1 },
  { field: "泌尿器科", applicants: 2 },
  { field: "脳神経外科", applicants: 3 },
  { field: "放射線科", applicants: 2 },
  { field: "麻酔科", applicants: 3 },
  { field: "病理", applicants: 4 },
  { field: "臨床検査", applicants: 1 },
  { field: "救急科", applicants: 3 },
  { field: "形成外科", applicants: 1 },
  { field: "リハビリテーション科", applicants: 1 },
  { field: "総合診療", applicants: 4 },
];

describe("allocateQuota", () => {
  describe("on the FY2021 figures (40 places, 19 fields)", () => {
    const outcome = allocateQuota(FY2021, { total: 40, min: 1 });

    it("gives the hand-checked places", () => {
      expect(places(outcome)).toEqual({
        内科: 6,
        小児科: 3,
        皮膚科: 2,
        精神科: 2,
        外科: 3,
        整形外科: 2,
        産婦人科: 2,
        眼科: 2,
        耳鼻咽喉科: 1,
        泌尿器科: 2,
        脳神経外科: 2,
        放射線科: 2,
        麻酔科: 2,
        病理: 2,
        臨床検査: 1,
        救急科: 2,
        形成外科: 1,
        リハビリテーション科: 1,
        総合診療: 2,
      });
    });

    it("allocates exactly the total, one row per field in input order, with shares", () => {
      if (!outcome.ok) throw new Error("not ok");
      expect(outcome.total).toBe(40);
      expect(outcome.allocations.reduce((s, a) => s + a.places, 0)).toBe(40);
      expect(outcome.allocations.map((a) => a.field)).toEqual(FY2021.map((r) => r.field));
      expect(outcome.allocations[0]!.share).toBeCloseTo(14 / 60, 10);
      expect(outcome.allocations.reduce((s, a) => s + a.share, 0)).toBeCloseTo(1, 10);
    });

    it("uses 40 places and 1 minimum by default", () => {
      expect(places(allocateQuota(FY2021))).toEqual(places(outcome));
    });
  });

  describe("when remainders tie", () => {
    it("gives the place to the field with more applicants, even when listed later", () => {
      // Σ 10, R = 8 − 3 = 5: 眼科 0.5, 皮膚科 1.5, 内科 3.0 → floors 0+1+3 = 4, one left;
      // 眼科 and 皮膚科 tie at .5; 皮膚科 has more applicants.
      const o = allocateQuota(
        [
          { field: "眼科", applicants: 1 },
          { field: "皮膚科", applicants: 3 },
          { field: "内科", applicants: 6 },
        ],
        { total: 8 },
      );
      expect(places(o)).toEqual({ 眼科: 1, 皮膚科: 3, 内科: 4 });
    });

    it("gives it to the one listed first when applicants tie too", () => {
      // Σ 4, R = 5 − 3 = 2: 0.5, 0.5, 1.0 → one left; 眼科 and 皮膚科 tie in all → 眼科, listed first.
      const o = allocateQuota(
        [
          { field: "眼科", applicants: 1 },
          { field: "皮膚科", applicants: 1 },
          { field: "内科", applicants: 2 },
        ],
        { total: 5 },
      );
      expect(places(o)).toEqual({ 眼科: 2, 皮膚科: 1, 内科: 2 });
    });

    it("compares remainders exactly, not as floating-point numbers", () => {
      // Σ 6, R = 5 − 3 = 2: 眼科 1/3, 内科 4/3, 皮膚科 1/3 → floors 0+1+0 = 1, one left; all three
      // remainders are exactly 1/3, so 内科 (more applicants) wins. In floating point 4×2/6 − 1 is
      // 0.33333333333333326 < 1/3, which would wrongly give it to 眼科.
      const o = allocateQuota(
        [
          { field: "眼科", applicants: 1 },
          { field: "内科", applicants: 4 },
          { field: "皮膚科", applicants: 1 },
        ],
        { total: 5 },
      );
      expect(places(o)).toEqual({ 眼科: 1, 内科: 3, 皮膚科: 1 });
    });
  });

  describe("when fields do not take part", () => {
    it("gives them 0 and shares their places among the others (seed Ⅱ.2.(2))", () => {
      // 2 fields take part: R = 10 − 2 = 8; Σ 8 → 内科 6, 眼科 2 exactly.
      const o = allocateQuota(
        [
          { field: "内科", applicants: 6 },
          { field: "外科", applicants: null },
          { field: "眼科", applicants: 2 },
        ],
        { total: 10 },
      );
      expect(places(o)).toEqual({ 内科: 7, 外科: 0, 眼科: 3 });
      if (o.ok) expect(o.allocations[1]).toEqual({ field: "外科", basicField: "外科", applicants: null, share: 0, places: 0 });
    });

    it("gives the minimum to a field taking part with no applicant", () => {
      const o = allocateQuota(
        [
          { field: "内科", applicants: 4 },
          { field: "病理", applicants: 0 },
        ],
        { total: 6 },
      );
      expect(places(o)).toEqual({ 内科: 5, 病理: 1 });
    });
  });

  describe("edge cases", () => {
    it("leaves the remaining places unallocated when nobody applied (Σ applicants = 0)", () => {
      const o = allocateQuota(
        [
          { field: "内科", applicants: 0 },
          { field: "外科", applicants: 0 },
        ],
        { total: 5 },
      );
      expect(places(o)).toEqual({ 内科: 1, 外科: 1 });
      if (o.ok) expect(o.total).toBe(5);
    });

    it("honours min 0 and a larger min", () => {
      expect(places(allocateQuota([{ field: "内科", applicants: 3 }, { field: "眼科", applicants: 1 }], { total: 4, min: 0 }))).toEqual({ 内科: 3, 眼科: 1 });
      expect(places(allocateQuota([{ field: "内科", applicants: 3 }, { field: "眼科", applicants: 1 }], { total: 6, min: 2 }))).toEqual({ 内科: 4, 眼科: 2 });
    });

    it("keeps the field as written and names the Board's field beside it", () => {
      const o = allocateQuota([{ field: "救急", applicants: 1 }, { field: "放射線", applicants: 1 }, { field: "病理診断科", applicants: 1 }], { total: 3 });
      expect(places(o)).toEqual({ 救急: 1, 放射線: 1, 病理診断科: 1 });
      expect(o.ok && o.allocations.map((a) => a.basicField)).toEqual(["救急科", "放射線科", "病理"]);
    });
  });

  describe("on bad input", () => {
    const problems = (o: QuotaOutcome) => (o.ok ? [] : o.problems);

    it("refuses a total smaller than the minimums, naming no row", () => {
      const p = problems(allocateQuota([{ field: "内科", applicants: 1 }, { field: "外科", applicants: 1 }], { total: 1 }));
      expect(p).toHaveLength(1);
      expect(p[0]!.row).toBe(0);
      expect(p[0]!.message).toContain("最低枠");
      expect(p[0]!.message_en).toContain("smaller than the minimums");
    });

    it("refuses negative, non-numeric and fractional counts, naming each row", () => {
      const p = problems(
        allocateQuota([
          { field: "内科", applicants: -1 },
          { field: "外科", applicants: Number.NaN },
          { field: "眼科", applicants: 1.5 },
        ]),
      );
      expect(p.map((x) => x.row)).toEqual([1, 2, 3]);
      expect(p[0]!.message).toMatch(/^1行目: .*負/);
      expect(p[1]!.message_en).toMatch(/^row 2: .*not a number/);
      expect(p[2]!.message_en).toMatch(/^row 3: .*whole/);
    });

    it("refuses duplicate fields after NFKC and aliases, and fields that are none of the 19", () => {
      const p = problems(
        allocateQuota([
          { field: "内科", applicants: 1 },
          { field: "内 科", applicants: 1 },
          { field: "救急", applicants: 1 },
          { field: "救急科", applicants: 1 },
          { field: "血液内科", applicants: 1 },
          { field: "", applicants: 1 },
        ]),
      );
      expect(p.map((x) => x.row)).toEqual([2, 4, 5, 6]);
      expect(p[0]!.message).toContain("重複");
      expect(p[1]!.message).toContain("(3行目と同じ)");
      expect(p[2]!.message).toContain("19の基本領域");
      expect(p[3]!.message_en).toContain("empty");
    });

    it("refuses a total or min that is not a whole number", () => {
      expect(problems(allocateQuota([{ field: "内科", applicants: 1 }], { total: 2.5 }))[0]!.message_en).toContain("total");
      expect(problems(allocateQuota([{ field: "内科", applicants: 1 }], { min: -1 }))[0]!.message_en).toContain("minimum");
    });

    it("refuses an empty table", () => {
      expect(problems(allocateQuota([]))[0]!.message_en).toContain("no rows");
    });
  });
});

describe("basicField", () => {
  it("knows the 19 basic fields and their common aliases, after NFKC", () => {
    expect(BASIC_FIELDS).toHaveLength(19);
    for (const f of BASIC_FIELDS) expect(basicField(f)).toBe(f);
    expect(basicField("救急")).toBe("救急科");
    expect(basicField("放射線")).toBe("放射線科");
    expect(basicField("病理診断科")).toBe("病理");
    expect(basicField("ﾘﾊﾋﾞﾘﾃｰｼｮﾝ科")).toBe("リハビリテーション科");
    expect(basicField("Internal Medicine")).toBe("内科");
    expect(basicField("内科領域")).toBe("内科");
    expect(basicField("血液内科")).toBeUndefined();
  });
});
