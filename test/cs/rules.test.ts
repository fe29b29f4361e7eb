/**
 * Every cs rule, caught and not falsely caught, in both editions, on plans written as .xlsx.
 */
import type { CellValue } from "../../src/engine/model/cell";
import { eligibleFacts, findings, fy2021Periods, fy2024Periods, of, paper, period, planSheet, ruleIds, twoGoodPapers, type Row } from "./helpers";

const START_2021 = 2021;
const START_2024 = 2024;

function withFact(facts: Array<[string, CellValue]>, label: string, value: CellValue): Array<[string, CellValue]> {
  return facts.map(([l, v]) => (l === label ? [l, value] : [l, v]));
}

function replaceRow(rows: Row[], index: number, row: Row): Row[] {
  return rows.map((r, i) => (i === index ? row : r));
}

describe("a sound plan", () => {
  it("FY2021 edition: the seed's 7 years (2 clinical, 5 research) and 2 good papers give no finding", async () => {
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods: fy2021Periods(), papers: twoGoodPapers() });
    expect(findings(sheet)).toEqual([]);
  });

  it("FY2024 revision: 5 years (1 clinical, 4 research) give no finding", async () => {
    const sheet = await planSheet({ facts: eligibleFacts(START_2024), periods: fy2024Periods(), papers: twoGoodPapers() });
    expect(findings(sheet)).toEqual([]);
  });

  it("FY2024 revision: the seed's 7-year plan still passes (2 clinical years, 5 research)", async () => {
    const sheet = await planSheet({ facts: eligibleFacts(START_2024), periods: fy2021Periods(), papers: twoGoodPapers() });
    expect(findings(sheet)).toEqual([]);
  });
});

describe("cs-eligibility", () => {
  it.each([
    ["義務年限", "有", "B7"],
    ["義務年限", "あり（自治医科大学）", "B7"],
    ["地域枠", "はい", "B8"],
    ["地域枠", true, "B8"],
    ["臨床研修修了", "未修了", "B6"],
  ])("catches %s = %s, pointing at its value cell (both editions)", async (label, value, cell) => {
    for (const [start, periods] of [
      [START_2021, fy2021Periods()],
      [START_2024, fy2024Periods()],
    ] as const) {
      const sheet = await planSheet({ facts: withFact(eligibleFacts(start), label, value), periods, papers: twoGoodPapers() });
      const f = of(sheet, "cs-eligibility");
      expect(f).toHaveLength(1);
      expect(f[0]!.cells).toEqual([cell]);
      expect(f[0]!.severity).toBe("error");
      expect(f[0]!.message).toMatch(start === START_2021 ? /^【2021年度版】/ : /^【2024年度改定】/);
    }
  });

  it("catches a 臨床研修 finished after the course starts", async () => {
    const sheet = await planSheet({ facts: withFact(eligibleFacts(START_2024), "臨床研修修了", new Date(Date.UTC(2024, 8, 30))), periods: fy2024Periods(), papers: twoGoodPapers() });
    const f = of(sheet, "cs-eligibility");
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("2024-09-30");
    expect(f[0]!.cells).toEqual(["B6", "B5"]);
  });

  it.each([
    ["義務年限", "無"],
    ["義務年限", "×"],
    ["義務年限", false],
    ["地域枠", "なし（一般枠）"],
    ["地域枠", "No"],
    ["臨床研修修了", "修了見込み"],
    ["臨床研修修了", "はい"],
    ["臨床研修修了", 2024],
  ])("does not catch %s = %s", async (label, value) => {
    const sheet = await planSheet({ facts: withFact(eligibleFacts(START_2024), label, value), periods: fy2024Periods(), papers: twoGoodPapers() });
    expect(of(sheet, "cs-eligibility")).toEqual([]);
  });
});

