/**
 * Finding and reading a clinician-scientist plan wherever and however it is written.
 */
import { readClinicianScientistPlan, validateClinicianScientist } from "../../src/engine/cs";
import type { SheetData } from "../../src/engine/model/sheet";
import { eligibleFacts, findings, fy2021Periods, planSheet, rowsSheet, ruleIds, twoGoodPapers, PAPER_HEADER, PERIOD_HEADER, type Row } from "./helpers";

const fy2021 = fy2021Periods();
const papers = twoGoodPapers();

describe("finding the plan", () => {
  it("finds facts to the right of the tables, and tables that do not start in column A", async () => {
    const rows: Row[] = [
      [null, "臨床研究医コース 計画書"],
      [],
      [null, ...PERIOD_HEADER, null, "氏名", "佐藤 花子"],
      ...fy2021.map((r, i) => {
        const facts = eligibleFacts(2021, "佐藤 花子").slice(1);
        const fact = facts[i];
        return [null, ...r, null, ...(fact ? fact : [])];
      }),
      [],
      [],
      [null, ...PAPER_HEADER],
      ...papers.map((r) => [null, ...r]),
    ];
    const sheet = await rowsSheet(rows, "計画書");
    const plan = readClinicianScientistPlan(sheet)!;
    expect(plan.trainee).toBe("佐藤 花子");
    expect(plan.facts.obligation?.value).toBe(false);
    expect(plan.periods).toHaveLength(7);
    expect(plan.papers).toHaveLength(2);
    expect(findings(sheet)).toEqual([]);
    const { grids } = validateClinicianScientist(sheet, {});
    expect(grids).toEqual([
      { sheet: "計画書", range: "B3:K15", layout: "clinician-scientist", trainees: [{ name: "佐藤 花子", row: 3, course: "cs", weeks: { 臨床: 104, 研究: 260 } }] },
    ]);
  });

  it("reads inline labels, full-width text, notes in brackets, labels with values under them", async () => {
    const rows: Row[] = [
      ["氏名：鈴木 一郎", null, "基本領域：外科"],
      ["コース開始", "臨床研修修了", "義務年限（有・無）", "地域枠（はい／いいえ）"],
      ["令和３年４月１日", "修了", "無", "いいえ"],
      [],
      ["年次", "フェーズ", "施設", "研究エフォート（％）"],
      ["１年目", "臨床", "東都大学病院", "０"],
      ["２年目", "臨床", "東都大学病院", "０"],
      ...[3, 4, 5, 6, 7].map((y) => [`${y}年目`, "研究", "東都大学大学院", "５０％"]),
      [],
      ["論文名", "言語", "ＳＣＩ", "筆頭著者", "症例報告", "発表年"],
      ["Paper one", "英語", "✓", "✓", "", "R7"],
      ["Paper two", "English", "Yes", "本人", "原著", "2026年"],
    ];
    const sheet = await rowsSheet(rows);
    const plan = readClinicianScientistPlan(sheet)!;
    expect(plan.trainee).toBe("鈴木 一郎");
    expect(plan.facts.field?.value).toBe("外科");
    expect(plan.facts.start?.value?.fiscalYear).toBe(2021);
    expect(plan.facts.obligation?.cell).toBe("C3");
    expect(findings(sheet)).toEqual([]);
  });

  it("reads a label merged over two cells with its value after the merge", async () => {
    const rows: Row[] = [
      ["氏名", null, "高橋 次郎"],
      ["基本領域", null, "小児科"],
      ["コース開始", null, "2021-04-01"],
      ["臨床研修修了", null, "2021-03-31"],
      ["義務年限", null, "なし"],
      ["地域枠", null, "なし"],
      [],
      PERIOD_HEADER,
      ...fy2021,
      [],
      PAPER_HEADER,
      ...papers,
    ];
    const sheet = await rowsSheet(rows, "S", ["A1:B1", "A2:B2", "A3:B3", "A4:B4", "A5:B5", "A6:B6"]);
    const plan = readClinicianScientistPlan(sheet)!;
    expect(plan.facts.name?.cell).toBe("C1");
    expect(plan.facts.field?.value).toBe("小児科");
    expect(findings(sheet).map((f) => f.rule)).toEqual([]);
  });

  it("uses the sheet's origin in addresses (a range handed over by a custom function)", () => {
    const sheet: SheetData = {
      name: "関数",
      origin: { row: 4, col: 2 },
      rows: [
        ["氏名", "伊藤 三郎"],
        ["基本領域", "眼科"],
        ["コース開始", 44287],
        ["臨床研修修了", 44286],
        ["義務年限", "いいえ"],
        ["地域枠", "有"],
        [],
        ["年次", "フェーズ", "施設", "施設区分", "研究エフォート"],
        ["R3", "臨床", "東都大学病院", "責任医療機関", 0],
        ["R4", "臨床", "東都大学病院", "責任医療機関", 0],
        ["R5", "研究", "東都大学大学院", "大学院", 0.5],
        ["R6", "研究", "東都大学大学院", "大学院", 0.5],
        ["R7", "研究", "東都大学大学院", "大学院", 0.5],
        ["R8", "研究", "東都大学大学院", "大学院", 0.5],
        ["R9", "研究", "東都大学大学院", "大学院", 0.5],
        [],
        PAPER_HEADER,
        ["Paper one", "Blood", "英文", "はい", "はい", "いいえ", 2024],
        ["Paper two", "Blood", "英文", "はい", "はい", "いいえ", 2025],
      ],
    };
    const f = findings(sheet);
    expect(f.map((x) => x.rule)).toEqual(["cs-eligibility"]);
    expect(f[0]!.cells).toEqual(["D10"]);
    expect(validateClinicianScientist(sheet, {}).grids[0]!.range).toBe("C5:I23");
  });

  it("splits a year shared by two rows (a merged year cell) into half-years", async () => {
    const rows: Row[] = [
      ...eligibleFacts(2021),
      [],
      PERIOD_HEADER,
      ...fy2021.slice(0, 4),
      ["5年目", "研究", "東都大学大学院", "大学院", 50],
      [null, "休止", null, null, null, "出産"],
      ["6年目", "研究", "東都大学大学院", "大学院", 50],
      ["7年目", "研究", "東都大学大学院", "大学院", 50],
      ["8年目", "研究", "東都大学大学院", "大学院", 50, null, "前半のみ"],
      [],
      [],
      PAPER_HEADER,
      ...papers,
    ];
    const sheet = await rowsSheet(rows, "S", ["A15:A16"]);
    const plan = readClinicianScientistPlan(sheet)!;
    expect(plan.periods.map((p) => p.label)).toEqual(["1年目", "2年目", "3年目", "4年目", "5年目", "5年目", "6年目", "7年目", "8年目"]);
    // 7.5 years of course plus half a year of leave for childbirth: an 8th year of 7.5 + 0.5 + 1 = 9 > 7 + 0.5.
    expect(ruleIds(sheet)).toEqual(["cs-length"]);
    expect(findings(sheet)[0]!.message).toContain("8年目");
  });

  it("ends the periods table at a section title and skips notes under the papers", async () => {
    const rows: Row[] = [
      ...eligibleFacts(2021),
      [],
      PERIOD_HEADER,
      ...fy2021,
      ["論文業績"],
      PAPER_HEADER,
      ...papers,
      ["※ 症例報告は数えません"],
    ];
    const sheet = await rowsSheet(rows);
    const plan = readClinicianScientistPlan(sheet)!;
    expect(plan.periods).toHaveLength(7);
    expect(plan.papers).toHaveLength(2);
    expect(findings(sheet)).toEqual([]);
  });

  it("takes a lone 区分 column for the phase, and dates ranges for periods", async () => {
    const rows: Row[] = [
      ...eligibleFacts(2024),
      [],
      ["期間", "区分", "所属施設", "エフォート"],
      ["2024/4〜2025/3", "臨床", "東都大学医学部附属病院", "0%"],
      ...[2025, 2026, 2027, 2028].map((y) => [`${y}/4〜${y + 1}/3`, "研究", "東都大学大学院", "6:4"]),
      [],
      PAPER_HEADER,
      ...papers,
    ];
    const sheet = await rowsSheet(rows);
    const plan = readClinicianScientistPlan(sheet)!;
    expect(plan.periods.map((p) => p.phase)).toEqual(["clinical", "research", "research", "research", "research"]);
    expect(plan.periods[1]!.effort).toBe(60);
    expect(findings(sheet)).toEqual([]);
  });
});

