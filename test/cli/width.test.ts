import fc from "fast-check";
import { displayWidth, padDisplay } from "../../src/cli/width";

/** The definition the report was first written with: a regular expression per character. */
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const reference = (text: string): number => {
  let w = 0;
  for (const ch of text.replace(ANSI, "")) w += WIDE.test(ch) ? 2 : 1;
  return w;
};

describe("displayWidth", () => {
  it("counts wide characters as two columns, narrow ones and colour codes as they show", () => {
    expect(displayWidth("ABC")).toBe(3);
    expect(displayWidth("小児科")).toBe(6);
    expect(displayWidth("ＡＢ")).toBe(4); // full-width Latin
    expect(displayWidth("ｼｮｳﾆｶ")).toBe(5); // half-width katakana is narrow
    expect(displayWidth("\x1b[31mエラー\x1b[0m")).toBe(6);
    expect(displayWidth("𠮷野家")).toBe(5); // a character beyond the BMP is one character
    expect(displayWidth("")).toBe(0);
    expect(padDisplay("内科", 6)).toBe("内科  ");
  });

  it("agrees with the per-character definition on any text (wide ranges' edges, surrogates, colour codes)", () => {
    const edges = [0x10ff, 0x1100, 0x115f, 0x1160, 0x2e7f, 0x2e80, 0x303e, 0x303f, 0x3040, 0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xa4cf, 0xa4d0, 0xabff, 0xac00, 0xd7a3, 0xd7a4, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xf8ff, 0xf900, 0xfaff, 0xfb00, 0xfe2f, 0xfe30, 0xfe4f, 0xfe50, 0xfeff, 0xff00, 0xff60, 0xff61, 0xffdf, 0xffe0, 0xffe6, 0xffe7];
    const unit = fc.oneof(
      fc.constantFrom(...edges).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("\x1b[0m", "\x1b[1;31m", "𠮷", "a", "内"),
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join("")), (text) => displayWidth(text) === reference(text)), { numRuns: 5000 });
  });
});