describe("cs-length", () => {
  it("FY2021: catches 5 years (7 needed) and an 8th year with no reason", async () => {
    const short = await planSheet({ facts: eligibleFacts(START_2021), periods: fy2021Periods().slice(0, 5), papers: twoGoodPapers() });
    const f = of(short, "cs-length");
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("最短 7年");
    expect(f[0]!.cells).toEqual(["A17"]);

    const long = await planSheet({
      facts: eligibleFacts(START_2021),
      periods: [...fy2021Periods(), period("8年目", "研究", "東都大学大学院医学系研究科", "大学院", 50)],
      papers: twoGoodPapers(),
    });
    const g = of(long, "cs-length");
    expect(g).toHaveLength(1);
    expect(g[0]!.message).toContain("上限 7年を超える 1年 (8年目)");
    expect(g[0]!.cells).toEqual(["A20"]);
  });

  it("FY2021: accepts an 8th year with an allowed reason, and leave with a reason made up after it", async () => {
    const extended = await planSheet({
      facts: eligibleFacts(START_2021),
      periods: [...fy2021Periods(), period("8年目", "研究", "Harvard Medical School", "留学先", 100, "留学")],
      papers: twoGoodPapers(),
    });
    expect(ruleIds(extended)).toEqual([]);

    const withLeave = fy2021Periods();
    withLeave.splice(4, 0, period("5年目", "休止", "", null, null, "育児"));
    const relabelled = withLeave.map((r, i) => [`${i + 1}年目`, ...r.slice(1)]);
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods: relabelled, papers: twoGoodPapers() });
    expect(ruleIds(sheet)).toEqual([]);
  });

  it("FY2021: leave does not count toward the 7 years", async () => {
    const periods = fy2021Periods();
    periods[4] = period("5年目", "休止", "", null, null, "病気療養");
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods, papers: twoGoodPapers() });
    const f = of(sheet, "cs-length");
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("コース期間 6年");
  });

  it("FY2024: 5 years pass where FY2021 needs 7; 4 years fail", async () => {
    const five = await planSheet({ facts: eligibleFacts(START_2024), periods: fy2024Periods(), papers: twoGoodPapers() });
    expect(of(five, "cs-length")).toEqual([]);
    expect(of(five, "cs-length", "fy2021")).toHaveLength(1);

    const four = await planSheet({ facts: eligibleFacts(START_2024), periods: fy2024Periods().slice(0, 4), papers: twoGoodPapers() });
    expect(of(four, "cs-length")[0]!.message).toMatch(/^【2024年度改定】コース期間 4年 .*最短 5年/);
  });

  it("FY2024: 2 clinical + 3 research years are 5 years but too little research", async () => {
    const periods = replaceRow(fy2024Periods(), 1, period("2年目", "臨床", "東都市民病院", "連携施設", 0));
    const sheet = await planSheet({ facts: eligibleFacts(START_2024), periods, papers: twoGoodPapers() });
    expect(of(sheet, "cs-length")[0]!.message).toContain("研究フェーズ 3年: 4年以上");
  });

  it("FY2024: 8 years without a reason are caught", async () => {
    const periods = [...fy2021Periods(), period("8年目", "研究", "東都大学大学院", "大学院", 50)];
    const sheet = await planSheet({ facts: eligibleFacts(START_2024), periods, papers: twoGoodPapers() });
    expect(of(sheet, "cs-length")).toHaveLength(1);
  });

  it("counts half-year rows as half years", async () => {
    const periods: Row[] = [
      ...fy2024Periods().slice(0, 4),
      period("5年目前期", "研究", "東都大学大学院", "大学院", 50),
      period("5年目後期", "研究", "東都大学大学院", "大学院", 50),
    ];
    const sheet = await planSheet({ facts: eligibleFacts(START_2024), periods, papers: twoGoodPapers() });
    expect(of(sheet, "cs-length")).toEqual([]);
    const short = await planSheet({ facts: eligibleFacts(START_2024), periods: periods.slice(0, 5), papers: twoGoodPapers() });
    expect(of(short, "cs-length")[0]!.message).toContain("4.5年");
  });
});

