import type * as ExcelJS from "exceljs";
import type { ValidationReport } from "../../src/engine";
import { a1, CLEAN_PLAN, CLEAN_PLAN_MONTHS, cohortWorkbook, courseSheetWorkbook, courseSpec, SHORT_EM_PLAN } from "../fixtures";
import type { CohortOptions, FixtureRotation } from "../fixtures";
import { cellsOfText, onePlan, only, replaced, shape, sheetWorkbook, units, validate } from "./helpers";

/** The national rules on two-year plans (CONTRACT §1, DOMAIN §1). One trainee at row 2, blocks B2 … AA2 unless said. */

const TARO = "研修医 太郎";

/** A finding as the tests compare it. */
const finding = (rule: string, severity: string, cells: readonly string[], trainee = TARO) => ({ rule, severity, trainee, cells });

/** A plan with one rotation's blocks given instead as `parts` (the same number of blocks). */
function split(plan: readonly FixtureRotation[], text: string, parts: readonly FixtureRotation[]): FixtureRotation[] {
  const out = plan.flatMap((r): FixtureRotation[] => (r[0] === text ? [...parts] : [r]));
  if (units(out) !== units(plan)) throw new Error("test: split changes the plan's length");
  return out;
}

/** A plan with the blocks of some rotations changed; it must still fill 26 blocks. */
function retimed(plan: readonly FixtureRotation[], changes: Readonly<Record<string, FixtureRotation>>): FixtureRotation[] {
  const out = plan.map((r): FixtureRotation => changes[r[0]] ?? r);
  if (units(out) !== units(plan)) throw new Error("test: retimed changes the plan's length");
  return out;
}

describe("a plan that meets every rule", () => {
  it.each<[string, CohortOptions["header"], readonly FixtureRotation[]]>([
    ["4-week blocks", "blocks", CLEAN_PLAN],
    ["months", "months", CLEAN_PLAN_MONTHS],
  ])("gives no finding in %s", async (_, header, rotations) => {
    const { report } = await onePlan(rotations, { header });
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });
});

describe("total-104w", () => {
  describe("when a block is empty", () => {
    it("is an error on the empty block", async () => {
      const { report } = await onePlan(split(CLEAN_PLAN, "整形外科", [["整形外科", 2], ["", 1]]));
      expect(report.findings.map(shape)).toEqual([finding("total-104w", "error", ["AA2"])]);
      expect(report.findings[0]).toMatchObject({ sheet: "2026年度", message: "研修期間 100週 (必要 104週): 空欄 1ブロック" });
    });

    it("lists every empty block", async () => {
      const { report } = await onePlan(split(CLEAN_PLAN, "整形外科", [["", 3]]));
      expect(only(report, "total-104w").map((f) => f.cells)).toEqual([["Y2", "Z2", "AA2"]]);
    });
  });

  describe("when the grid covers only one year", () => {
    it("is an error on the trainee's name in a one-year cohort grid", async () => {
      const header = ["氏名", ...Array.from({ length: 13 }, (_, i) => i + 1)];
      const row = ["研修医 太郎", ...["内科", "内科", "内科", "内科", "内科", "内科", "救急", "救急", "救急", "外科", "小児科", "産婦人科", "精神科"]];
      const report = await validate(sheetWorkbook([header, row]));
      expect(report.grids.map((g) => [g.range, g.layout])).toEqual([["A1:N2", "cohort-blocks"]]);
      expect(only(report, "total-104w").map(shape)).toEqual([finding("total-104w", "error", ["A2"])]);
      expect(only(report, "total-104w")[0]!.message).toBe("研修期間 52週 (必要 104週): 表は 52週分のみ");
    });

    it("is an error on the title of a course sheet with only 1年次", async () => {
      const a = courseSpec("A");
      const report = await validate(courseSheetWorkbook({ courses: [{ title: a.title, years: [a.years[0]!] }] }));
      expect(only(report, "total-104w").map(shape)).toEqual([finding("total-104w", "error", ["A1"], "A コース")]);
    });
  });

  describe("when leave stays within 90 days", () => {
    it("does not count it as a gap", async () => {
      const { report } = await onePlan(replaced(CLEAN_PLAN, "整形外科", "休止"));
      expect(report.findings).toEqual([]);
      expect(report.grids[0]!.trainees[0]!.weeks).not.toHaveProperty("休止");
    });
  });

  describe("when a cell is filled but unrecognised", () => {
    it("does not count it as a gap: unknown-rotation only", async () => {
      const { report } = await onePlan(replaced(CLEAN_PLAN, "整形外科", "学会発表準備"));
      expect(report.findings.map((f) => f.rule)).toEqual(["unknown-rotation"]);
    });
  });
});

