/**
 * Issue 8 item 1: the short and local names real schedules use, as data with where each is seen;
 * 総合診療科 / 総合内科 decided; doubtful names asked about, never guessed.
 */
import { fieldLabel, parseCell } from "../../../src/engine";
import { LOCAL_NAMES } from "../../../src/engine/vocabulary/local-names";
import { CLEAN_PLAN } from "../../fixtures";
import { only, onePlan, replaced, ruleIds } from "../helpers";

describe("short and local names (local-names.ts)", () => {
  it.each([
    ["消内", "内科(消化器)"],
    ["循内", "内科(循環器)"],
    ["呼内", "内科(呼吸器)"],
    ["血内", "内科(血液)"],
    ["神内", "内科(脳神経)"],
    ["腎内", "内科(腎臓)"],
    ["肝内", "内科(消化器)"],
    ["膠リ", "内科(免疫・リウマチ)"],
    ["内分泌", "内科(内分泌・代謝)"],
    ["糖内", "内科(内分泌・代謝)"],
    ["総内", "内科(総合内科)"],
    ["総診", "内科(総合内科)"],
    ["救命", "救急"],
    ["麻酔", "麻酔科"],
    ["産婦", "産婦人科"],
    ["精神", "精神科"],
    ["小児", "小児科"],
    ["地域", "地域医療"],
    ["地域医療科", "地域医療"],
    ["肝臓内科", "内科(消化器)"],
    ["糖尿病・内分泌内科", "内科(内分泌・代謝)"],
    ["腎臓・膠原病内科", "内科(腎臓・免疫・リウマチ)"],
    ["救急医療科", "救急"],
    ["救急（三次救急）", "救急"],
    ["救急部門(ER)", "救急(ER)"],
    ["救命救急科", "救急"],
    ["腹部外科", "外科(消化器)"],
    ["消化器・一般外科", "外科(消化器・一般)"],
    ["集中治療部", "救急(ICU)"],
    ["総合診療科", "内科(総合内科)"],
    ["総合内科", "内科(総合内科)"],
    ["ＥＲ", "救急(ER)"],
  ])("reads %s as %s", (text, label) => {
    expect(fieldLabel(parseCell(text))).toBe(label);
  });

  it("keeps 総合診療科外来 as 一般外来 (only the clinic counts as general outpatient)", () => {
    const parsed = parseCell("総合診療科外来");
    expect(parsed.field).toBe("一般外来");
    expect(parsed.generalOutpatient).toBe(true);
  });

  it("says which vocabulary entry a short name was read through, and where it was seen", () => {
    const parsed = parseCell("消内");
    expect(parsed.via).toMatchObject({ kind: "abbreviation", spelling: "消内", means: "内科(消化器)" });
    expect(parsed.via!.source).toMatch(/aih-net\.com/);
    expect(parseCell("内科（消化器）").via).toBeUndefined();
  });

  it("names where every spelling was seen, and every meaning is a field the table knows", () => {
    for (const local of LOCAL_NAMES) {
      expect(local.seen.length).toBeGreaterThan(5);
      expect(parseCell(local.means).kind).toBe("rotation");
      expect(fieldLabel(parseCell(local.spelling))).toBe(fieldLabel(parseCell(local.means)));
    }
  });

  it.each(["婦人科", "内科系", "外科系"])("asks about %s instead of guessing", (text) => {
    const parsed = parseCell(text);
    expect(parsed.kind).toBe("unknown");
    expect(parsed.reason).toBe("doubtful");
  });

  it("never reads 脳神経外科 as neurology", () => {
    expect(fieldLabel(parseCell("脳外"))).toBe("脳神経外科");
    expect(fieldLabel(parseCell("神内"))).toBe("内科(脳神経)");
  });
});

describe("a plan written in short names", () => {
  const SHORT = [
    ["消内", 2],
    ["循内", 2],
    ["呼内", 2],
    ["救命", 3],
    ["外科", 2],
    ["小児", 2],
    ["産婦", 2],
    ["精神", 2],
    ["地域（一般外来）", 2],
    ["血内", 4],
    ["整形", 3],
  ] as const;

  it("counts the same weeks as the same plan in full names, with no finding the full one lacks", async () => {
    const short = await onePlan(SHORT);
    const full = await onePlan(CLEAN_PLAN);
    expect(short.report.grids[0]!.trainees[0]!.weeks).toEqual(full.report.grids[0]!.trainees[0]!.weeks);
    expect(ruleIds(short.report)).toEqual(ruleIds(full.report));
    expect(only(short.report, "unknown-rotation")).toEqual([]);
    expect(only(short.report, "im-24w")).toEqual([]);
  });

  it("counts 総合診療科 toward 内科 24 weeks", async () => {
    const { report } = await onePlan(replaced(CLEAN_PLAN, "内科（血液）", "総合診療科"));
    expect(report.grids[0]!.trainees[0]!.weeks["内科"]).toBe(40);
    expect(only(report, "im-24w")).toEqual([]);
  });

  it("reports 内科系 as a question (unknown-rotation) and does not count it toward 内科", async () => {
    const { report, layout } = await onePlan(replaced(CLEAN_PLAN, "内科（血液）", "内科系"));
    const unknown = only(report, "unknown-rotation");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.cells).toEqual(layout.trainees[0]!.rotations[9]!.cells);
    expect(report.grids[0]!.trainees[0]!.weeks["内科"]).toBe(24);
    expect(only(report, "total-104w")).toEqual([]);
  });
});
