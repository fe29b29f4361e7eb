import { validateWorkbook } from "../../src/engine";
import { spellingWrite, unknownSpellings } from "../../src/taskpane/rules/add-spelling";
import { rulesTabModel, startingSheetWrite } from "../../src/taskpane/rules/rules-tab";
import { MemoryWorkbook } from "./memory/workbook";
import { cohortWorkbook, sheetsOf } from "../fixtures";
import { COHORT, SHEET } from "./seeds";

/** The 規則 tab's model and its starting sheet, through the in-memory workbook the pane's tests use. */
describe("the 規則 tab", () => {
  it("lists the shipped rules when the workbook has no 規則 sheet", async () => {
    const wb = MemoryWorkbook.fromSheets(await sheetsOf(cohortWorkbook(COHORT)));
    const snapshot = await wb.read({ sheet: SHEET });
    const model = rulesTabModel([snapshot.sheet, ...snapshot.related]);
    expect(model).toMatchObject({ kind: "rules", sheet: null });
    if (model.kind !== "rules") throw new Error("rules");
    expect(model.rules.find((r) => r.id === "im-24w")).toMatchObject({ params: { min: 24 }, changed: false });
  });

  it("writes a starting 規則 sheet that changes no finding, then shows it as the source; a changed number shows as changed", async () => {
    const sheets = await sheetsOf(cohortWorkbook(COHORT));
    const wb = MemoryWorkbook.fromSheets(sheets);
    const outcome = await wb.write(startingSheetWrite(null));
    expect(outcome).toMatchObject({ ok: true, sheet: "規則" });
    const snapshot = await wb.read({ sheet: SHEET });
    expect(snapshot.related.map((s) => s.name)).toContain("規則");
    const model = rulesTabModel([snapshot.sheet, ...snapshot.related]);
    expect(model).toMatchObject({ kind: "rules", sheet: "規則" });
    expect(validateWorkbook([snapshot.sheet, ...snapshot.related]).findings).toEqual(validateWorkbook(sheets).findings);

    const rulesSheet = snapshot.related.find((s) => s.name === "規則")!;
    const row = rulesSheet.rows.findIndex((r) => r[0] === "surg-4w");
    const edited = { ...rulesSheet, rows: rulesSheet.rows.map((r, i) => (i === row ? r.map((v, c) => (c === 2 ? 8 : v)) : r)) };
    const changed = rulesTabModel([snapshot.sheet, edited]);
    if (changed.kind !== "rules") throw new Error("rules");
    expect(changed.rules.find((r) => r.id === "surg-4w")).toMatchObject({ params: { min: 8 }, changed: true, source: expect.stringContaining("規則!A") });
  });

  it("says why a 規則 sheet cannot be used, naming the cell", () => {
    const model = rulesTabModel([{ name: "規則", rows: [["分野", "最低週数"], ["外科", 2]] }]);
    expect(model).toMatchObject({ kind: "unusable", sheet: "規則" });
    if (model.kind !== "unusable") throw new Error("unusable");
    expect(model.problems[0]!.ja).toContain("規則!A2");
  });
});

describe("adding an unknown text to the workbook's vocabulary", () => {
  const COHORT_X = { ...COHORT, trainees: COHORT.trainees.map((t, i) => (i === 0 ? { ...t, rotations: t.rotations.map(([x, n]) => [x === "整形外科" ? "ペイン" : x, n] as const) } : t)) };

  async function setup(rulesRows?: unknown[][]) {
    const sheets = await sheetsOf(cohortWorkbook(COHORT_X));
    const wb = MemoryWorkbook.fromSheets(rulesRows ? [...sheets, { name: "規則", rows: rulesRows as never }] : sheets);
    const snapshot = await wb.read({ sheet: SHEET });
    const report = validateWorkbook([snapshot.sheet, ...snapshot.related]);
    return { wb, snapshot, report };
  }

  it("lists the texts the check could not read, from the findings' facts", async () => {
    const { report } = await setup();
    expect(unknownSpellings(report.findings).map((u) => u.text)).toContain("ペイン");
  });

  it("writes a new 規則 sheet of the spelling when there is none; the next check reads the text as the field", async () => {
    const { wb, snapshot } = await setup();
    const outcome = await wb.write(spellingWrite([snapshot.sheet, ...snapshot.related], "ペイン", "麻酔科"));
    expect(outcome).toMatchObject({ ok: true, sheet: "規則" });
    const again = await wb.read({ sheet: SHEET });
    const report = validateWorkbook([again.sheet, ...again.related]);
    expect(report.findings.filter((f) => f.rule === "unknown-rotation" && f.facts?.text === "ペイン")).toEqual([]);
    expect(report.grids[0]!.trainees[0]!.weeks["麻酔科"]).toBeGreaterThan(0);
  });

  it("appends a row under an existing 規則 table (adding its 書き方 column), writing only empty cells", async () => {
    const { wb, snapshot } = await setup([["分野", "最低週数"], ["外科", 8]]);
    const write = spellingWrite([snapshot.sheet, ...snapshot.related], "ペイン", "麻酔科");
    expect(write.target).toMatchObject({ kind: "existing", sheet: "規則" });
    expect(await wb.write(write)).toMatchObject({ ok: true });
    expect([wb.value("規則", "C1"), wb.value("規則", "A3"), wb.value("規則", "C3"), wb.value("規則", "B2")]).toEqual(["書き方", "麻酔科", "ペイン", 8]);
    const again = await wb.read({ sheet: SHEET });
    expect(validateWorkbook([again.sheet, ...again.related]).findings.some((f) => f.facts?.text === "ペイン")).toBe(false);
  });
});