describe("im-24w", () => {
  const plan = (weeks: number): FixtureRotation[] => [
    ["内科", weeks / 4],
    ["救急", 3],
    ["外科", 2],
    ["小児科", 2],
    ["産婦人科", 2],
    ["精神科", 2],
    ["地域医療（一般外来）", 2],
    ["整形外科", 13 - weeks / 4],
  ];

  describe("when 内科 is 20 weeks", () => {
    it("is an error on the 内科 cells", async () => {
      const { report } = await onePlan(plan(20));
      expect(report.findings.map(shape)).toEqual([finding("im-24w", "error", ["B2", "C2", "D2", "E2", "F2"])]);
      expect(report.findings[0]!.message).toBe("内科 20週 (必要 24週以上)");
      expect(report.findings[0]!.message_en).toBe("Internal medicine: 20 weeks (at least 24 required)");
    });
  });

  describe("when 内科 is exactly 24 weeks", () => {
    it("is met", async () => {
      const { report } = await onePlan(plan(24));
      expect(report.findings).toEqual([]);
    });
  });

  describe("when 内科 is spread over subspecialties and both years", () => {
    it("counts them all (CLEAN_PLAN: 消化器, 循環器, 呼吸器 in 1年次, 血液 in 2年次 = 40)", async () => {
      const { report } = await onePlan(CLEAN_PLAN);
      expect(report.grids[0]!.trainees[0]!.weeks["内科"]).toBe(40);
    });
  });
});

describe("em-12w", () => {
  describe("when 救急 is 8 weeks", () => {
    it("is an error on the 救急 cells", async () => {
      const { report, layout } = await onePlan(SHORT_EM_PLAN);
      expect(report.findings.map(shape)).toEqual([finding("em-12w", "error", ["H2", "I2"])]);
      expect(cellsOfText(layout, "救急")).toEqual(["H2", "I2"]);
      expect(report.findings[0]!.message).toBe("救急 8週 (必要 12週以上)");
    });
  });

  describe("when 8 weeks of 救急 and 4 of 麻酔科 make 12", () => {
    it.each(["麻酔科", "救急（麻酔科）"])("is met with %s", async (anesthesia) => {
      const { report } = await onePlan(split(CLEAN_PLAN, "救急", [["救急", 2], [anesthesia, 1]]));
      expect(report.findings).toEqual([]);
    });
  });

  describe("when 4 weeks of 救急 and 8 of 麻酔科", () => {
    it("is an error, since only 4 weeks of 麻酔科 count", async () => {
      const { report } = await onePlan(split(CLEAN_PLAN, "救急", [["救急", 1], ["麻酔科", 2]]));
      expect(report.findings.map(shape)).toEqual([finding("em-12w", "error", ["H2", "I2", "J2"])]);
      expect(report.findings[0]!.message).toBe("救急 8週 (救急 4週 + 麻酔科 4週; 麻酔科は 4週まで算入) (必要 12週以上)");
    });
  });

  describe("when 救急 is written as ICU or 救命救急", () => {
    it("counts them as 救急", async () => {
      const { report } = await onePlan(split(CLEAN_PLAN, "救急", [["ICU", 1], ["救命救急センター", 1], ["ＥＲ", 1]]));
      expect(report.findings).toEqual([]);
    });
  });
});