describe("cs-clinical-phase", () => {
  it("catches research in year 2 under FY2021, not under FY2024", async () => {
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods: fy2021Periods().slice(0, 1).concat(fy2024Periods().slice(1), [period("6年目", "研究", "東都大学大学院", "大学院", 50), period("7年目", "研究", "東都大学大学院", "大学院", 50)]), papers: twoGoodPapers() });
    const f = of(sheet, "cs-clinical-phase");
    expect(f).toHaveLength(1);
    expect(f[0]!.cells).toEqual(["B14"]);
    expect(f[0]!.message).toContain("臨床フェーズは最初の2年");
    expect(of(sheet, "cs-clinical-phase", "fy2024")).toEqual([]);
  });

  it("catches a clinical year with research effort (both editions)", async () => {
    for (const [start, periods] of [
      [START_2021, fy2021Periods()],
      [START_2024, fy2024Periods()],
    ] as const) {
      const p = replaceRow([...periods], 0, period("1年目", "臨床", "東都大学医学部附属病院", "責任医療機関", "20%"));
      const f = of(await planSheet({ facts: eligibleFacts(start), periods: p, papers: twoGoodPapers() }), "cs-clinical-phase");
      expect(f).toHaveLength(1);
      expect(f[0]!.cells).toEqual(["E13"]);
      expect(f[0]!.message).toContain("研究エフォート 20%");
    }
  });

  it("catches a clinical year at a graduate school, at a place marked その他, abroad, or at a hospital not among the listed partners", async () => {
    const cases: Array<[Row, string]> = [
      [period("2年目", "臨床", "東都大学大学院医学系研究科", null, 0), "大学院"],
      [period("2年目", "臨床", "北海クリニック", "その他", 0), "いずれでもない"],
      [period("2年目", "臨床", "北海クリニック", null, 0), "いずれでもない"],
      [period("2年目", "臨床", "Mayo Clinic", "留学先", 0), "留学"],
    ];
    for (const [row, text] of cases) {
      const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods: replaceRow(fy2021Periods(), 1, row), papers: twoGoodPapers() });
      const f = of(sheet, "cs-clinical-phase");
      expect(f).toHaveLength(1);
      expect(f[0]!.message).toContain(text);
      expect(f[0]!.cells[0]).toBe("C14");
    }
  });

  it("accepts a listed partner facility named without a site kind, and the responsible institution by name", async () => {
    const periods = replaceRow(replaceRow(fy2021Periods(), 0, period("1年目", "臨床", "東都大学医学部附属病院", null, null)), 1, period("2年目", "臨床", "港南総合病院", null, null));
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods, papers: twoGoodPapers() });
    expect(findings(sheet)).toEqual([]);
  });

  it("asks (cs-site-unknown, info) rather than accuses when the sheet cannot tell", async () => {
    const facts = eligibleFacts(START_2021).filter(([l]) => l !== "連携施設" && l !== "責任医療機関");
    const periods = replaceRow(fy2021Periods(), 1, period("2年目", "臨床", "北海中央病院", null, 0));
    const sheet = await planSheet({ facts, periods, papers: twoGoodPapers() });
    expect(of(sheet, "cs-clinical-phase")).toEqual([]);
    const u = of(sheet, "cs-site-unknown");
    expect(u).toHaveLength(1);
    expect(u[0]!.severity).toBe("info");
  });
});

describe("cs-research-effort", () => {
  it("catches a research year under 50% in both editions; 50, '50%' and 0.5 pass", async () => {
    for (const [start, periods] of [
      [START_2021, fy2021Periods()],
      [START_2024, fy2024Periods()],
    ] as const) {
      const low = replaceRow([...periods], 3, period("4年目", "研究", "東都大学大学院", "大学院", 30));
      const f = of(await planSheet({ facts: eligibleFacts(start), periods: low, papers: twoGoodPapers() }), "cs-research-effort");
      expect(f).toHaveLength(1);
      expect(f[0]!.cells).toEqual(["E16"]);
      expect(f[0]!.message).toContain("研究エフォート 30% (50%以上が必要)");
      for (const effort of [50, "50%", 0.5, "５０％"] as CellValue[]) {
        const ok = replaceRow([...periods], 3, period("4年目", "研究", "東都大学大学院", "大学院", effort));
        expect(of(await planSheet({ facts: eligibleFacts(start), periods: ok, papers: twoGoodPapers() }), "cs-research-effort")).toEqual([]);
      }
    }
  });

  it("catches a year 3 still clinical under FY2021", async () => {
    const periods = replaceRow(fy2021Periods(), 2, period("3年目", "臨床", "東都市民病院", "連携施設", 0));
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods, papers: twoGoodPapers() });
    const f = of(sheet, "cs-research-effort");
    expect(f).toHaveLength(1);
    expect(f[0]!.cells).toEqual(["B15", "E15"]);
  });

  it("FY2024: a second clinical year is allowed, a third is caught", async () => {
    const two = replaceRow(fy2021Periods(), 1, period("2年目", "臨床", "東都市民病院", "連携施設", 0));
    expect(of(await planSheet({ facts: eligibleFacts(START_2024), periods: two, papers: twoGoodPapers() }), "cs-research-effort")).toEqual([]);
    const three = replaceRow(two, 2, period("3年目", "臨床", "東都市民病院", "連携施設", 0));
    expect(of(await planSheet({ facts: eligibleFacts(START_2024), periods: three, papers: twoGoodPapers() }), "cs-research-effort")).toHaveLength(1);
  });

  it("counts study abroad with no effort written as research", async () => {
    const periods = replaceRow(fy2021Periods(), 4, period("5年目", "研究", "Karolinska Institutet", null, null, null, "留学"));
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods, papers: twoGoodPapers() });
    expect(findings(sheet)).toEqual([]);
  });
});

