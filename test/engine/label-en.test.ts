import { labelEn } from "../../src/engine/vocabulary/label";
import { TWO_YEAR_MESSAGES } from "../../src/engine/messages/two-year";
import { CS_MESSAGES, periodEn } from "../../src/engine/messages/cs";
import { EXTENSION_REASONS } from "../../src/engine/cs/vocabulary";

describe("labelEn", () => {
  it("names a field, a subspecialty and several in English from the field table", () => {
    expect(labelEn("小児科")).toBe("Pediatrics");
    expect(labelEn("内科(循環器)")).toBe("Internal medicine (cardiology)");
    expect(labelEn("内科(血液・消化器)")).toBe("Internal medicine (hematology, gastroenterology)");
    expect(labelEn("内科(免疫・リウマチ)")).toBe("Internal medicine (immunology and rheumatology)");
    expect(labelEn("休止")).toBe("Leave");
  });

  it("leaves a label it does not know as it is (a program's own field)", () => {
    expect(labelEn("放射線治療センター")).toBe("放射線治療センター");
  });
});

describe("English messages name fields in English", () => {
  it("in a capacity finding and in a suggestion", () => {
    expect(TWO_YEAR_MESSAGES.capacity("小児科", 7, 4, 3).en).toBe("Pediatrics, block 7: 4 residents (capacity 3)");
    expect(TWO_YEAR_MESSAGES.unknown("循還器内科", undefined, "内科(循環器)").en).toBe('"循還器内科" names no known field. Did you mean Internal medicine (cardiology)?');
    expect(TWO_YEAR_MESSAGES.unknown("婦人科", "doubtful", "産婦人科").en).toBe('"婦人科" is ambiguous: if it means Obstetrics and gynecology, write that field\'s name');
  });

  it("quotes a clinician-scientist period as the user wrote it, and says Rota's own row in English", () => {
    expect(periodEn("7年目 (2028年度)")).toBe('Period "7年目 (2028年度)"');
    expect(periodEn("12行目")).toBe("Row 12");
  });
});

describe("English clinician-scientist messages", () => {
  const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

  it("list the allowed extension reasons in English", () => {
    const labels = EXTENSION_REASONS.map((r) => r.label);
    const en = CS_MESSAGES.extensionNoReason("12行目", labels).en;
    expect(en).toBe(`Row 12: an extension or leave with no reason given (allowed: ${EXTENSION_REASONS.map((r) => r.en).join(", ")})`);
    expect(en).not.toMatch(JAPANESE);
  });

  it("say the clinical training in English", () => {
    expect(CS_MESSAGES.trainingNotDone("未").en).toMatch(/^completion of the 2-year clinical training is "未"/);
    expect(CS_MESSAGES.trainingAfterStart("2024-03-31", "2023-04-01").en).not.toMatch(JAPANESE);
  });
});