describe.each([
  ["surg-4w", "外科", "外科", "整形外科"],
  ["ped-4w", "小児科", "小児科", "整形外科"],
  ["obgyn-4w", "産婦人科", "産婦人科", "整形外科"],
  ["psy-4w", "精神科", "精神科", "整形外科"],
  // Replaced by a 一般外来 block so that go-4w stays met.
  ["comm-4w", "地域医療", "地域医療（一般外来）", "一般外来"],
])("%s", (rule, field, text, instead) => {
  describe(`when ${field} is missing`, () => {
    it("is an error on the trainee's name", async () => {
      const { report } = await onePlan(replaced(CLEAN_PLAN, text, instead));
      expect(report.findings.filter((f) => f.severity !== "info").map(shape)).toEqual([finding(rule, "error", ["A2"])]);
      expect(only(report, rule)[0]!.message).toBe(`${field} 0週 (必要 4週以上)`);
    });
  });

  describe(`when ${field} is 4 weeks`, () => {
    it("meets the minimum; rec-8w says 8 are recommended, as info on its cell", async () => {
      const { report, layout } = await onePlan(split(CLEAN_PLAN, text, [[text, 1], [instead, 1]]));
      const cell = cellsOfText(layout, text)[0]!;
      expect(report.findings.map(shape)).toEqual([finding("rec-8w", "info", [cell])]);
      expect(report.findings[0]!.message).toBe(`${field} 4週 (8週以上が望ましい)`);
    });
  });

  describe(`when ${field} is 8 weeks`, () => {
    it("is met without a recommendation", async () => {
      const { report } = await onePlan(CLEAN_PLAN);
      expect(only(report, rule)).toEqual([]);
      expect(only(report, "rec-8w")).toEqual([]);
    });
  });
});

describe("rec-8w", () => {
  describe("when several of the five are 4 weeks", () => {
    it("gives one info per field, in the rule's order", async () => {
      const plan = split(split(CLEAN_PLAN, "精神科", [["精神科", 1], ["整形外科", 1]]), "外科", [["外科", 1], ["整形外科", 1]]);
      const { report } = await onePlan(plan);
      expect(report.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
        ["rec-8w", "info", "外科 4週 (8週以上が望ましい)"],
        ["rec-8w", "info", "精神科 4週 (8週以上が望ましい)"],
      ]);
    });
  });
});

