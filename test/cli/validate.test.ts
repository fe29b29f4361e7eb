import { createHash } from "node:crypto";
import { promises as fs, symlinkSync } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { excelWorkbook, readWorkbook } from "../../src/adapters/xlsx";
import { isRotaFormula } from "../../src/engine/present";
import type { CohortLayout, HeaderKind } from "../fixtures";
import {
  addCapacitySheet,
  CLEAN_PLAN,
  CLEAN_PLAN_MONTHS,
  cohortLayout,
  cohortWorkbook,
  courseSheetWorkbook,
  courseSpec,
  SHORT_EM_PLAN,
  tempDir,
  writeFixture,
} from "../fixtures";
import { buildCli, oneLine, rota } from "./run-cli";

// Each test starts node processes; a busy machine can take longer than jest's 5 s default.
jest.setTimeout(60_000);

const sha = async (file: string): Promise<string> => createHash("sha256").update(await fs.readFile(file)).digest("hex");

const dir = tempDir("rota-cli-");
const COHORT = {
  header: "weeks" as const,
  continuation: "merge" as const,
  trainees: [
    { name: "研修医 太郎", course: undefined, rotations: CLEAN_PLAN },
    { name: "研修医 花子", rotations: SHORT_EM_PLAN },
  ],
};
let cohortFile: string;
let cleanFile: string;
let layout: CohortLayout;

beforeAll(async () => {
  buildCli();
  cohortFile = await writeFixture(cohortWorkbook(COHORT), "plans.xlsx", dir);
  layout = cohortLayout(COHORT);
  cleanFile = await writeFixture(cohortWorkbook({ ...COHORT, trainees: [COHORT.trainees[0]!] }), "clean.xlsx", dir);
}, 120_000);

