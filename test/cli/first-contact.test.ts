/**
 * What a coordinator meets first on the command line (issue 10): usage errors in Rota's one
 * bilingual form for every command, `--lang` making each language whole, several workbooks with one
 * summary, `--annotate` asking for `--force`, and the report naming course templates as templates.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { CommanderError } from "commander";
import { usageText } from "../../src/cli/usage-error";
import { errorLanguage } from "../../src/cli/program";
import { displayWidth } from "../../src/cli/width";
import { CLEAN_PLAN, cohortWorkbook, SHORT_EM_PLAN, tempDir, writeFixture } from "../fixtures";
import { buildCli, MAIN, oneLine, ROOT, rota } from "./run-cli";

jest.setTimeout(60_000);

const dir = tempDir("rota-first-");
const EXAMPLE = path.join(ROOT, "examples", "2026年度ローテ.xlsx");
const CS_EXAMPLE = path.join(ROOT, "examples", "臨床研究医コース_計画例.xlsx");
/** Japanese script: kana, kanji, full-width forms. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
let plans: string;
let clean: string;

beforeAll(async () => {
  buildCli();
  plans = await writeFixture(
    cohortWorkbook({
      header: "weeks",
      continuation: "merge",
      trainees: [
        { name: "研修医 太郎", rotations: CLEAN_PLAN },
        { name: "研修医 花子", rotations: SHORT_EM_PLAN },
      ],
    }),
    "plans.xlsx",
    dir,
  );
  clean = await writeFixture(cohortWorkbook({ header: "weeks", continuation: "merge", trainees: [{ name: "研修医 一郎", rotations: CLEAN_PLAN }] }), "clean.xlsx", dir);
}, 120_000);

describe("usage errors", () => {
  const cases: Array<[string, string[], RegExp]> = [
    ["an unknown command", ["frobnicate"], /コマンド frobnicate はありません \(rota --help\) \/ usage error: unknown command 'frobnicate'/],
    ["an unknown option", ["validate", "x.xlsx", "--colour"], /オプション --colour はありません/],
    ["a bad choice", ["validate", "x.xlsx", "--format", "xml"], /--format に「xml」は使えません \(text, json のいずれか\).* \/ usage error: 'xml' is not allowed for --format \(one of text, json\)/],
    ["a missing required option", ["template", "A"], /オプション --out <out.xlsx> は必須です \(rota template --help\) \/ usage error: required option '--out <out.xlsx>' not specified/],
    ["a bad template course", ["template", "D", "--out", "x.xlsx"], /テンプレートは A, B, C, cs のいずれかです: 「D」 \(rota template --help\) \/ usage error: the template must be A, B, C or cs, not "D"/],
    ["a bad course", ["validate", "x.xlsx", "--course", "Z"], /コースは A, B, C のいずれかです: 「Z」 \(rota validate --help\)/],
    ["a missing argument", ["quota"], /引数 <applicants> がありません \(rota quota --help\) \/ usage error: missing required argument 'applicants'/],
    ["an option without its value", ["quota", "a.csv", "--total"], /オプション --total <n> に値がありません/],
    ["a near miss", ["validat"], /もしかして validate\?.* \/ .*did you mean validate\?/],
  ];
  for (const [what, args, message] of cases) {
    it(`gives ${what} as one bilingual line with Rota's one prefix, exit 2`, () => {
      const r = rota(args);
      expect(r.status).toBe(2);
      const line = oneLine(r.stderr);
      expect(line).toMatch(/^rota: 使い方の誤り: .* \/ usage error: /);
      expect(line).toMatch(message);
      expect(r.stdout).toBe("");
    });
  }

  it("speaks only the language --lang names, even before the option is parsed", () => {
    const en = rota(["validate", "--lang", "en", "x.xlsx", "--colour"]);
    expect(oneLine(en.stderr)).toBe("rota: usage error: unknown option '--colour' (see rota validate --help)");
    const ja = rota(["validate", "x.xlsx", "--lang=ja", "--format", "xml"]);
    expect(oneLine(ja.stderr)).toBe("rota: 使い方の誤り: --format に「xml」は使えません (text, json のいずれか) (rota validate --help)");
  });

  it("reads --lang from the raw arguments", () => {
    expect(errorLanguage(["validate", "--lang", "en"])).toBe("en");
    expect(errorLanguage(["validate", "--lang=ja"])).toBe("ja");
    expect(errorLanguage(["validate", "--lang", "fr"])).toBe("both");
    expect(errorLanguage(["validate"])).toBe("both");
  });

  it("translates every commander code it meets, keeping the English detail", () => {
    const t = (code: string, message: string) => usageText(new CommanderError(1, code, message));
    expect(t("commander.excessArguments", "error: too many arguments for 'template'. Expected 1 argument but got 2.")).toEqual({
      ja: "引数が多すぎます (1 個まで、指定は 2 個)",
      en: "too many arguments (expected 1, got 2)",
    });
    expect(t("commander.somethingNew", "error: a new complaint").en).toBe("a new complaint");
    expect(t("commander.somethingNew", "error: a new complaint").ja).toMatch(JAPANESE);
  });
});

describe("help", () => {
  it("describes quota's argument and options in both languages", () => {
    const r = rota(["quota", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("使い方 / Usage: rota quota");
    expect(r.stdout).toMatch(/applicants\s+基本領域と応募者数の 2 列の表/);
    expect(r.stdout).toMatch(/two-column table of\s+field and\s+applicants/);
    expect(r.stdout).toMatch(/--total <n>\s+定員の合計 \/ total places/);
  });
});

describe("rota quota on a workbook with no applicants table", () => {
  it("says so in one line instead of one line per row", () => {
    const r = rota(["quota", EXAMPLE]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^rota: 2026年度ローテ.xlsx: 基本領域と応募者数の表が見つかりません.* \/ .*no table of fields and applicants found/);
  });
});

describe("--lang en", () => {
  /** The text with what the user wrote (names, sheet names, quoted cell text) taken out. */
  function withoutUserText(text: string, json: { grids: Array<{ sheet: string; trainees: Array<{ name: string }> }> }): string {
    let rest = text.replace(/"[^"]*"/g, '""');
    const own = [...json.grids.map((g) => g.sheet), ...json.grids.flatMap((g) => g.trainees.map((t) => t.name))].sort((a, b) => b.length - a.length);
    for (const s of own) rest = rest.split(s).join("");
    return rest;
  }

  for (const file of [EXAMPLE, CS_EXAMPLE]) {
    it(`prints no Japanese of its own on ${path.basename(file)}`, () => {
      const json = JSON.parse(rota(["validate", file, "--format", "json"]).stdout) as Parameters<typeof withoutUserText>[1];
      const text = rota(["validate", file, "--lang", "en"]);
      const left = withoutUserText(text.stdout.replace(path.basename(file), ""), json);
      const lines = left.split("\n").filter((l) => JAPANESE.test(l));
      expect(lines).toEqual([]);
    });
  }

  it("names fields in English in a capacity finding and a suggestion", () => {
    const out = rota(["validate", EXAMPLE, "--lang", "en"]).stdout;
    expect(out).toMatch(/Pediatrics, block 7: 4 residents \(capacity 3\)/);
    expect(out).toMatch(/Did you mean Internal\s+medicine \(cardiology\)\?/);
  });

  it("gives Rota's own errors in English only", () => {
    const r = rota(["validate", path.join(dir, "missing.xlsx"), "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe("rota: cannot read workbook missing.xlsx: no such file");
  });

  it("gives errors in both languages when --lang is not given", () => {
    const r = rota(["validate", path.join(dir, "missing.xlsx")]);
    expect(oneLine(r.stderr)).toMatch(/^rota: ブックを読めません: .*missing.xlsx — ファイルがありません \/ cannot read workbook missing.xlsx: no such file$/);
  });
});