describe("cs-research-site", () => {
  it("catches a research year at a city hospital (both editions)", async () => {
    for (const [start, periods] of [
      [START_2021, fy2021Periods()],
      [START_2024, fy2024Periods()],
    ] as const) {
      const p = replaceRow([...periods], 2, period("3年目", "研究", "東都市民病院", null, 50));
      const f = of(await planSheet({ facts: eligibleFacts(start), periods: p, papers: twoGoodPapers() }), "cs-research-site");
      expect(f).toHaveLength(1);
      expect(f[0]!.cells).toEqual(["C15", "D15"]);
    }
  });

  it("catches a site kind marked 連携施設 or その他", async () => {
    const p = replaceRow(fy2021Periods(), 5, period("6年目", "研究", "港南総合病院", "連携施設", 50));
    expect(of(await planSheet({ facts: eligibleFacts(START_2021), periods: p, papers: twoGoodPapers() }), "cs-research-site")).toHaveLength(1);
  });

  it("accepts a graduate school, a national centre and study abroad, by name alone", async () => {
    const p = replaceRow(
      replaceRow(replaceRow(fy2021Periods(), 2, period("3年目", "研究", "西都大学大学院医学研究科", null, 60)), 3, period("4年目", "研究", "国立精神・神経医療研究センター", null, 60)),
      4,
      period("5年目", "研究", "Stanford University", null, 100, null, "海外留学"),
    );
    expect(findings(await planSheet({ facts: eligibleFacts(START_2021), periods: p, papers: twoGoodPapers() }))).toEqual([]);
  });
});

describe("cs-papers", () => {
  const good = paper("Clonal hematopoiesis in young adults", "英文", "はい", "はい", "いいえ", 2026);
  const cases: Array<[string, Row, RegExp]> = [
    ["an English case report", paper("A case of IgG4-related disease", "英文", "はい", "はい", "はい", 2026), /症例報告/],
    ["a Japanese paper", paper("若年者のクローン性造血", "和文", "いいえ", "はい", "いいえ", 2026, "日本内科学会雑誌"), /和文/],
    ["a paper not as first author", paper("Myeloma outcomes", "英文", "はい", "いいえ", "いいえ", 2026), /筆頭著者でない/],
    ["a paper not in an SCI journal", paper("Myeloma outcomes", "英文", "いいえ", "はい", "いいえ", 2026), /SCI収載誌でない/],
  ];

  it.each(cases)("FY2021: catches %s as the second paper", async (_name, second, why) => {
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods: fy2021Periods(), papers: [good, second] });
    const f = of(sheet, "cs-papers");
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^【2021年度版】要件を満たす論文 1本 \(2本以上が必要/);
    expect(f[0]!.message).toMatch(why);
    expect(f[0]!.cells).toHaveLength(1);
    expect(f[0]!.cells[0]).toMatch(/^[A-G]24$/);
  });

  it("FY2024: accepts an English case report or a Japanese paper as the second, not as both", async () => {
    for (const second of [cases[0]![1], cases[1]![1]]) {
      const sheet = await planSheet({ facts: eligibleFacts(START_2024), periods: fy2024Periods(), papers: [good, second] });
      expect(of(sheet, "cs-papers")).toEqual([]);
    }
    const both = await planSheet({ facts: eligibleFacts(START_2024), periods: fy2024Periods(), papers: [cases[0]![1], cases[1]![1]] });
    const f = of(both, "cs-papers");
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("1本までしか数えない");
  });

  it("FY2024: still catches a paper not as first author, and a Japanese case report", async () => {
    for (const second of [cases[2]![1], paper("症例報告", "和文", "いいえ", "はい", "はい", 2026)]) {
      const sheet = await planSheet({ facts: eligibleFacts(START_2024), periods: fy2024Periods(), papers: [good, second] });
      expect(of(sheet, "cs-papers")).toHaveLength(1);
    }
  });

  it("catches no papers at all in both editions, pointing at the papers header", async () => {
    const a = of(await planSheet({ facts: eligibleFacts(START_2021), periods: fy2021Periods() }), "cs-papers");
    const b = of(await planSheet({ facts: eligibleFacts(START_2024), periods: fy2024Periods() }), "cs-papers");
    expect(a[0]!.cells).toEqual(["A22"]);
    expect(b[0]!.cells).toEqual(["A20"]);
  });

  it("does not count a paper from before the course", async () => {
    const early = paper("Earlier work", "英文", "はい", "はい", "いいえ", 2019);
    const f = of(await planSheet({ facts: eligibleFacts(START_2021), periods: fy2021Periods(), papers: [good, early] }), "cs-papers");
    expect(f[0]!.message).toContain("コース期間外 (2019年)");
  });

  it("reads the language from the title when the language cell is empty", async () => {
    const noLang = paper("Outcomes of CAR-T therapy", null, "はい", "はい", "いいえ", 2027);
    expect(of(await planSheet({ facts: eligibleFacts(START_2021), periods: fy2021Periods(), papers: [good, noLang] }), "cs-papers")).toEqual([]);
  });
});

