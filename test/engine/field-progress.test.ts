import { fieldProgress } from "../../src/engine";

describe("fieldProgress", () => {
  it("gives each required field against its rule's minimum, in the coordinators' order", () => {
    expect(fieldProgress({ 内科: 28, 救急: 4, 麻酔科: 8 }).map((p) => [p.field, p.weeks, p.min, p.met, p.rule])).toEqual([
      ["内科", 28, 24, true, "im-24w"],
      ["救急", 8, 12, false, "em-12w"], // 4 + at most 4 of 麻酔科
      ["外科", 0, 4, false, "surg-4w"],
      ["小児科", 0, 4, false, "ped-4w"],
      ["産婦人科", 0, 4, false, "obgyn-4w"],
      ["精神科", 0, 4, false, "psy-4w"],
      ["地域医療", 0, 4, false, "comm-4w"],
      ["一般外来", 0, 4, false, "go-4w"],
    ]);
  });

  it("follows a program's overrides as the rules do", () => {
    const progress = fieldProgress({ 外科: 4, 救急: 4, 麻酔科: 8 }, { rules: { "surg-4w": { params: { min: 8 } }, "em-12w": { params: { anesthesiaMax: 8 } } } });
    expect(progress.find((p) => p.field === "外科")).toMatchObject({ min: 8, met: false });
    expect(progress.find((p) => p.field === "救急")).toMatchObject({ weeks: 12, met: true });
  });
});