describe("rota --help", () => {
  it("exits 0 with help in Japanese and English", () => {
    const r = rota(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("使い方 / Usage: rota");
    expect(r.stdout).toMatch(/validate .*\n/);
    expect(r.stdout).toMatch(/template /);
    expect(r.stdout).toMatch(/quota /);
  });

  it("exits 2 on an unknown command or option, in one line", () => {
    const a = rota(["frobnicate"]);
    expect(a.status).toBe(2);
    expect(oneLine(a.stderr)).toContain("unknown command 'frobnicate'");
    const b = rota(["validate", cohortFile, "--colour"]);
    expect(b.status).toBe(2);
    expect(oneLine(b.stderr)).toMatch(/^rota: 使い方の誤り: オプション --colour はありません \(rota validate --help\) \/ usage error: unknown option '--colour'/);
  });
});

describe("rota validate --format json", () => {
  it("prints CONTRACT §3's object and exits 1 when a finding is an error", () => {
    const r = rota(["validate", cohortFile, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["workbook", "grids", "findings", "summary"]);
    expect(json["workbook"]).toBe("plans.xlsx");
    const grids = json["grids"] as Array<Record<string, unknown>>;
    expect(grids).toHaveLength(1);
    expect(Object.keys(grids[0]!)).toEqual(["sheet", "range", "layout", "trainees"]);
    expect(grids[0]).toMatchObject({ sheet: "2026年度", range: layout.range, layout: "cohort-weeks" });
    const trainees = grids[0]!["trainees"] as Array<Record<string, unknown>>;
    expect(trainees.map((t) => Object.keys(t))).toEqual([
      ["name", "row", "course", "weeks"],
      ["name", "row", "course", "weeks"],
    ]);
    expect(trainees[0]).toMatchObject({ name: "研修医 太郎", row: 2, course: null });
    expect(trainees[0]!["weeks"]).toMatchObject({ 内科: 40, 救急: 12, 外科: 8, 地域医療: 8 });
    expect(trainees[1]).toMatchObject({ name: "研修医 花子", row: 3, weeks: expect.objectContaining({ 救急: 8 }) });

    const findings = json["findings"] as Array<Record<string, unknown>>;
    expect(findings).toEqual([
      {
        rule: "em-12w",
        severity: "error",
        sheet: "2026年度",
        trainee: "研修医 花子",
        cells: layout.trainees[1]!.rotations.find((x) => x.text === "救急")!.cells,
        message: expect.stringContaining("救急 8週"),
        message_en: expect.any(String),
        // The facts beside the words (issue 9): what the rule measured.
        facts: { field: "救急", actual: 8, required: 12, unit: "weeks" },
      },
    ]);
    expect(json["summary"]).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  it("exits 0 when no finding is an error", () => {
    const r = rota(["validate", cleanFile, "--format", "json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it("applies --course to every plan", () => {
    const r = rota(["validate", cleanFile, "--format", "json", "--course", "b"]);
    const json = JSON.parse(r.stdout);
    expect(json.grids[0].trainees[0].course).toBe("B");
    expect(json.findings.some((f: { rule: string }) => f.rule.startsWith("hema-") || f.rule.startsWith("course-"))).toBe(true);
  });

  it.each(["Aコース", "Ａ", "course A"])("reads --course %s as =ROTA.VALIDATE and a course column do", (course) => {
    // Issue 11: the CLI parsed courses on its own and refused `--course Aコース`.
    const r = rota(["validate", cleanFile, "--format", "json", "--course", course]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).grids[0].trainees[0].course).toBe("A");
  });
});

describe("rota validate, text", () => {
  it("groups by sheet and resident, with the summary line, in Japanese", () => {
    const r = rota(["validate", cohortFile]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    const resident = lines.findIndex((l) => l.startsWith("  研修医 花子"));
    expect(resident).toBeGreaterThan(0);
    expect(lines[resident + 1]).toMatch(/^ {4}エラー\s+em-12w\s+H3:I3\s+救急 8週/);
    expect(r.stdout).toContain("問題なし (1名): 研修医 太郎");
    expect(lines.filter((l) => l !== "").pop()).toBe("エラー 1件 / 警告 0件 / 情報 0件 (研修医 2名, 1 表)");
  });

  it("speaks English with --lang en", () => {
    const r = rota(["validate", cohortFile, "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^ {4}error\s+em-12w\s+H3:I3\s+\S/m);
    expect(r.stdout).toContain("1 error / 0 warnings / 0 infos (2 residents, 1 grid)");
  });

  it("writes nothing on stderr when stderr is not a terminal", () => {
    expect(rota(["validate", cohortFile]).stderr).toBe("");
  });
});

describe("rota validate on every cohort layout", () => {
  const headers: HeaderKind[] = ["blocks", "weeks", "months", "dates", "serial-dates"];
  const layouts: Record<HeaderKind, string> = {
    blocks: "cohort-blocks",
    weeks: "cohort-weeks",
    months: "cohort-months",
    dates: "cohort-dates",
    "serial-dates": "cohort-dates",
  };
  for (const header of headers) {
    for (const continuation of ["merge", "repeat", "ditto"] as const) {
      it(`finds the ${header} grid written by ${continuation}`, async () => {
        const plan = header === "months" ? CLEAN_PLAN_MONTHS : CLEAN_PLAN;
        const options = { header, continuation, yearRow: true, startRow: 3, startCol: 2, trainees: [{ name: "研修医 一郎", course: "A", rotations: plan }] };
        const file = await writeFixture(cohortWorkbook(options), `${header}-${continuation}.xlsx`, dir);
        const r = rota(["validate", file, "--format", "json"]);
        const json = JSON.parse(r.stdout);
        expect(json.grids).toHaveLength(1);
        expect(json.grids[0].layout).toBe(layouts[header]);
        expect(json.grids[0].trainees[0]).toMatchObject({ name: "研修医 一郎", row: cohortLayout(options).trainees[0]!.row, course: "A" });
        expect(json.findings.filter((f: { rule: string }) => f.rule === "total-104w")).toEqual([]);
      });
    }
  }
});

/** A note's text as exceljs gives it (a string, or rich-text runs). */
const noteText = (note: string | ExcelJS.Comment | undefined): string => (typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join(""));

describe("rota validate --annotate", () => {
  it("writes a marked copy, leaves the input byte for byte as it was, and keeps every value", async () => {
    const input = path.join(dir, "annotate-in.xlsx");
    await fs.copyFile(cohortFile, input);
    const before = await sha(input);
    const stat = await fs.stat(input);
    const out = path.join(dir, "annotate-out.xlsx");
    const r = rota(["validate", input, "--annotate", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`注記付きのブックを書き出しました: ${out} (1 セル)`);
    expect(await sha(input)).toBe(before);
    expect((await fs.stat(input)).mtimeMs).toBe(stat.mtimeMs);

    const original = await readWorkbook(input);
    const marked = await readWorkbook(out);
    expect(marked.sheets).toEqual(original.sheets); // values, positions and merges
    const ws = (await excelWorkbook(marked)).getWorksheet("2026年度")!;
    const em = layout.trainees[1]!.rotations.find((x) => x.text === "救急")!.cells[0]!;
    // The highlight is a conditional format of Rota's (issue 10: the cell's own fill is left as it was).
    const formats = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }> }).conditionalFormattings;
    const ours = formats.filter((cf) => cf.rules.some((rule) => isRotaFormula(rule.formulae?.[0])));
    expect(ours.map((cf) => cf.ref.split(":")[0])).toEqual([em]); // over the merged area the cell starts
    expect(ws.getCell(em).fill).toEqual((await excelWorkbook(original)).getWorksheet("2026年度")!.getCell(em).fill);
    expect(noteText(ws.getCell(em).note)).toMatch(/^【Rota】エラー em-12w: 救急 8週/);
    let notes = 0;
    ws.eachRow((row) => row.eachCell((cell) => void (cell.note ? notes++ : 0)));
    expect(notes).toBe(1);
  });

  it("writes the copy with --format json too, and prints only the JSON", async () => {
    const out = path.join(dir, "annotate-json.xlsx");
    const r = rota(["validate", cohortFile, "--annotate", out, "--format", "json", "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.errors).toBe(1);
    const marked = await readWorkbook(out);
    const em = layout.trainees[1]!.rotations.find((x) => x.text === "救急")!.cells[0]!;
    expect(noteText((await excelWorkbook(marked)).getWorksheet("2026年度")!.getCell(em).note)).toMatch(/^\[Rota\] error em-12w: /);
  });

  it("refuses to write onto its input, by any path to it", async () => {
    const before = await sha(cohortFile);
    const link = path.join(dir, "link.xlsx");
    symlinkSync(cohortFile, link);
    for (const out of [cohortFile, path.join(dir, ".", "..", path.basename(dir), "plans.xlsx"), link]) {
      const r = rota(["validate", cohortFile, "--annotate", out]);
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toContain("--annotate");
      expect(r.stdout).toBe("");
    }
    const relative = rota(["validate", "plans.xlsx", "--annotate", "./plans.xlsx"], dir);
    expect(relative.status).toBe(2);
    expect(await sha(cohortFile)).toBe(before);
  });

  it("refuses an output that is not .xlsx", () => {
    const r = rota(["validate", cohortFile, "--annotate", path.join(dir, "out.csv")]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain(".xlsx");
  });

  it("exits 2 when the output folder does not exist", () => {
    const r = rota(["validate", cohortFile, "--annotate", path.join(dir, "no", "such", "out.xlsx")]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain("ブックを書き出せません");
    expect(r.stdout).toBe("");
  });
});

describe("rota validate failures", () => {
  it("exits 2 with one line naming a file that is not a workbook", async () => {
    const file = path.join(dir, "notes.xlsx");
    await fs.writeFile(file, "これは表ではありません\n");
    const r = rota(["validate", file]);
    expect(r.status).toBe(2);
    const line = oneLine(r.stderr);
    expect(line).toContain(file);
    expect(line).toContain("not an .xlsx (zip) file");
    expect(r.stdout).toBe("");
  });

  it("exits 2 for a missing file, a corrupt one and a password-protected one", async () => {
    const corrupt = path.join(dir, "corrupt.xlsx");
    await fs.writeFile(corrupt, (await fs.readFile(cohortFile)).subarray(0, 200));
    const locked = path.join(dir, "locked.xlsx");
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from("EncryptedPackage", "utf16le").copy(cfb, 1100);
    await fs.writeFile(locked, cfb);
    const expected: Array<[string, RegExp]> = [
      [path.join(dir, "missing.xlsx"), /ファイルがありません/],
      [corrupt, /corrupt/],
      [locked, /パスワードで保護.*password-protected/],
    ];
    for (const [file, message] of expected) {
      const r = rota(["validate", file, "--format", "json"]);
      expect([file, r.status]).toEqual([file, 2]);
      expect(oneLine(r.stderr)).toMatch(message);
      expect(r.stdout).toBe("");
    }
  });

  it("exits 2 when no grid is found, saying what it looked for", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("メモ").getCell("A1").value = "来年度の予定は未定";
    const file = await writeFixture(wb, "memo.xlsx", dir);
    const r = rota(["validate", file]);
    expect(r.status).toBe(2);
    const line = oneLine(r.stderr);
    expect(line).toContain("ローテーション表が見つかりません");
    expect(line).toContain("memo.xlsx");
    expect(line).toContain("looked for");
  });

  it("exits 2 for --sheet naming no sheet, listing the sheets there are", () => {
    const r = rota(["validate", cohortFile, "--sheet", "2027年度"]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain("「2026年度」");
  });

  it("checks only the sheet given by --sheet", async () => {
    const wb = cohortWorkbook(COHORT);
    const capacity = addCapacitySheet(wb, [{ field: "救急", capacity: 1 }]);
    const file = await writeFixture(wb, "with-capacity.xlsx", dir);
    const r = rota(["validate", file, "--sheet", capacity, "--format", "json"]);
    expect(r.status).toBe(2); // the capacity sheet holds no grid
    const ok = rota(["validate", file, "--sheet", "２０２６年度", "--format", "json"]);
    expect(JSON.parse(ok.stdout).grids.map((g: { sheet: string }) => g.sheet)).toEqual(["2026年度"]);
  });

  it("exits 2 for a bad --course or --format", () => {
    expect(rota(["validate", cohortFile, "--course", "D"]).status).toBe(2);
    const r = rota(["validate", cohortFile, "--format", "xml"]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain("xml");
  });
});

describe("rota validate on a course sheet", () => {
  it("reads the seed's layout and exits 0 for the department's courses", async () => {
    const file = await writeFixture(courseSheetWorkbook({ courses: [courseSpec("A"), courseSpec("B"), courseSpec("C")] }), "courses.xlsx", dir);
    const r = rota(["validate", file, "--format", "json"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.grids.map((g: { layout: string }) => g.layout)).toEqual(["course-sheet", "course-sheet", "course-sheet"]);
    expect(json.grids.map((g: { trainees: Array<{ course: string }> }) => g.trainees[0]!.course)).toEqual(["A", "B", "C"]);
    expect(json.summary.errors).toBe(0);
  });
});
