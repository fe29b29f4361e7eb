import * as path from "node:path";
import { buildCli, oneLine, rota, ROOT } from "./run-cli";

/** `rota validate --edition`: the clinician-scientist edition chosen on the command line (issue: editions). */
const EXAMPLE = path.join(ROOT, "examples", "臨床研究医コース_計画例.xlsx");

beforeAll(() => buildCli());

function rulesOf(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule).sort();
}

describe("rota validate --edition", () => {
  describe("when none is given", () => {
    it("checks the example plan (started FY2021) against the FY2021 guideline, where an English case report does not count", () => {
      const result = rota(["validate", EXAMPLE, "--format", "json"]);
      expect(result.status).toBe(1);
      expect(rulesOf(result.stdout)).toEqual(["cs-papers", "cs-research-effort"]);
    });
  });

  describe("when fy2024 is chosen", () => {
    it("counts the English case report, so only the research effort remains", () => {
      const result = rota(["validate", EXAMPLE, "--format", "json", "--edition", "fy2024"]);
      expect(result.status).toBe(1);
      expect(rulesOf(result.stdout)).toEqual(["cs-research-effort"]);
      expect(result.stdout).toContain("2024年度改定");
    });

    it("accepts the year as people write it (令和6年度)", () => {
      const result = rota(["validate", EXAMPLE, "--format", "json", "--edition", "令和6年度"]);
      expect(rulesOf(result.stdout)).toEqual(["cs-research-effort"]);
    });
  });

  describe("when the edition is unknown", () => {
    it("is bad usage: exit 2 and one line naming the editions there are", () => {
      const result = rota(["validate", EXAMPLE, "--edition", "1999"]);
      expect(result.status).toBe(2);
      expect(oneLine(result.stderr)).toMatch(/版「1999」は不明です \(fy2021、fy2024\)/);
      expect(result.stdout).toBe("");
    });
  });
});
