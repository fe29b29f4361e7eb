import { readXlsxSheets } from "../../src/adapters/workbook/read";
import { validateWorkbook } from "../../src/engine";
import { toA1 } from "../../src/engine/model/address";
import { kitPackage, row } from "./package-kit";

/**
 * What the fuzzer put in rotation cells (issue 13): a date, quoted as its serial (「46113」), and
 * a 32,767-character text, quoted whole in the message and the note. Both are quoted as a person
 * reads them now.
 */

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const PLAN = ["内科", "内科", "内科", "内科", "内科", "内科", "救急", "救急", "救急", "外科", "小児科", "産婦人科", "精神科", "地域医療", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科", "内科"];

/** A cohort of one resident, block 5 replaced by `cell` (its XML, at F2). */
function cohort(cell: string) {
  const header = row(1, inline("A1", "氏名") + PLAN.map((_, i) => `<c r="${toA1(0, i + 1)}"><v>${i + 1}</v></c>`).join(""));
  const resident = row(2, inline("A2", "研修医 一郎") + PLAN.map((text, i) => (i === 4 ? cell : inline(toA1(1, i + 1), text))).join(""));
  // Style 1 is Japanese Excel's built-in 「2026年4月1日」 format (58), which exceljs read as a number.
  return readXlsxSheets(kitPackage({ xfs: [0, 58], sheets: [{ name: "2026年度", data: header + resident }] }), "odd.xlsx");
}

describe("odd values in rotation cells", () => {
  it("quotes a date as the date, not its serial", () => {
    const findings = validateWorkbook(cohort('<c r="F2" s="1"><v>46113</v></c>')).findings.filter((f) => f.rule === "unknown-rotation");
    expect(findings.map((f) => [f.cells, f.message])).toEqual([[["F2"], "「2026-04-01」は研修分野ではありません (数値・日付・エラー値)"]]);
  });

  it("quotes a 32,767-character text shortened, with its length", () => {
    const findings = validateWorkbook(cohort(inline("F2", "あ".repeat(32_767)))).findings.filter((f) => f.rule === "unknown-rotation");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(`「${"あ".repeat(40)}… (全 32,767 文字)」は研修分野として認識できません`);
    expect(findings[0]!.message_en).toContain("(32,767 characters in all)");
  });
});