describe("cells that cannot be read", () => {
  it("become cs-unreadable findings naming the cell and what was expected, never a crash", async () => {
    const sheet = await planSheet({
      facts: [...eligibleFacts(2021).filter(([l]) => l !== "義務年限" && l !== "基本領域"), ["義務年限", { error: "#N/A" }], ["基本領域", "血液内科"]],
      periods: fy2021.map((r, i) => (i === 3 ? [r[0], "研究", "東都大学大学院", "大学院", "half"] : i === 4 ? [r[0], true, r[2], r[3], r[4]] : r)),
      papers: [...papers, ["Third", "Blood", "Klingon", "maybe", "はい", "いいえ", "soon"]],
    });
    const f = findings(sheet).filter((x) => x.rule === "cs-unreadable");
    expect(f.map((x) => x.cells[0])).toEqual(["B9", "B10", "E16", "B17", "C25", "D25", "G25"]);
    expect(f[0]!.message).toBe("義務年限「#N/A」を読めません (はい/いいえ、有/無、○/× など)");
    expect(f[1]!.message).toContain("19の基本領域");
    expect(f[2]!.message_en).toContain('cannot read the research effort "half"');
    expect(f.every((x) => x.severity === "warning")).toBe(true);
  });

  it("does not crash on any mix of odd values", () => {
    const odd = [null, "", 0, -1, 1e308, Number.NaN, true, false, new Date(Number.NaN), new Date(0), { error: "#REF!" }, "　", "年次", "フェーズ", "氏名", "％"];
    const rows = Array.from({ length: 30 }, (_r, i) => Array.from({ length: 10 }, (_c, j) => odd[(i * 7 + j * 3) % odd.length]!));
    rows[0] = ["年次", "フェーズ", "施設", "研究エフォート"];
    expect(() => validateClinicianScientist({ name: "odd", rows }, {})).not.toThrow();
  });
});

describe("a sheet that is not a plan", () => {
  it("gives nothing for a rotation grid, an empty sheet, or a lone 氏名 label", () => {
    const grid: SheetData = {
      name: "2026年度",
      rows: [
        ["氏名", "1", "2", "3"],
        ["研修医 太郎", "内科", "内科", "救急"],
      ],
    };
    for (const sheet of [grid, { name: "empty", rows: [] }, { name: "lone", rows: [["氏名", "x"]] }] as SheetData[]) {
      expect(validateClinicianScientist(sheet, {})).toEqual({ grids: [], findings: [] });
    }
  });

  it("is a plan with eligibility labels and papers but no periods table: says the table is missing", async () => {
    const sheet = await rowsSheet([...eligibleFacts(2021), [], PAPER_HEADER, ...papers]);
    const f = findings(sheet);
    expect(f.map((x) => x.rule)).toEqual(["cs-missing"]);
    expect(f[0]!.message).toContain("研修期間の表");
  });
});
