import { CS_EDITIONS, editionForYear, resolveCsEdition, validateClinicianScientist } from "../../src/engine/cs";
import { eligibleFacts, fy2021Periods, fy2024Periods, of, planSheet, twoGoodPapers } from "./helpers";

describe("CS_EDITIONS", () => {
  it("lists the seed's guideline and the FY2024 revision as data", () => {
    expect(CS_EDITIONS.map((e) => [e.id, e.fromFiscalYear, e.yearsMin, e.yearsMax, e.clinicalYearsMin, e.researchYearsMin, e.papersMin, e.alternativesMax])).toEqual([
      ["fy2021", 2021, 7, 7, 2, 5, 2, 0],
      ["fy2024", 2024, 5, 7, 1, 4, 2, 1],
    ]);
    expect(CS_EDITIONS[0]!.source).toContain("seed 001");
    expect(CS_EDITIONS[1]!.source).toContain("not in the seed");
  });
});

describe("resolveCsEdition", () => {
  it.each([
    ["fy2021", "fy2021"],
    ["FY2024", "fy2024"],
    ["2021", "fy2021"],
    ["2023", "fy2021"],
    ["2024", "fy2024"],
    ["2030年度", "fy2024"],
    ["R6", "fy2024"],
    ["令和3年度", "fy2021"],
    ["2021年度版", "fy2021"],
    ["2024年度改定", "fy2024"],
    ["整備指針", "fy2021"],
    ["改定", "fy2024"],
  ])("reads %s as %s", (text, id) => {
    expect(resolveCsEdition(text)?.id).toBe(id);
  });

  it("names none for other text or years before the course", () => {
    expect(resolveCsEdition("fy2019")).toBeUndefined();
    expect(resolveCsEdition("latest please")).toBeUndefined();
    expect(resolveCsEdition("")).toBeUndefined();
  });

  it("gives the edition in force for a start year", () => {
    expect([2020, 2021, 2023, 2024, 2027].map((y) => editionForYear(y).id)).toEqual(["fy2021", "fy2021", "fy2021", "fy2024", "fy2024"]);
  });
});

describe("which edition a plan is checked against", () => {
  const tag = (msg: string) => /^【(.+?)】/.exec(msg)?.[1];

  it("by default, the one in force for the start year (FY2023 → 2021年度版, FY2024 → 2024年度改定)", async () => {
    for (const [year, label] of [
      [2023, "2021年度版"],
      [2024, "2024年度改定"],
    ] as const) {
      const sheet = await planSheet({ facts: eligibleFacts(year), periods: fy2024Periods() });
      expect(tag(of(sheet, "cs-papers")[0]!.message)).toBe(label);
    }
  });

  it("a start in January–March belongs to the fiscal year before", async () => {
    const facts = eligibleFacts(2024).map(([l, v]) => (l === "コース開始" ? [l, new Date(Date.UTC(2024, 1, 1))] : l === "臨床研修修了" ? [l, "修了"] : [l, v])) as Array<[string, Date | string]>;
    const sheet = await planSheet({ facts, periods: fy2024Periods() });
    expect(tag(of(sheet, "cs-papers")[0]!.message)).toBe("2021年度版");
  });

  it("transition: a plan started in FY2022 may be checked against the FY2024 revision, with no note", async () => {
    const sheet = await planSheet({ facts: eligibleFacts(2022), periods: fy2024Periods(), papers: twoGoodPapers() });
    expect(of(sheet, "cs-length")).toHaveLength(1); // 5 years: short under the edition in force (FY2021)
    expect(validateClinicianScientist(sheet, { csEdition: "fy2024" }).findings).toEqual([]);
  });

  it("an older edition than the one in force may be chosen; it is noted (info)", async () => {
    const sheet = await planSheet({ facts: eligibleFacts(2024), periods: fy2021Periods(), papers: twoGoodPapers() });
    const f = validateClinicianScientist(sheet, { csEdition: "fy2021" }).findings;
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["cs-edition", "info"]]);
    expect(f[0]!.message).toContain("2024年度開始の計画には本来2024年度改定");
  });

  it("the sheet's 適用版 cell chooses, and the caller's option wins over it", async () => {
    const facts = [...eligibleFacts(2022), ["適用版", "2024年度改定"]] as Array<[string, string | Date]>;
    const sheet = await planSheet({ facts, periods: fy2024Periods(), papers: twoGoodPapers() });
    expect(validateClinicianScientist(sheet, {}).findings).toEqual([]);
    expect(of(sheet, "cs-length", "fy2021")).toHaveLength(1);
  });

  it("an unknown edition is noted and the default used", async () => {
    const sheet = await planSheet({ facts: eligibleFacts(2024), periods: fy2024Periods(), papers: twoGoodPapers() });
    const f = validateClinicianScientist(sheet, { csEdition: "fy1999" }).findings;
    expect(f.map((x) => x.rule)).toEqual(["cs-edition"]);
    expect(f[0]!.message).toContain("版「fy1999」は不明です");
  });

  it("with no start, the newest edition, and a note saying so", async () => {
    const facts = eligibleFacts(2024).filter(([l]) => l !== "コース開始");
    const sheet = await planSheet({ facts, periods: fy2024Periods(), papers: twoGoodPapers() });
    const rules = validateClinicianScientist(sheet, {}).findings.map((x) => x.rule);
    expect(rules).toEqual(["cs-missing", "cs-edition"]);
  });

  it("fiscal-year period labels give the start when コース開始 is missing", async () => {
    const facts = eligibleFacts(2021).filter(([l]) => l !== "コース開始");
    const periods = fy2021Periods().map((r, i) => [`R${3 + i}`, ...r.slice(1)]);
    const sheet = await planSheet({ facts, periods, papers: twoGoodPapers() });
    const f = validateClinicianScientist(sheet, {}).findings;
    expect(f.map((x) => x.rule)).toEqual(["cs-missing"]);
    expect(f[0]!.message).toBe("見つからない項目: コース開始 (ラベルのセルと、その右に値を置いてください)");
  });
});
