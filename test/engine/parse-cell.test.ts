import { fieldLabel, parseCell } from "../../src/engine";
import type { CellValue } from "../../src/engine";

/** What a cell reads as: its canonical label (DOMAIN §1), "" for anything that is no field. */
const label = (value: CellValue) => fieldLabel(parseCell(value));

describe("parseCell and fieldLabel", () => {
  describe("when a cell names 救急 in any spelling", () => {
    it.each(["救急", "救急部門", "救急科", "救急医療", "救命救急", "救命救急センター", "救急部"])("reads %s as 救急", (text) => {
      expect(parseCell(text)).toMatchObject({ kind: "rotation", field: "救急", subs: [] });
      expect(label(text)).toBe("救急");
    });

    it.each([
      ["ER", "救急(ER)"],
      ["ICU", "救急(ICU)"],
      ["集中治療", "救急(ICU)"],
      ["集中治療部", "救急(ICU)"],
      ["救急（ICU）", "救急(ICU)"],
      ["救急(ICU)", "救急(ICU)"],
    ])("reads %s as %s: ICU and ER are 救急", (text, expected) => {
      expect(parseCell(text).field).toBe("救急");
      expect(label(text)).toBe(expected);
    });
  });

  describe("when a cell names 麻酔科", () => {
    it.each(["麻酔科", "麻酔"])("reads %s as 麻酔科, a field of its own", (text) => {
      expect(parseCell(text)).toMatchObject({ kind: "rotation", field: "麻酔科", subs: [] });
    });

    it.each(["救急（麻酔科）", "救急(麻酔科)", "必修\n救急\n(麻酔科)", "救急（麻酔）"])("reads %s as 麻酔科 (the bracket names what counts toward 救急)", (text) => {
      expect(label(text)).toBe("麻酔科");
    });
  });

  describe("when a cell names 産婦人科", () => {
    it.each(["産婦人科", "産科婦人科", "産婦", "産科・婦人科"])("reads %s as 産婦人科", (text) => {
      expect(label(text)).toBe("産婦人科");
    });

    it("does not guess 婦人科 alone: unknown, doubtful, suggesting 産婦人科", () => {
      expect(parseCell("婦人科")).toMatchObject({ kind: "unknown", reason: "doubtful", suggestion: "産婦人科" });
      expect(label("婦人科")).toBe("");
    });
  });

  describe("when a cell names neurology", () => {
    it.each(["神経内科", "脳神経内科", "内科(脳神経)", "内科（脳神経）", "必修\n内科\n(脳神経)"])("reads %s as 内科(脳神経)", (text) => {
      expect(parseCell(text)).toMatchObject({ kind: "rotation", field: "内科", subs: ["脳神経"] });
      expect(label(text)).toBe("内科(脳神経)");
    });

    it.each(["脳神経外科", "脳外科"])("never reads %s as 脳神経内科: it is surgery-side", (text) => {
      expect(parseCell(text).field).toBe("脳神経外科");
      expect(parseCell(text).subs).toEqual([]);
    });
  });

  describe("when a cell names 免疫・リウマチ内科", () => {
    it.each(["免疫・リウマチ内科", "膠原病内科", "膠原病・リウマチ内科", "リウマチ内科", "リウマチ科", "免疫内科", "免疫・膠原病科", "内科（免疫）", "内科(リウマチ)"])(
      "reads %s as 内科(免疫・リウマチ)",
      (text) => {
        expect(label(text)).toBe("内科(免疫・リウマチ)");
      },
    );
  });

  describe("when a cell names community medicine", () => {
    it.each(["地域医療", "地域", "地域研修", "地域医療研修"])("reads %s as 地域医療", (text) => {
      expect(label(text)).toBe("地域医療");
    });

    it.each(["地域保健", "保健所"])("reads %s as 地域保健, a different, elective field", (text) => {
      expect(label(text)).toBe("地域保健");
    });
  });

  describe("when a cell marks 一般外来", () => {
    it("reads 地域医療（一般外来） as 地域医療 with 一般外来 in parallel", () => {
      expect(parseCell("地域医療（一般外来）")).toMatchObject({ kind: "rotation", field: "地域医療", subs: [], generalOutpatient: true });
    });

    it.each(["内科+一般外来", "内科＋一般外来", "内科・一般外来"])("reads %s as 内科 with 一般外来 in parallel", (text) => {
      expect(parseCell(text)).toMatchObject({ kind: "rotation", field: "内科", generalOutpatient: true });
    });

    it.each(["一般外来", "総合診療科外来", "一般内科外来", "小児科外来"])("reads %s as a 一般外来 block of its own", (text) => {
      expect(parseCell(text)).toMatchObject({ kind: "rotation", field: "一般外来", generalOutpatient: true });
    });

    it("does not take a plain 内科 for 一般外来", () => {
      expect(parseCell("内科").generalOutpatient).toBe(false);
    });
  });

  describe("when a cell names surgery", () => {
    it.each([
      ["外科", "外科"],
      ["一般外科", "外科(一般)"],
      ["消化器外科", "外科(消化器)"],
      ["外科(消化器)", "外科(消化器)"],
      ["呼吸器外科", "外科(呼吸器)"],
      ["心臓血管外科", "外科(心臓血管)"],
      ["乳腺外科", "外科(乳腺)"],
      ["小児外科", "外科(小児)"],
    ])("reads %s as %s", (text, expected) => {
      expect(label(text)).toBe(expected);
    });

    it.each(["整形外科", "形成外科"])("reads %s as an elective of its own, not 外科", (text) => {
      expect(parseCell(text).field).toBe(text);
    });

    it("keeps 消化器外科 and 消化器内科 apart", () => {
      expect(label("消化器内科")).toBe("内科(消化器)");
      expect(label("消化器外科")).toBe("外科(消化器)");
    });
  });

  describe("when a cell has a 必修 or 選択 prefix", () => {
    it.each([
      ["必修 内科", "required"],
      ["必修：内科", "required"],
      ["（必修）内科", "required"],
      ["選択 内科", "elective"],
      ["選択\n内科", "elective"],
      ["選択必修 内科", "required"],
    ] as const)("reads %s as 内科 in a %s slot", (text, slot) => {
      expect(parseCell(text)).toMatchObject({ kind: "rotation", field: "内科", slotType: slot });
    });

    it("reads 選択 alone as an elective slot not yet chosen, not as a prefix", () => {
      expect(parseCell("選択")).toMatchObject({ kind: "rotation", field: "選択" });
    });
  });

  describe("when the text is full-width, multi-line or in other brackets", () => {
    it.each([
      ["ＩＣＵ", "救急(ICU)"],
      ["ＥＲ", "救急(ER)"],
      ["救急【ICU】", "救急(ICU)"],
      ["内科［血液］", "内科(血液)"],
      ["内 科（血 液）", "内科(血液)"],
      ["内科\u3000（血液）", "内科(血液)"],
      ["必修\n内科\n（血液）", "内科(血液)"],
      ["必修\r\n内科\r\n(循環器)", "内科(循環器)"],
    ])("reads %j as %s", (text, expected) => {
      expect(label(text)).toBe(expected);
    });

    it("keeps the text on one line for messages", () => {
      expect(parseCell("必修\n内科\n（血液）").text).toBe("必修 内科 （血液）");
    });

    it("gives the same key to spellings that say the same thing", () => {
      expect(parseCell("内科（血液）").key).toBe(parseCell("内科(血液)").key);
    });
  });

  describe("when a cell names several subspecialties", () => {
    it.each([
      ["内科（血液・消化器）", ["血液", "消化器"]],
      ["選択\n内科\n（血液・一般内科）", ["血液", "総合内科"]],
      ["内科(呼吸器・循環器)", ["呼吸器", "循環器"]],
      ["血液・腫瘍内科", ["血液", "腫瘍"]],
    ])("reads %j as 内科 with %j", (text, subs) => {
      expect(parseCell(text)).toMatchObject({ kind: "rotation", field: "内科", subs });
    });

    it("keeps 免疫・リウマチ one subspecialty beside another", () => {
      expect(parseCell("内科（血液・免疫・リウマチ）").subs).toEqual(["血液", "免疫・リウマチ"]);
    });
  });

  describe("when a cell names a place", () => {
    it("reads the site after @", () => {
      expect(parseCell("内科（血液）@王子総合病院")).toMatchObject({ field: "内科", subs: ["血液"], site: "王子総合病院" });
      expect(parseCell("救急＠函館赤十字病院")).toMatchObject({ field: "救急", site: "函館赤十字病院" });
    });

    it("reads a bracket that names a place as a site, not a subspecialty (CONTRACT §5)", () => {
      expect(parseCell("内科(市内協力型病院・研修施設)")).toMatchObject({ kind: "rotation", field: "内科", subs: [], site: "市内協力型病院・研修施設" });
      expect(parseCell("選択\n内科\n(市内協力型病院・研修施設)")).toMatchObject({ field: "内科", subs: [], slotType: "elective" });
    });

    it("reads a subspecialty and a site in one cell", () => {
      expect(parseCell("内科（呼吸器・循環器）@東札幌病院")).toMatchObject({ subs: ["呼吸器", "循環器"], site: "東札幌病院" });
    });
  });

  describe("when a cell notes leave", () => {
    it.each(["休止", "休職", "産休", "育休", "育児休業", "病気療養"])("reads %s as leave", (text) => {
      expect(parseCell(text).kind).toBe("leave");
      expect(label(text)).toBe("休止");
    });
  });

  describe("when a cell is a ditto mark", () => {
    it.each(["〃", "同上", "→", "←", "″"])("reads %s as a ditto that continues the block before", (text) => {
      expect(parseCell(text).kind).toBe("ditto");
      expect(label(text)).toBe("");
    });
  });

  describe("when a cell holds no text", () => {
    it.each<[string, CellValue, string]>([
      ["a number", 42, "42"],
      ["zero", 0, "0"],
      ["a fraction", 1.5, "1.5"],
      ["a date", new Date(Date.UTC(2026, 3, 1)), "2026-04-01"],
      ["TRUE", true, "TRUE"],
      ["FALSE", false, "FALSE"],
      ["#N/A", { error: "#N/A" }, "#N/A"],
      ["#REF!", { error: "#REF!" }, "#REF!"],
    ])("reads %s as unknown, not-text, showing %s", (_, value, text) => {
      expect(parseCell(value)).toMatchObject({ kind: "unknown", reason: "not-text", text });
      expect(label(value)).toBe("");
    });

    it.each<[string, CellValue | undefined]>([
      ["null", null],
      ["undefined", undefined],
      ["an empty string", ""],
      ["spaces and line breaks", " \n\u3000"],
      ["NaN", NaN],
      ["an invalid date", new Date(NaN)],
    ])("reads %s as empty", (_, value) => {
      expect(parseCell(value).kind).toBe("empty");
    });
  });

  describe("when a cell names nothing known", () => {
    it.each([
      ["循還器内科", "内科(循環器)"],
      ["内科(血夜)", "内科(血液)"],
      ["小児化", "小児科"],
    ])("reads %s as unrecognised and suggests %s", (text, suggestion) => {
      expect(parseCell(text)).toMatchObject({ kind: "unknown", reason: "unrecognised", suggestion });
    });

    it("suggests nothing for text far from every field", () => {
      const parsed = parseCell("学会発表準備期間");
      expect(parsed).toMatchObject({ kind: "unknown", reason: "unrecognised" });
      expect(parsed.suggestion).toBeUndefined();
    });

    it("rejects a bracket that is neither a subspecialty nor a place", () => {
      expect(parseCell("内科(ほげ)").kind).toBe("unknown");
    });
  });
});