describe("go-4w", () => {
  const NO_MARK = replaced(CLEAN_PLAN, "地域医療（一般外来）", "地域医療");

  describe("when no 一般外来 is recorded", () => {
    it("is a warning on the trainee's name", async () => {
      const { report } = await onePlan(NO_MARK);
      expect(report.findings.map(shape)).toEqual([finding("go-4w", "warning", ["A2"])]);
      expect(report.findings[0]!.message).toMatch(/^一般外来 0週の記録 \(必要 4週以上/);
    });
  });

  describe("when a cell marks it", () => {
    it.each([
      ["地域医療（一般外来）", "地域医療"],
      ["内科+一般外来", "内科（血液）"],
    ])("is met by %s", async (marked, replacing) => {
      const { report } = await onePlan(replaced(NO_MARK, replacing, marked));
      expect(report.findings).toEqual([]);
      expect(report.grids[0]!.trainees[0]!.weeks["一般外来"]).toBeGreaterThanOrEqual(8);
    });
  });

  describe("when a row without a name under the resident holds it", () => {
    it("is met for that resident only", async () => {
      const report = await validate(
        cohortWorkbook({
          header: "blocks",
          trainees: [
            { name: TARO, rotations: NO_MARK },
            { name: "", rotations: [["", 17], ["一般外来", 2]] },
            { name: "研修医 花子", rotations: NO_MARK },
          ],
        }),
      );
      expect(report.findings.map(shape)).toEqual([finding("go-4w", "warning", ["A4"], "研修医 花子")]);
      expect(report.grids[0]!.trainees.map((t) => [t.name, t.weeks["一般外来"]])).toEqual([
        [TARO, 8],
        ["研修医 花子", undefined],
      ]);
    });
  });
});

describe("comm-year2", () => {
  describe("when 地域医療 is in 1年次", () => {
    it("is a warning on its cells", async () => {
      const plan: FixtureRotation[] = [["地域医療（一般外来）", 2], ...CLEAN_PLAN.filter(([t]) => t !== "地域医療（一般外来）")];
      const { report } = await onePlan(plan);
      expect(report.findings.map(shape)).toEqual([finding("comm-year2", "warning", ["B2", "C2"])]);
      expect(report.findings[0]!.message).toBe("地域医療 8週が1年次にあります (原則 2年次)");
    });
  });

  describe("when 地域医療 straddles the years", () => {
    it("points only at its 1年次 cells", async () => {
      // Blocks 12–13 (M, N) are 1年次, 14 (O) 2年次.
      const plan: FixtureRotation[] = [
        ["内科", 6],
        ["救急", 3],
        ["外科", 2],
        ["地域医療（一般外来）", 3],
        ["小児科", 2],
        ["産婦人科", 2],
        ["精神科", 2],
        ["内科（血液）", 4],
        ["整形外科", 2],
      ];
      const { report } = await onePlan(plan);
      expect(only(report, "comm-year2").map((f) => f.cells)).toEqual([["M2", "N2"]]);
    });
  });
});

describe("block-4w", () => {
  /** A sheet with a header of `n` blocks of `headerValue(i)`, one trainee row of `cells` (padded with 整形外科). */
  function blockSheet(header: (i: number) => ExcelJS.CellValue, n: number, cells: readonly string[]): ExcelJS.Workbook {
    const row = [TARO, ...cells, ...new Array<string>(n - cells.length).fill("整形外科")];
    return sheetWorkbook([["氏名", ...Array.from({ length: n }, (_, i) => header(i))], row]);
  }
  const cell = (block: number) => a1(2, 2 + block);

  describe("when the header is weekly (1週 … 104週)", () => {
    let report: ValidationReport;
    beforeAll(async () => {
      // 内科 2 + 2 weeks of two subspecialties back to back (one 4-week 内科 stretch), 救急 2, 外科 2,
      // 救急 4, then 地域医療 3 in 2年次.
      const cells = [
        ...["内科（消化器）", "内科（消化器）", "内科（循環器）", "内科（循環器）"],
        ...["救急", "救急"],
        ...["外科", "外科"],
        ...["救急", "救急", "救急", "救急"],
        ...new Array<string>(48).fill("内科"),
        ...["地域医療", "地域医療", "地域医療"],
      ];
      report = await validate(blockSheet((i) => `${i + 1}週`, 104, cells));
    });

    it("reads 104 one-week blocks", () => {
      expect(report.grids.map((g) => [g.range, g.layout])).toEqual([["A1:DA2", "cohort-weeks"]]);
    });

    it("is a warning on each 内科, 救急 or 地域医療 stretch under 4 weeks, and on nothing else", () => {
      expect(only(report, "block-4w").map((f) => [f.severity, f.cells, f.message])).toEqual([
        ["warning", [cell(4), cell(5)], "救急 が連続 2週のみ (原則 4週以上のブロック研修)"],
        ["warning", [cell(60), cell(61), cell(62)], "地域医療 が連続 3週のみ (原則 4週以上のブロック研修)"],
      ]);
    });
  });

  describe("when the header is block start dates 14 days apart", () => {
    let report: ValidationReport;
    beforeAll(async () => {
      const start = Date.UTC(2026, 3, 1);
      const date = (i: number) => new Date(start + i * 14 * 86_400_000);
      const cells = ["内科", "救急", "救急", "内科", "内科", "外科"];
      report = await validate(blockSheet(date, 52, cells));
    });

    it("reads 52 two-week blocks", () => {
      expect(report.grids.map((g) => [g.range, g.layout])).toEqual([["A1:BA2", "cohort-dates"]]);
    });

    it("flags a 2-week 内科 but not 4 weeks of 救急 or 内科", () => {
      expect(only(report, "block-4w").map((f) => f.cells)).toEqual([[cell(0)]]);
      expect(only(report, "block-4w")[0]!.message).toBe("内科 が連続 2週のみ (原則 4週以上のブロック研修)");
    });
  });

  describe("when the header is months", () => {
    it("takes one month of 内科 (52/12 weeks) for a full block", async () => {
      const plan: FixtureRotation[] = [["内科（腎臓）", 1], ...CLEAN_PLAN_MONTHS.slice(1), ["内科（消化器）", 1]];
      const { report } = await onePlan(plan, { header: "months" });
      expect(only(report, "block-4w")).toEqual([]);
    });
  });
});

describe("core-52w and coop-12w", () => {
  /** CLEAN_PLAN-like plans under a year row naming each year's site; trainee on row 3. */
  function withSites(rotations: readonly FixtureRotation[], year1: string, year2: string): ExcelJS.Workbook {
    const workbook = cohortWorkbook({ header: "blocks", yearRow: true, trainees: [{ name: TARO, rotations }] });
    const ws = workbook.getWorksheet("2026年度")!;
    ws.getCell("B1").value = year1;
    ws.getCell("O1").value = year2;
    return workbook;
  }
  const row3 = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => a1(3, 2 + from + i));

  describe("when 1年次 is at the 大学病院 and 2年次 at a 協力型 hospital", () => {
    it("is met: 52 weeks at the core hospital", async () => {
      const report = await validate(withSites(CLEAN_PLAN, "1年次 大学病院", "2年次 協力型研修病院"));
      expect(report.findings).toEqual([]);
    });
  });

  describe("when both years are at 協力型 hospitals", () => {
    it("core-52w is an error on every block elsewhere; 地域医療 there counts (8 weeks)", async () => {
      const report = await validate(withSites(CLEAN_PLAN, "1年次 協力型研修病院", "2年次 協力型研修病院"));
      expect(report.findings.map(shape)).toEqual([finding("core-52w", "error", row3(0, 25))]);
      expect(report.findings[0]!.message).toBe("基幹型臨床研修病院での研修 8週 (必要 52週以上; 地域医療は12週まで算入)");
    });
  });

  describe("when three 1年次 blocks are at another hospital", () => {
    const away = replaced(CLEAN_PLAN, "救急", "救急@王子総合病院");

    it("core-52w is an error: 40 weeks at the core and 8 of 地域医療 elsewhere make 48", async () => {
      const report = await validate(withSites(away, "1年次 大学病院", "2年次 協力型研修病院"));
      expect(report.findings.map(shape)).toEqual([finding("core-52w", "error", [...row3(6, 8), ...row3(13, 25)])]);
      expect(report.findings[0]!.message).toMatch(/^基幹型臨床研修病院での研修 48週/);
    });

    it("is met when 12 weeks of 地域医療 elsewhere make up the rest", async () => {
      const plan = retimed(away, { "地域医療（一般外来）": ["地域医療（一般外来）", 3], 整形外科: ["整形外科", 2] });
      const report = await validate(withSites(plan, "1年次 大学病院", "2年次 協力型研修病院"));
      expect(report.findings).toEqual([]);
    });
  });

  describe("when sites are not known", () => {
    it.each([
      ["no year row", undefined],
      ["a year row without sites", ["1年次", "2年次"]],
    ] as const)("core-52w is not checked (%s)", async (_, labels) => {
      const plan = replaced(CLEAN_PLAN, "救急", "救急@王子総合病院");
      const report = labels ? await validate(withSites(plan, labels[0], labels[1])) : (await onePlan(plan)).report;
      expect(report.findings).toEqual([]);
    });
  });

  describe("when blocks are at a 研修協力施設", () => {
    const atFacility = (rotations: readonly FixtureRotation[], ...texts: string[]) =>
      rotations.map(([t, n]): FixtureRotation => [texts.includes(t) ? `${t}@函館赤十字病院` : t, n]);

    it("coop-12w is an error over 12 weeks, on those blocks", async () => {
      const plan = atFacility(CLEAN_PLAN, "地域医療（一般外来）", "整形外科");
      const report = await validate(withSites(plan, "1年次 大学病院", "2年次 大学病院"));
      expect(report.findings.map(shape)).toEqual([finding("coop-12w", "error", [...row3(17, 18), ...row3(23, 25)])]);
      expect(report.findings[0]!.message).toBe("研修協力施設での研修 20週 (12週以内)");
    });

    it("is met at 12 weeks", async () => {
      const report = await validate(withSites(atFacility(CLEAN_PLAN, "整形外科"), "1年次 大学病院", "2年次 大学病院"));
      expect(report.findings).toEqual([]);
    });
  });
});

