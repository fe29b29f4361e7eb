import * as fs from "node:fs";
import * as path from "node:path";
import type { Finding } from "../../src/engine";
import {
  both,
  composeNote,
  findingMessage,
  isRotaLine,
  noteLine,
  SEVERITY_LABEL,
  severityFromText,
  withoutRotaLines,
} from "../../src/engine/present";

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: "em-12w",
  severity: "error",
  sheet: "2026年度",
  trainee: "研修医 太郎",
  cells: ["D7"],
  message: "救急 8週 (必要 12週以上)",
  message_en: "Emergency 8 weeks (12 required)",
  ...over,
});

describe("the presentation module", () => {
  describe("noteLine", () => {
    it("writes one line per finding, in either language, that isRotaLine recognises", () => {
      expect(noteLine(finding())).toBe("【Rota】エラー em-12w: 救急 8週 (必要 12週以上)");
      expect(noteLine(finding(), "en")).toBe("[Rota] error em-12w: Emergency 8 weeks (12 required)");
      expect(isRotaLine(noteLine(finding(), "ja"))).toBe(true);
      expect(isRotaLine(`  ${noteLine(finding(), "en")}`)).toBe(true);
      expect(isRotaLine("Rota が言うには")).toBe(false);
    });

    it("puts Rota's lines below a user's note and takes exactly them off again", () => {
      const user = "4月は病棟\n要確認";
      const note = composeNote(user, [noteLine(finding()), noteLine(finding({ severity: "info" }), "en")]);
      expect(note.startsWith(user)).toBe(true);
      expect(withoutRotaLines(note)).toBe(user);
      expect(composeNote(null, ["a"])).toBe("a");
      expect(composeNote(user, [])).toBe(user);
    });
  });

  describe("severityFromText", () => {
    it("reads a severity in either language, any case, full-width or not", () => {
      expect(severityFromText("ＥＲＲＯＲ")).toBe("error");
      expect(severityFromText(" 警告 ")).toBe("warning");
      expect(severityFromText("Info")).toBe("info");
      expect(severityFromText("fatal")).toBeUndefined();
    });

    it("reads back every label it shows", () => {
      for (const labels of Object.values(SEVERITY_LABEL))
        for (const [severity, label] of Object.entries(labels)) expect(severityFromText(label)).toBe(severity);
    });
  });

  it("shows a finding's Japanese message when it has no English one", () => {
    expect(findingMessage(finding({ message_en: "" }), "en")).toBe("救急 8週 (必要 12週以上)");
    expect(findingMessage(finding(), "en")).toBe("Emergency 8 weeks (12 required)");
  });

  it("joins a bilingual text Japanese first", () => {
    expect(both({ ja: "あ", en: "a" })).toBe("あ / a");
  });

  it("is the one place the note mark and the severity labels are written", () => {
    const src = path.join(__dirname, "../../src");
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !full.includes(`${path.sep}present${path.sep}`)) {
          const code = fs
            .readFileSync(full, "utf8")
            .split("\n")
            .filter((line) => !/^\s*(\*|\/\/)/.test(line))
            .join("\n");
          if (/"【Rota】"|"\[Rota\]"|warning: "警告"/.test(code)) offenders.push(path.relative(src, full));
        }
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});
