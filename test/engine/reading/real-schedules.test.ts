/**
 * Issue 8 proof: schedules real programmes publish, re-typed into Excel (real-schedules.ts names
 * each source page), read back with the weeks per field a correct reading gives and the findings
 * that must and must not appear.
 */
import { validate } from "../helpers";
import { REAL_SCHEDULES } from "./real-schedules";

describe.each(REAL_SCHEDULES.map((s) => [s.id, s] as const))("the published schedule %s", (_, schedule) => {
  it(`reads its residents and their weeks per field (${schedule.shape}; source ${schedule.source})`, async () => {
    const report = await validate(schedule.build());
    expect(report.grids).toHaveLength(1);
    expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(schedule.residents.map((r) => r.name));
    report.grids[0]!.trainees.forEach((t, i) => expect(t.weeks).toEqual(schedule.residents[i]!.weeks));
  });

  it("raises the findings a correct reading gives, and none of those a misreading would", async () => {
    const report = await validate(schedule.build());
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const id of schedule.must) expect([id, rules.has(id)]).toEqual([id, true]);
    for (const id of schedule.mustNot) expect([id, rules.has(id)]).toEqual([id, false]);
  });
});
