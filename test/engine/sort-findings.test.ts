/**
 * The report's order of findings (errors first, then by trainee as first met, then as found), by a
 * counting sort: compared on generated findings with the rank-and-compare sort it replaced.
 */
import fc from "fast-check";
import { SEVERITY_ORDER, type Finding, type Severity } from "../../src/engine/model/finding";
import { sortFindings } from "../../src/engine/sort-findings";
import { report } from "../../src/engine/validate";

/** The sort as report() did it before: one rank per finding, then Array.prototype.sort. */
function rankSort(findings: readonly Finding[]): Finding[] {
  const firstMet = new Map<string, number>();
  const ranked = findings.map((f, i) => {
    const key = `${f.sheet}\u0000${f.trainee}`;
    let who = firstMet.get(key);
    if (who === undefined) firstMet.set(key, (who = firstMet.size));
    return { f, rank: (SEVERITY_ORDER[f.severity] * 1e6 + who) * 1e7 + i };
  });
  return ranked.sort((a, b) => a.rank - b.rank).map((x) => x.f);
}

const finding = fc
  .record({
    severity: fc.constantFrom<Severity>("error", "warning", "info"),
    sheet: fc.constantFrom("2026年度", "2027年度", "Sheet\u00001"),
    trainee: fc.constantFrom("", "研修医 1", "研修医 2", "研修医 3", "1\u00002026年度"),
    n: fc.nat(),
  })
  .map(({ severity, sheet, trainee, n }): Finding => ({ rule: "r", severity, sheet, trainee, cells: [], message: String(n), message_en: String(n) }));

describe("sortFindings", () => {
  it("orders findings as the rank sort did, each finding once (the same objects)", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 200 }), (findings) => {
        const sorted = sortFindings(findings);
        const expected = rankSort(findings);
        expect(sorted.length).toBe(expected.length);
        sorted.forEach((f, i) => expect(f).toBe(expected[i]));
      }),
      { numRuns: 2000 },
    );
  });

  it("counts each severity as report() sums it up", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 200 }), (findings) => {
        const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
        expect(report([], findings).summary).toEqual({ errors: count("error"), warnings: count("warning"), infos: count("info") });
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a trainee's findings together within a severity even when they are found apart", () => {
    const f = (severity: Severity, trainee: string, message: string): Finding => ({ rule: "r", severity, sheet: "S", trainee, cells: [], message, message_en: message });
    const found = [f("info", "b", "1"), f("error", "a", "2"), f("info", "a", "3"), f("info", "b", "4"), f("error", "b", "5")];
    expect(sortFindings(found).map((x) => x.message)).toEqual(["5", "2", "1", "4", "3"]);
  });
});
