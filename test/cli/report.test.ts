import type { Finding, ValidationReport } from "../../src/engine";
import { Progress } from "../../src/cli/progress";
import { jsonReport } from "../../src/cli/report-json";
import { jsonText, writeJson } from "../../src/cli/json-layout";
import { compactCells, textReport } from "../../src/cli/report-text";
import { displayWidth } from "../../src/cli/width";

const f = (over: Partial<Finding>): Finding => ({
  rule: "em-12w",
  severity: "error",
  sheet: "2026年度",
  trainee: "研修医 太郎",
  cells: ["H3"],
  message: "救急 8週 (必要 12週以上)",
  message_en: "Emergency 8 weeks (12 required)",
  ...over,
});

const REPORT: ValidationReport = {
  grids: [
    {
      sheet: "2026年度",
      range: "A1:AA4",
      layout: "cohort-weeks",
      trainees: [
        { name: "研修医 太郎", row: 2, course: "A", weeks: { 内科: 24 } },
        { name: "研修医 花子", row: 3, course: null, weeks: {} },
        { name: "研修医 次郎", row: 4, course: null, weeks: {} },
      ],
    },
  ],
  findings: [
    f({ cells: ["H2", "I2", "J2"], trainee: "研修医 太郎" }),
    f({ rule: "capacity", trainee: "", cells: ["H2", "H3"], message: "救急 定員 1 名に 2 名" }),
    f({ rule: "block-4w", severity: "warning", trainee: "研修医 花子", cells: ["B3"] }),
    f({ rule: "rec-8w", severity: "info", trainee: "研修医 太郎", cells: ["K2"], message: "外科 4週" }),
    f({ rule: "unknown-rotation", severity: "warning", sheet: "定員", trainee: "", cells: ["A3"], message: "読めない行" }),
  ],
  summary: { errors: 2, warnings: 2, infos: 1 },
};

describe("textReport", () => {
  const text = textReport("/somewhere/plans.xlsx", REPORT);
  const lines = text.split("\n");

  it("starts with the workbook's name and ends with the summary", () => {
    expect(lines[0]).toBe("plans.xlsx");
    expect(lines.filter((l) => l !== "").pop()).toBe("エラー 2件 / 警告 2件 / 情報 1件 (研修医 3名, 1 表)");
  });

  it("groups by resident in row order, errors before infos, cells compacted", () => {
    const taro = lines.indexOf("  研修医 太郎 (2 行目, A コース)");
    expect(taro).toBeGreaterThan(0);
    expect(lines[taro + 1]).toMatch(/^ {4}エラー +em-12w +H2:J2 +救急 8週/);
    // Infos are folded into one line per resident (issue 9); --show info lists them as the others.
    expect(lines[taro + 2]).toBe("    情報: 外科 4週");
    const shown = textReport("/somewhere/plans.xlsx", REPORT, "ja", { showInfo: true }).split("\n");
    expect(shown[shown.indexOf("  研修医 太郎 (2 行目, A コース)") + 2]).toMatch(/^ {4}情報 +rec-8w +K2 +外科 4週$/);
    const hanako = lines.indexOf("  研修医 花子 (3 行目)");
    expect(hanako).toBeGreaterThan(taro);
    expect(lines[hanako + 1]).toMatch(/^ {4}警告 +block-4w +B3 /);
  });

  it("lists residents with nothing to say on one line", () => {
    expect(text).toContain("  問題なし (1名): 研修医 次郎");
  });

  it("puts findings about no one resident under the sheet, and other sheets after", () => {
    const whole = lines.indexOf("  (シート全体)");
    expect(whole).toBeGreaterThan(lines.indexOf("  問題なし (1名): 研修医 次郎"));
    expect(lines[whole + 1]).toMatch(/capacity +H2, H3 +救急 定員/);
    const other = lines.indexOf("定員");
    expect(other).toBeGreaterThan(whole);
    expect(lines[other + 2]).toMatch(/unknown-rotation +A3 +読めない行/);
  });

  it("puts a whole-sheet finding under its own grid, even when another sheet's grid is printed after it", () => {
    const twoSheets: ValidationReport = {
      ...REPORT,
      grids: [REPORT.grids[0]!, { sheet: "Cコース", range: "A1:N10", layout: "course-sheet", trainees: [{ name: "C コース", row: 6, course: "C", weeks: {} }] }],
      findings: [f({ rule: "capacity", trainee: "", cells: ["H2", "H3"], message: "救急 定員 1 名に 2 名" })],
    };
    const out = textReport("x.xlsx", twoSheets, "ja").split("\n");
    const whole = out.indexOf("  (シート全体)");
    expect(out.indexOf("2026年度 A1:AA4 (研修医ごとの表 (週))")).toBeLessThan(whole);
    expect(out[whole + 1]).toMatch(/capacity/);
    expect(out.indexOf("Cコース A1:N10 (コース表)")).toBeGreaterThan(whole);
  });

  it("prints every finding exactly once", () => {
    expect(lines.filter((l) => /^ {4}\S/.test(l))).toHaveLength(REPORT.findings.length);
  });

  it("speaks English", () => {
    const en = textReport("plans.xlsx", REPORT, "en");
    expect(en).toMatch(/^ {4}error +em-12w +H2:J2 +Emergency 8 weeks/m);
    expect(en).toContain("  研修医 太郎 (row 2, course A)");
    expect(en).toContain("no findings (1): 研修医 次郎");
    expect(en).toContain("2 errors / 2 warnings / 1 info (3 residents, 1 grid)");
  });
});