describe("cs-extension-reason", () => {
  it("catches an extension reason that is not one of the seed's (both editions), and cs-length with it", async () => {
    for (const [start, base] of [
      [START_2021, fy2021Periods()],
      [START_2024, fy2021Periods()],
    ] as const) {
      const periods = [...base, period("8年目", "研究", "東都大学大学院", "大学院", 50, "学位論文の完成のため")];
      const sheet = await planSheet({ facts: eligibleFacts(start), periods, papers: twoGoodPapers() });
      const f = of(sheet, "cs-extension-reason");
      expect(f).toHaveLength(1);
      expect(f[0]!.cells).toEqual(["F20"]);
      expect(f[0]!.message).toContain("延長理由「学位論文の完成のため」は認められる理由ではありません");
      expect(of(sheet, "cs-length")).toHaveLength(1);
    }
  });

  it.each(["留学", "海外勤務", "妊娠・出産・育児", "産休", "病気療養", "介護", "管理職", "災害被災", "震災"])("accepts %s", async (reason) => {
    const periods = [...fy2021Periods(), period("8年目", "研究", "東都大学大学院", "大学院", 50, reason)];
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods, papers: twoGoodPapers() });
    expect(ruleIds(sheet)).toEqual([]);
  });

  it("catches a leave with no reason, and a remark '延長（…）' with a wrong one", async () => {
    const leave = [...fy2021Periods(), period("8年目", "休止", "", null, null)];
    expect(of(await planSheet({ facts: eligibleFacts(START_2021), periods: leave, papers: twoGoodPapers() }), "cs-extension-reason")[0]!.message).toContain("理由が書かれていません");
    const remark = [...fy2021Periods(), period("8年目", "研究", "東都大学大学院", "大学院", 50, null, "延長（専門医試験のため）")];
    const f = of(await planSheet({ facts: eligibleFacts(START_2021), periods: remark, papers: twoGoodPapers() }), "cs-extension-reason");
    expect(f[0]!.message).toContain("「専門医試験のため」");
    expect(f[0]!.cells).toEqual(["G20"]);
  });

  it("reads a reason from the remarks: '延長（育児）' is allowed", async () => {
    const periods = [...fy2021Periods(), period("8年目", "研究", "東都大学大学院", "大学院", 50, null, "延長（育児）")];
    expect(ruleIds(await planSheet({ facts: eligibleFacts(START_2021), periods, papers: twoGoodPapers() }))).toEqual([]);
  });

  it("does not ask for a reason on an ordinary year with remarks", async () => {
    const periods = replaceRow(fy2021Periods(), 4, period("5年目", "研究", "東都大学大学院", "大学院", 50, null, "学位審査、延長なし"));
    expect(ruleIds(await planSheet({ facts: eligibleFacts(START_2021), periods, papers: twoGoodPapers() }))).toEqual([]);
  });
});

describe("rule overrides", () => {
  it("turns a rule off, changes its severity or its numbers", async () => {
    const { validateClinicianScientist } = await import("../../src/engine/cs");
    const periods = replaceRow(fy2021Periods(), 3, period("4年目", "研究", "東都大学大学院", "大学院", 40));
    const sheet = await planSheet({ facts: eligibleFacts(START_2021), periods, papers: twoGoodPapers() });
    expect(validateClinicianScientist(sheet, { rules: { "cs-research-effort": { enabled: false } } }).findings).toEqual([]);
    expect(validateClinicianScientist(sheet, { rules: { "cs-research-effort": { severity: "warning" } } }).findings[0]!.severity).toBe("warning");
    expect(validateClinicianScientist(sheet, { rules: { "cs-research-effort": { params: { minEffortPercent: 40 } } } }).findings).toEqual([]);
  });
});