describe("leave-90d", () => {
  describe("when 4 blocks are 休止 (112 days)", () => {
    it("is an error on the leave cells", async () => {
      const plan = retimed(CLEAN_PLAN, { "内科（血液）": ["内科（血液）", 3], 整形外科: ["休止", 4] });
      const { report } = await onePlan(plan);
      expect(report.findings.map(shape)).toEqual([finding("leave-90d", "error", ["X2", "Y2", "Z2", "AA2"])]);
      expect(report.findings[0]!.message).toBe("休止 112日 (90日を超えた分は補う必要があります)");
    });

    it("still does not count leave as a gap", async () => {
      const plan: FixtureRotation[] = [...CLEAN_PLAN.slice(0, -2), ["内科（血液）", 3], ["産休", 2], ["育休", 2]];
      const { report } = await onePlan(plan);
      expect(report.findings.map((f) => f.rule)).toEqual(["leave-90d"]);
    });
  });

  describe("when 3 blocks are 休止 (84 days)", () => {
    it("is met", async () => {
      const { report } = await onePlan(replaced(CLEAN_PLAN, "整形外科", "休止"));
      expect(only(report, "leave-90d")).toEqual([]);
    });
  });

  describe("when the grid is in months", () => {
    const plan = (months: number): FixtureRotation[] => {
      const parts: FixtureRotation[] = [...CLEAN_PLAN_MONTHS.slice(0, -1), ["内科（血液）", 4 - months], ["休職", months]];
      return parts.filter(([, n]) => n > 0);
    };

    it("reads three months as the 90 days", async () => {
      const { report } = await onePlan(plan(3), { header: "months" });
      expect(only(report, "leave-90d")).toEqual([]);
    });

    it("flags four months", async () => {
      const { report } = await onePlan(plan(4), { header: "months" });
      expect(only(report, "leave-90d").map((f) => f.cells)).toEqual([["V2", "W2", "X2", "Y2"]]);
    });
  });
});

