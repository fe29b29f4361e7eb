/**
 * The empty plan: its layout, its input lists, and what it says when read back (as written by the
 * xlsx adapter, then filled in as a coordinator would).
 */
import * as ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/adapters/xlsx/read";
import { templateWorkbook } from "../../src/adapters/xlsx/template";
import { workbookBuffer } from "../../src/adapters/xlsx/write";
import { readClinicianScientistPlan, renderCsTemplate, validateClinicianScientist } from "../../src/engine/cs";
import type { SheetData } from "../../src/engine/model/sheet";

const APRIL_2024 = new Date(Date.UTC(2024, 3, 1));
const APRIL_2022 = new Date(Date.UTC(2022, 3, 1));

async function throughXlsx(fill?: (ws: ExcelJS.Worksheet) => void, options = { name: "山田 太郎", start: APRIL_2024 }): Promise<SheetData> {
  const wb = templateWorkbook([{ template: renderCsTemplate(options) }]);
  let buffer = await workbookBuffer(wb);
  if (fill) {
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    fill(again.worksheets[0]!);
    buffer = Buffer.from(await again.xlsx.writeBuffer());
  }
  return (await loadWorkbook(buffer, "template.xlsx")).sheets[0]!;
}

describe("renderCsTemplate", () => {
  it("lays out the labelled facts, the periods of the edition in force and empty paper rows", () => {
    const t = renderCsTemplate({ name: "山田 太郎", start: APRIL_2024 });
    const col = (c: number) => t.sheet.rows.map((r) => r[c] ?? null);
    expect(col(0).slice(3, 12)).toEqual(["氏名", "基本領域", "コース開始", "臨床研修修了", "義務年限", "地域枠", "責任医療機関", "連携施設", "適用版"]);
    expect(t.sheet.rows[3]![1]).toBe("山田 太郎");
    expect(t.sheet.rows[5]![1]).toEqual(APRIL_2024);
    const plan = readClinicianScientistPlan(t.sheet)!;
    expect(plan.periods.map((p) => [p.label, p.phase])).toEqual([
      ["1年目 (2024年度)", "clinical"],
      ["2年目 (2025年度)", "research"],
      ["3年目 (2026年度)", "research"],
      ["4年目 (2027年度)", "research"],
      ["5年目 (2028年度)", "research"],
    ]);
    expect(plan.papers).toEqual([]);
    expect(plan.papersHeader).toBeDefined();
  });

  it("pre-fills the FY2021 edition's 7 years (2 clinical) for a start before FY2024, or when asked", () => {
    for (const t of [renderCsTemplate({ start: APRIL_2022 }), renderCsTemplate({ start: APRIL_2024, edition: "fy2021" })]) {
      const plan = readClinicianScientistPlan(t.sheet)!;
      expect(plan.periods.map((p) => p.phase)).toEqual(["clinical", "clinical", "research", "research", "research", "research", "research"]);
    }
    expect(readClinicianScientistPlan(renderCsTemplate({ start: APRIL_2024, edition: "fy2021" }).sheet)!.facts.edition?.value).toBe("fy2021");
  });

  it("puts input lists on the yes/no, phase, site-kind, reason and language columns", () => {
    const t = renderCsTemplate({ start: APRIL_2024 });
    const at = (row: number, col: number) => t.lists.find((l) => row >= l.top && row <= l.bottom && col >= l.left && col <= l.right)?.values;
    expect(at(7, 1)).toEqual(["はい", "いいえ"]); // 義務年限
    expect(at(8, 1)).toEqual(["はい", "いいえ"]); // 地域枠
    const plan = readClinicianScientistPlan(t.sheet)!;
    const firstPeriodRow = plan.periods[0]!.row - 1;
    expect(at(firstPeriodRow, 1)).toEqual(["臨床", "研究", "休止"]);
    expect(at(firstPeriodRow, 3)).toContain("大学院");
    expect(at(firstPeriodRow, 5)).toEqual(["留学", "妊娠・出産・育児", "病気療養", "介護", "管理職", "災害被災"]);
    const paperRow = Number(/\d+/.exec(plan.papersHeader!)![0]); // the first paper row, 0-based
    expect(at(paperRow, 2)).toEqual(["英文", "和文"]);
    for (const c of [3, 4, 5]) expect(at(paperRow, c)).toEqual(["はい", "いいえ"]);
  });
});

describe("the template read back", () => {
  it("in memory: only 'not filled in yet' findings, and no papers", () => {
    const { findings, grids } = validateClinicianScientist(renderCsTemplate({ name: "山田 太郎", start: APRIL_2024 }).sheet, {});
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["cs-papers", "error"],
      ["cs-missing", "warning"],
      ["cs-missing", "warning"],
    ]);
    expect(findings[1]!.message).toBe("未記入の項目: 基本領域、臨床研修修了、義務年限、地域枠");
    expect(findings[2]!.message).toBe("研修期間の表に未記入のセル: 施設 5、研究エフォート 4");
    expect(grids[0]!.trainees[0]).toEqual({ name: "山田 太郎", row: 4, course: "cs", weeks: { 臨床: 52, 研究: 208 } });
  });

  it("with no name or start: says so, and that the newest edition was used", () => {
    const rules = validateClinicianScientist(renderCsTemplate().sheet, {}).findings.map((f) => f.rule);
    expect(rules).toEqual(["cs-papers", "cs-missing", "cs-missing", "cs-edition"]);
  });

  it("through the xlsx adapter: the same findings, with input lists written as data validation", async () => {
    const sheet = await throughXlsx();
    expect(validateClinicianScientist(sheet, {}).findings.map((f) => f.rule)).toEqual(["cs-papers", "cs-missing", "cs-missing"]);
    const wb = templateWorkbook([{ template: renderCsTemplate({ start: APRIL_2024 }) }]);
    expect(wb.worksheets[0]!.getCell("B8").dataValidation?.type).toBe("list");
  });

  it("filled in as a coordinator would: no finding at all", async () => {
    const sheet = await throughXlsx((ws) => {
      const valueRow = (label: string): number => {
        for (let r = 1; r <= 40; r++) if (ws.getCell(r, 1).value === label) return r;
        throw new Error(label);
      };
      ws.getCell(valueRow("基本領域"), 2).value = "内科";
      ws.getCell(valueRow("臨床研修修了"), 2).value = new Date(Date.UTC(2024, 2, 31));
      ws.getCell(valueRow("義務年限"), 2).value = "いいえ";
      ws.getCell(valueRow("地域枠"), 2).value = "いいえ";
      ws.getCell(valueRow("責任医療機関"), 2).value = "東都大学医学部附属病院";
      const first = valueRow("1年目 (2024年度)");
      ws.getCell(first, 3).value = "東都大学医学部附属病院";
      for (let r = first + 1; r < first + 5; r++) {
        ws.getCell(r, 3).value = "東都大学大学院医学系研究科";
        ws.getCell(r, 5).value = 0.6;
      }
      const paperRow = valueRow("論文名") + 1;
      ws.getRow(paperRow).values = ["Clonal hematopoiesis", "Blood", "英文", "はい", "はい", "いいえ", 2026];
      ws.getRow(paperRow + 1).values = ["骨髄腫の予後", "臨床血液", "和文", "いいえ", "はい", "いいえ", 2027];
    });
    expect(validateClinicianScientist(sheet, {}).findings).toEqual([]);
  });
});
