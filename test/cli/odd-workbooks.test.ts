import { promises as fs } from "node:fs";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { workbookBuffer } from "../../src/adapters/xlsx";
import { rewriteZip } from "../../src/adapters/xlsx/zip";
import { CLEAN_PLAN, cohortLayout, cohortWorkbook, SHORT_EM_PLAN, tempDir } from "../fixtures";
import { buildCli, oneLine, rota } from "./run-cli";

/**
 * The file-level cases a fuzzer found (issue 13), each through the real command line: huge and far
 * merges, formulas with no saved result, damaged parts. Each ran out of heap, took minutes, read as
 * empty, or printed a library's TypeError before.
 */

const options = {
  header: "blocks" as const,
  trainees: [
    { name: "研修医 一郎", course: "A", rotations: CLEAN_PLAN },
    { name: "研修医 二郎", course: "A", rotations: SHORT_EM_PLAN },
  ],
};
const layout = cohortLayout(options);
let dir: string;

beforeAll(() => {
  buildCli();
  dir = tempDir("rota-odd-");
});

/** The cohort workbook with a cover sheet in front, its parts then edited as text. */
async function cohortWith(edit: (parts: Record<string, string>) => void, name: string): Promise<string> {
  const wb = cohortWorkbook(options);
  const cover = wb.addWorksheet("表紙");
  cover.getCell("A1").value = "2026年度 研修医ローテーション";
  cover.mergeCells("A1:B2");
  const bytes = await workbookBuffer(wb);
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([n]) => n.endsWith(".xml") || n.endsWith(".rels")).map(([n, b]) => [n, Buffer.from(b).toString("utf8")]));
  const before = { ...parts };
  edit(parts);
  const changes = new Map<string, Buffer | null>();
  for (const [n, t] of Object.entries(parts)) if (before[n] !== t) changes.set(n, Buffer.from(t, "utf8"));
  const file = path.join(dir, name);
  await fs.writeFile(file, rewriteZip(bytes, changes)!);
  return file;
}

const COHORT = "xl/worksheets/sheet1.xml";
const COVER = "xl/worksheets/sheet2.xml";

describe("huge and far merges", () => {
  it("a cover sheet merged over A1:XFD1048576: validate reads the grid (it ran out of heap)", async () => {
    const file = await cohortWith((p) => (p[COVER] = p[COVER]!.replace('ref="A1:B2"', 'ref="A1:XFD1048576"')), "cover-merged.xlsx");
    const r = rota(["validate", file, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).grids[0].trainees).toHaveLength(2);
  });

  it("a whole-column merge and an empty merge far right: --annotate writes the copy (it ran out of heap, or took 46 s)", async () => {
    const file = await cohortWith((p) => (p[COVER] = p[COVER]!.replace('<mergeCell ref="A1:B2"/>', '<mergeCell ref="A1:B2"/><mergeCell ref="AD1:AD1048576"/><mergeCell ref="XFA100:XFD300"/>').replace(/<mergeCells count="\d+">/, '<mergeCells count="3">')), "column-merged.xlsx");
    const out = path.join(dir, "column-merged.annotated.xlsx");
    const r = rota(["validate", file, "--annotate", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const copy = unzipSync(await fs.readFile(out));
    expect(Buffer.from(copy[COVER]!).toString("utf8")).toContain('<mergeCell ref="AD1:AD1048576"/>');
  });
});

describe("a formula with no saved result", () => {
  it("is never a gap: the plan has no false total-104w and the cell is reported as an uncalculated formula", async () => {
    const em = layout.trainees[1]!.rotations.find((r) => r.text === "救急")!.cells[0]!;
    const name = layout.trainees[0]!.nameCell;
    const file = await cohortWith((p) => {
      // The name and a rotation written as formulas by a generator that never calculated them.
      p[COHORT] = p[COHORT]!.replace(new RegExp(`<c r="${em}"([^>]*?) t="s"><v>\\d+</v></c>`), `<c r="${em}"$1 t="str"><f>"救"&amp;"急"</f></c>`).replace(new RegExp(`<c r="${name}"([^>]*?) t="s"><v>\\d+</v></c>`), `<c r="${name}"$1 t="str"><f>"研修医 "&amp;"一郎"</f></c>`);
    }, "uncalculated.xlsx");
    const r = rota(["validate", file, "--format", "json"]);
    const json = JSON.parse(r.stdout);
    const findings = json.findings as Array<{ rule: string; trainee: string; cells: string[]; message: string }>;
    expect(findings.filter((f) => f.rule === "total-104w")).toEqual([]);
    const uncalculated = findings.filter((f) => f.rule === "unknown-rotation" && f.message.includes("計算結果が保存されていない数式"));
    expect(uncalculated.map((f) => f.cells[0])).toEqual([em]);
    expect(json.grids[0].trainees.map((t: { name: string }) => t.name)).not.toContain(expect.stringContaining("氏名なし"));
  });
});

describe("damaged parts: one line naming the part, exit 2", () => {
  it.each([
    ["overlapping merges are repaired as Excel does", (p: Record<string, string>) => (p[COVER] = p[COVER]!.replace('<mergeCell ref="A1:B2"/>', '<mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/>')), 1],
    ["cut-off XML", (p: Record<string, string>) => (p[COHORT] = p[COHORT]!.slice(0, p[COHORT]!.length / 2)), 2],
    ["a bad shared-string index", (p: Record<string, string>) => (p[COHORT] = p[COHORT]!.replace(/t="s"><v>\d+<\/v>/, 't="s"><v>99999</v>')), 2],
    ["a control character", (p: Record<string, string>) => (p["xl/sharedStrings.xml"] = p["xl/sharedStrings.xml"]!.replace("<t>", "<t>\u0007")), 2],
  ])("%s", async (what, edit, status) => {
    const file = await cohortWith(edit, `${what.replace(/\W+/g, "-")}.xlsx`);
    const r = rota(["validate", file, "--format", "json"]);
    expect(r.status).toBe(status);
    if (status === 2) {
      const line = oneLine(r.stderr);
      expect(line).toMatch(/^rota: ブックを読めません: .* — ブックの部品が壊れています: xl\/(worksheets\/sheet1|sharedStrings)\.xml — .* \/ cannot read workbook .*: a part of the workbook is damaged: xl\//);
      expect(line).not.toMatch(/TypeError|zip を展開できません/);
    } else {
      expect(r.stderr).toBe("");
    }
  });
});