describe("the text report on the bundled example", () => {
  const reports = (): Array<[string, string]> => [
    ["ja", rota(["validate", EXAMPLE]).stdout],
    ["en", rota(["validate", EXAMPLE, "--lang", "en"]).stdout],
  ];

  it("names the course sheets as course templates and counts only the 20 residents", () => {
    const [[, ja], [, en]] = reports() as [[string, string], [string, string]];
    expect(ja).toContain("(研修医 20名, コーステンプレート 3, 4 表)");
    expect(ja).toMatch(/^ {2}A コース \(コースのテンプレート・研修医名なし, 6 行目\)$/m);
    expect(en).toContain("(20 residents, 3 course templates, 4 grids)");
    expect(en).toMatch(/^ {2}A コース \(course template, no resident named, row 6\)$/m);
    expect(en).not.toMatch(/A コース \(.*course A/);
  });

  it("keeps every line within 100 columns and starts every message in one column", () => {
    for (const [lang, text] of reports()) {
      const lines = text.split("\n");
      expect([lang, Math.max(...lines.map(displayWidth))]).toEqual([lang, expect.any(Number)]);
      expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(100);
      // Every finding line: severity, rule, cells, then the message at the same display column.
      const starts = new Set(
        lines
          .filter((l) => /^ {4}\S+ +[a-z0-9-]+ +\S/.test(l))
          // Columns are parted by two spaces or more; a cell list has single spaces only.
          .map((l) => displayWidth(/^ {4}\S.*?\s{2,}\S.*?\s{2,}\S.*?\s{2,}/.exec(l)![0])),
      );
      expect([lang, starts.size]).toEqual([lang, 1]);
    }
  });

  it("shortens a long cell list to its first cells and a count, and keeps capacity under its own grid", () => {
    const [[, ja], [, en]] = reports() as [[string, string], [string, string]];
    expect(ja).toMatch(/capacity +I12 他3 +小児科 第7ブロック: 4名 \(定員 3名\)/);
    expect(en).toMatch(/capacity +I12 \+3 +Pediatrics, block 7/);
    const lines = ja.split("\n");
    const capacity = lines.findIndex((l) => l.includes("capacity"));
    const heading = lines.slice(0, capacity).reverse().find((l) => /^\S/.test(l) && l !== "");
    expect(heading).toMatch(/^2026年度 A2:AB23 /);
  });
});

describe("rota validate with several workbooks", () => {
  it("prints each workbook's report and one summary over all", () => {
    const r = rota(["validate", plans, clean]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^plans.xlsx$/m);
    expect(r.stdout).toMatch(/^clean.xlsx$/m);
    expect(r.stdout.trimEnd().split("\n").pop()).toBe("2 ブック: エラー 1件 / 警告 0件 / 情報 0件 (研修医 3名, 2 表)");
  });

  it("prints one JSON object with each workbook's report and the sum", () => {
    const r = rota(["validate", plans, clean, "--format", "json"]);
    const json = JSON.parse(r.stdout) as { workbooks: Array<{ workbook: string }>; summary: unknown };
    expect(json.workbooks.map((w) => w.workbook)).toEqual(["plans.xlsx", "clean.xlsx"]);
    expect(json.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  it("goes on past a workbook it cannot read, says which on stderr, and exits 2", () => {
    const r = rota(["validate", plans, path.join(dir, "missing.xlsx"), clean, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe("rota: cannot read workbook missing.xlsx: no such file");
    expect(r.stdout.trimEnd().split("\n").pop()).toBe("3 workbooks (1 not checked): 1 error / 0 warnings / 0 infos (3 residents, 2 grids)");
  });

  it("refuses --annotate with several workbooks", () => {
    const r = rota(["validate", plans, clean, "--annotate", path.join(dir, "out.xlsx")]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/usage error: --annotate takes one workbook at a time/);
  });
});

describe("rota validate --annotate onto an existing file", () => {
  it("asks for --force, as template does, and leaves the file alone", async () => {
    const out = path.join(dir, "existing.xlsx");
    await fs.writeFile(out, "keep me");
    const r = rota(["validate", plans, "--annotate", out]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain("--force");
    expect(await fs.readFile(out, "utf8")).toBe("keep me");
    const forced = rota(["validate", plans, "--annotate", out, "--force"]);
    expect(forced.status).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });
});

describe("rota template without --name", () => {
  it("writes no file or code names into the sheet, and reads back as a course template", async () => {
    const out = path.join(dir, "template-a.xlsx");
    expect(rota(["template", "A", "--out", out]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = wb.worksheets.map((w) => w.name);
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value ?? ""))));
    expect(texts.filter((t) => /seed|\.txt|\.ts\b|courses\.ts/i.test(t))).toEqual([]);
    expect(texts.some((t) => t.includes("公開している臨床研修プラン"))).toBe(true);
    const json = JSON.parse(rota(["validate", out, "--format", "json"]).stdout);
    expect(json.grids[0].trainees[0]).toMatchObject({ name: "A コース", template: true });
    expect(rota(["validate", out]).stdout).toContain("(研修医 0名, コーステンプレート 1, 1 表)");
  });
});

describe("progress on a terminal", () => {
  // util-linux's `script` gives the command a terminal, as a coordinator's shell does.
  const hasScript = existsSync("/usr/bin/script");
  (hasScript ? it : it.skip)("says it is writing the annotated copy, then erases its line", () => {
    const out = path.join(dir, "progress-out.xlsx");
    const command = [process.execPath, MAIN, "validate", plans, "--annotate", out, "--force"]
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(" ");
    const r = spawnSync("/usr/bin/script", ["-qec", command, "/dev/null"], { encoding: "utf8", timeout: 60_000 });
    expect(r.stdout).toContain("読み込み中 plans.xlsx…");
    expect(r.stdout).toContain("書き出し中 progress-out.xlsx…");
    expect(r.stdout).toContain("\x1b[2K"); // the progress line is erased before the report
    expect(r.stdout).toContain("注記付きのブックを書き出しました");
  });
});