describe("unknown-rotation", () => {
  describe.each(["merge", "repeat", "ditto"] as const)("when unrecognised text runs over several blocks (%s)", (continuation) => {
    it("gives one warning for the run, naming the text and the suggestion", async () => {
      const { report } = await onePlan(replaced(CLEAN_PLAN, "整形外科", "循還器内科"), { continuation });
      expect(report.findings.map(shape)).toEqual([finding("unknown-rotation", "warning", ["Y2", "Z2", "AA2"])]);
      expect(report.findings[0]!.message).toBe("「循還器内科」は研修分野として認識できません。「内科(循環器)」のことですか?");
      expect(report.findings[0]!.message_en).toContain("Did you mean Internal medicine (cardiology)?");
    });
  });

  describe("when two unknown texts stand side by side, or one text twice apart", () => {
    it("gives one warning per run", async () => {
      const plan = split(split(CLEAN_PLAN, "整形外科", [["ほげ", 1], ["ふが", 1], ["整形外科", 1]]), "外科", [["ほげ", 1], ["外科", 1]]);
      const { report } = await onePlan(plan, { continuation: "repeat" });
      expect(only(report, "unknown-rotation").map((f) => [f.cells, f.message])).toEqual([
        [["K2"], "「ほげ」は研修分野として認識できません"],
        [["Y2"], "「ほげ」は研修分野として認識できません"],
        [["Z2"], "「ふが」は研修分野として認識できません"],
      ]);
    });
  });

  describe("when a cell says 婦人科 alone", () => {
    it("asks instead of guessing, and does not count it as 産婦人科", async () => {
      const { report } = await onePlan(replaced(CLEAN_PLAN, "産婦人科", "婦人科"));
      expect(report.findings.map((f) => [f.rule, f.cells])).toEqual([
        ["obgyn-4w", ["A2"]],
        ["unknown-rotation", ["O2", "P2"]],
        ["rec-8w", ["A2"]],
      ]);
      expect(only(report, "unknown-rotation")[0]!.message).toBe("「婦人科」は研修分野を特定できません: 産婦人科 のことなら、そう書いてください");
    });
  });

  describe("when a block holds a number", () => {
    it("says it is not a field", async () => {
      const workbook = cohortWorkbook({ header: "blocks", continuation: "repeat", trainees: [{ name: TARO, rotations: CLEAN_PLAN }] });
      workbook.getWorksheet("2026年度")!.getCell("AA2").value = 42;
      const numbered = await validate(workbook);
      expect(numbered.findings.map((f) => [f.rule, f.cells, f.message])).toEqual([["unknown-rotation", ["AA2"], "「42」は研修分野ではありません (数値・日付・エラー値)"]]);
    });
  });

  describe("when a ditto mark has nothing before it", () => {
    it("says so, on the mark", async () => {
      const { report } = await onePlan([["〃", 1], ...CLEAN_PLAN.slice(0, -1), ["整形外科", 2]]);
      expect(only(report, "unknown-rotation").map((f) => [f.cells, f.message])).toEqual([[["B2"], "「〃」(同上) の前に研修分野がありません"]]);
    });
  });
});