describe("jsonReport", () => {
  it("copies CONTRACT §3's fields only, in order", () => {
    const extra = { ...REPORT, grids: [{ ...REPORT.grids[0]!, internal: 1 }], findings: [{ ...REPORT.findings[0]!, debug: true }] } as unknown as ValidationReport;
    const json = JSON.parse(JSON.stringify(jsonReport("/a/b/plans.xlsx", extra)));
    expect(json).toEqual({
      workbook: "plans.xlsx",
      grids: [{ sheet: "2026年度", range: "A1:AA4", layout: "cohort-weeks", trainees: REPORT.grids[0]!.trainees }],
      findings: [{ rule: "em-12w", severity: "error", sheet: "2026年度", trainee: "研修医 太郎", cells: ["H2", "I2", "J2"], message: "救急 8週 (必要 12週以上)", message_en: "Emergency 8 weeks (12 required)" }],
      summary: { errors: 2, warnings: 2, infos: 1 },
    });
    expect(Object.keys(json.findings[0])).toEqual(["rule", "severity", "sheet", "trainee", "cells", "message", "message_en"]);
  });
});

describe("the JSON report, written", () => {
  const many = (n: number): ValidationReport => ({
    ...REPORT,
    findings: Array.from({ length: n }, (_, i) =>
      f({ trainee: i % 7 === 0 ? "findings" : `研修医 ${i}`, cells: i % 3 === 0 ? [] : ["H3", "I3"], message: i % 5 === 0 ? 'a\n  "findings": null,\nb' : "救急 8週", ...(i % 2 === 0 ? { facts: { field: "救急", actual: i, required: 12, unit: "weeks" } } : {}) }),
    ),
  });

  it.each([0, 1, 499, 500, 501, 1234])("writes the report as JSON with one finding a line, and a line end, with %i findings", (n) => {
    const report = jsonReport("/a/b/plans.xlsx", many(n));
    const pieces: Uint8Array[] = [];
    writeJson(report, (bytes) => pieces.push(bytes));
    const text = Buffer.concat(pieces).toString("utf8");
    // The same JSON value, key order included.
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(report));
    // Each finding is one line, readable alone (a message's line break is \n inside its string).
    const lines = text.split("\n");
    const findingLines = lines.filter((l) => l.startsWith('    {"rule":'));
    expect(findingLines).toHaveLength(n);
    findingLines.forEach((line, i) => expect(JSON.parse(line.replace(/,$/, ""))).toEqual(report.findings[i]));
    // Everything else indented by two, as JSON.stringify(…, null, 2) does.
    expect(lines.slice(0, 3)).toEqual(["{", '  "workbook": "plans.xlsx",', '  "grids": [']);
  });
});

