import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { foldWidth, labelKey, normalizeText } from "../../src/engine/text/normalize";

describe("the engine's normaliser", () => {
  it("compares text as people type it: widths, brackets, spaces and line breaks", () => {
    expect(normalizeText("必修\n内科\n（血液）")).toBe("必修内科(血液)");
    expect(normalizeText("ＩＣＵ 【救急】")).toBe("ICU(救急)");
    expect(labelKey("Ｃｏｕｒｓｅ Ａ")).toBe("coursea");
    expect(foldWidth(" ２０２６-０４-０１ ")).toBe("2026-04-01");
    expect(foldWidth("内科　血液")).toBe("内科 血液");
  });

  it.each([
    ["normalizeText", normalizeText],
    ["labelKey", labelKey],
    ["foldWidth", foldWidth],
  ] as const)("%s is idempotent on any string", (_name, normalise) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (text) => {
        const once = normalise(text);
        expect(normalise(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("is the only place Rota calls NFKC", () => {
    const src = path.join(__dirname, "../../src");
    const home = path.join(src, "engine", "text", "normalize.ts");
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && full !== home && /normalize\(\s*["']NFK?C["']/.test(fs.readFileSync(full, "utf8")))
          offenders.push(path.relative(src, full));
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});
