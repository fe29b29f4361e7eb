/**
 * Writes the clinician-scientist course's example plan, examples/臨床研究医コース_計画例.xlsx: one
 * doctor's plan in the layout `rota template cs` writes (CONTRACT §4), filled in as a course
 * coordinator would, with an extension for childcare, a year of study abroad, and two deliberate
 * problems (PROBLEMS below) so that `rota validate` has something to show.
 *
 * Run: npm run build:cli && node dist/examples/make-cs-example.js [OUT.xlsx]
 */
import * as path from "node:path";
import { readClinicianScientistPlan, renderCsTemplate, validateClinicianScientist } from "../src/engine/cs";
import type { CellValue } from "../src/engine/model/cell";
import type { TemplateSheet } from "../src/engine/templates/template-sheet";
import { templateWorkbook, writeWorkbookFile } from "../src/adapters/xlsx";

/** The deliberate problems, and what `rota validate` says about them. */
export const PROBLEMS = [
  "7年目 (2028年度): 研究エフォート 40% → cs-research-effort (both editions)",
  "論文 2本のうち1本が英文の症例報告 → cs-papers under the FY2021 edition (the default for a FY2022 start); counts under the FY2024 revision (--edition fy2024)",
] as const;

const START = new Date(Date.UTC(2022, 3, 1));

/** The facts, by label. */
const FACTS: Readonly<Record<string, CellValue>> = {
  氏名: "中村 葵",
  基本領域: "内科",
  臨床研修修了: new Date(Date.UTC(2022, 2, 31)),
  義務年限: "いいえ",
  地域枠: "いいえ",
  責任医療機関: "東都大学医学部附属病院",
  連携施設: "東都市民病院、港南総合病院",
};

/** Eight periods: 2 clinical, 3 research (one abroad), a year of childcare leave, 2 research. */
const PERIODS: ReadonlyArray<readonly CellValue[]> = [
  ["1年目 (2022年度)", "臨床", "東都大学医学部附属病院", "責任医療機関", 0, null, "内科専門研修 (カリキュラム制)"],
  ["2年目 (2023年度)", "臨床", "東都市民病院", "連携施設", 0, null, null],
  ["3年目 (2024年度)", "研究", "東都大学大学院医学系研究科", "大学院", 70, null, "社会人大学院 入学"],
  ["4年目 (2025年度)", "研究", "東都大学大学院医学系研究科", "大学院", 60, null, null],
  ["5年目 (2026年度)", "研究", "Karolinska Institutet", "留学先", 100, null, "留学 (スウェーデン)"],
  ["6年目 (2027年度)", "休止", null, null, null, "妊娠・出産・育児", "育児休業 1年"],
  ["7年目 (2028年度)", "研究", "国立がん研究センター", "ナショナルセンター", 40, null, "内科専門医試験"],
  ["8年目 (2029年度)", "研究", "東都大学大学院医学系研究科", "大学院", 60, null, "学位審査"],
];

const PAPERS: ReadonlyArray<readonly CellValue[]> = [
  ["Clonal hematopoiesis and cardiovascular outcomes in young adults", "Blood", "英文", "はい", "はい", "いいえ", 2026],
  ["A case of IgG4-related disease presenting as a pancreatic mass", "Intern Med", "英文", "はい", "はい", "はい", 2025],
];

/** The template, filled in. */
export function examplePlan(): TemplateSheet {
  const template = renderCsTemplate({ name: String(FACTS["氏名"]), start: START, edition: "fy2021" });
  const rows = template.sheet.rows.map((r) => [...r]);
  const set = (row: number, col: number, value: CellValue): void => {
    while (rows.length <= row) rows.push([]);
    const r = rows[row]!;
    while (r.length <= col) r.push(null);
    r[col] = value;
  };
  const rowOf = (text: string): number => rows.findIndex((r) => r[0] === text);
  for (const [label, value] of Object.entries(FACTS)) set(rowOf(label), 1, value);
  // The edition is chosen by the start year; clear the template's 適用版 so the default applies.
  set(rowOf("適用版"), 1, null);
  const firstPeriod = rowOf("1年目 (2022年度)");
  PERIODS.forEach((p, i) => p.forEach((v, c) => set(firstPeriod + i, c, v)));
  const firstPaper = rowOf("論文名") + 1;
  PAPERS.forEach((p, i) => p.forEach((v, c) => set(firstPaper + i, c, v)));
  const roles = new Map(template.roles);
  for (let i = 0; i < PERIODS.length; i++) roles.set(`${firstPeriod + i},0`, "year");
  return { ...template, sheet: { ...template.sheet, name: "計画 中村", rows }, roles };
}

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "..", "examples", "臨床研究医コース_計画例.xlsx"));
  const plan = examplePlan();
  // Check the example says what PROBLEMS says before writing it.
  const read = readClinicianScientistPlan(plan.sheet);
  if (!read || read.periods.length !== PERIODS.length || read.papers.length !== PAPERS.length) throw new Error("the example plan does not read back");
  const byDefault = validateClinicianScientist(plan.sheet, {}).findings.map((f) => f.rule);
  const revised = validateClinicianScientist(plan.sheet, { csEdition: "fy2024" }).findings.map((f) => f.rule);
  if (byDefault.join() !== "cs-research-effort,cs-papers" || revised.join() !== "cs-research-effort") {
    throw new Error(`the example's findings changed: ${byDefault.join()} / ${revised.join()}`);
  }
  await writeWorkbookFile(templateWorkbook([{ template: plan }]), out);
  process.stdout.write(`${out}\n${PROBLEMS.map((p) => `  - ${p}`).join("\n")}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