describe("writeJson", () => {
  it("writes UTF-8 pieces of at most a megabyte, whole characters in each, and a record longer than a piece whole", () => {
    const findings = Array.from({ length: 6_000 }, (_, i) => ({ rule: "rec-8w", message: `内科(血液) ${i}週 ${"救急".repeat(100)}` }));
    const value = { findings: [...findings, { rule: "long", message: "長".repeat(700_000) }], summary: { errors: 1 } };
    const pieces: Uint8Array[] = [];
    writeJson(value, (bytes) => pieces.push(bytes));
    expect(pieces.length).toBeGreaterThan(2);
    // Each piece decodes alone: no character is cut between two.
    for (const p of pieces) expect(new TextDecoder("utf-8", { fatal: true }).decode(p)).not.toContain("\uFFFD");
    expect(JSON.parse(Buffer.concat(pieces).toString("utf8"))).toEqual(value);
  });
});

describe("jsonText", () => {
  it("writes what JSON.stringify writes for what it leaves out or turns to null", () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, 1], d: new Date(Date.UTC(2026, 3, 1)), e: {}, f: [], g: NaN, findings: [{ x: undefined, y: 1 }, undefined] };
    const text = jsonText(value);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text).toBe(`{\n  "c": [\n    null,\n    null,\n    1\n  ],\n  "d": "2026-04-01T00:00:00.000Z",\n  "e": {},\n  "f": [],\n  "g": null,\n  "findings": [\n    {"y":1},\n    null\n  ]\n}\n`);
  });
});

describe("compactCells", () => {
  it("joins runs along a row and keeps the rest", () => {
    expect(compactCells(["H3", "I3", "J3", "B3", "B4", "C4", "bad"])).toBe("H3:J3, B3, B4:C4, bad");
    expect(compactCells([])).toBe("");
  });
});

describe("displayWidth", () => {
  it("counts Japanese as two columns", () => {
    expect(displayWidth("エラー")).toBe(6);
    expect(displayWidth("error")).toBe(5);
    expect(displayWidth("\x1b[31mエ\x1b[0m")).toBe(2);
  });
});

describe("Progress", () => {
  const sink = (): { write: (s: string) => boolean; out: string[] } => {
    const out: string[] = [];
    return { out, write: (s: string) => (out.push(s), true) };
  };

  it("writes nothing when off", () => {
    const s = sink();
    const p = new Progress(s, false);
    let made = 0;
    p.show("reading");
    p.tick(() => (made++, "1/2"));
    p.clear();
    expect(s.out).toEqual([]);
    // A check ticks once per resident: off, it does not even make the text.
    expect(made).toBe(0);
  });

  it("redraws in place, throttles ticks, and erases its line at the end", () => {
    const s = sink();
    const p = new Progress(s, true, 60_000);
    p.show("読み込み中");
    let made = 0;
    p.tick(() => (made++, "1/2")); // within the interval: skipped, its text not made
    expect(made).toBe(0);
    p.show("検査済み 2/2");
    p.clear();
    p.clear();
    expect(s.out).toEqual(["\r\x1b[2K読み込み中", "\r\x1b[2K検査済み 2/2", "\r\x1b[2K"]);
  });
});

describe("the text report, resident by resident", () => {
  it("prints a resident's findings once, under the first row of that name, and in the report's order within a severity", () => {
    const twice: ValidationReport = {
      grids: [{ sheet: "2026年度", range: "A1:AA3", layout: "cohort-weeks", trainees: [{ name: "研修医 同名", row: 2, course: null, weeks: {} }, { name: "研修医 同名", row: 3, course: null, weeks: {} }] }],
      findings: [
        f({ rule: "rec-8w", severity: "warning", trainee: "研修医 同名", cells: ["K2"], message: "一つ目" }),
        f({ trainee: "研修医 同名", cells: ["H3"], message: "二つ目" }),
        f({ rule: "block-4w", severity: "warning", trainee: "研修医 同名", cells: ["B3"], message: "三つ目" }),
      ],
      summary: { errors: 1, warnings: 2, infos: 0 },
    };
    const out = textReport("x.xlsx", twice, "ja").split("\n");
    const messages = out.filter((l) => /一つ目|二つ目|三つ目/.test(l)).map((l) => /一つ目|二つ目|三つ目/.exec(l)?.[0]);
    expect(messages).toEqual(["二つ目", "一つ目", "三つ目"]);
    expect(out.filter((l) => l.startsWith("  研修医 同名 ("))).toHaveLength(1);
    expect(out.some((l) => l.includes("研修医 同名") && !l.startsWith("  研修医 同名 ("))).toBe(true); // the second row is listed as without findings
  });
});
