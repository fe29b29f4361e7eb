import { cohortWorkbook, addCapacitySheet, sheetsOf } from "../fixtures";
import { planWorkbook } from "../../src/engine/plan/plan-workbook";
import { highsSolver } from "../../src/adapters/solver/highs";

it("smoke", async () => {
  const trainees = Array.from({ length: Number(process.env["N"] ?? 3) }, (_, i) => ({ name: `R${i}`, course: i % 3 === 0 ? "A" : undefined, rotations: [["内科", 2], ["", 10], ["休止", 1], ["", 13]] as Array<[string, number]> }));
  const wb = cohortWorkbook({ header: "blocks", trainees: trainees as never });
  addCapacitySheet(wb, [{ field: "小児科", capacity: Number(process.env["PED"] ?? 5) }, { field: "救急", capacity: Number(process.env["EM"] ?? 15) }]);
  const sheets = await sheetsOf(wb);
  const t = Date.now();
  const out = await planWorkbook(sheets, { mode: "plan", timeLimit: Number(process.env["TL"] ?? 20) }, highsSolver());
  console.log(Date.now() - t, out.status, out.reasons.map((r) => `${r.trainee} ${r.rule} ${r.message.ja}`).join("\n"));
  const rows = new Map<string, string[]>();
  for (const c of out.changes) rows.set(c.trainee, [...(rows.get(c.trainee) ?? []), c.after]);
  console.log([...rows].slice(0, 4).map(([t, r]) => `${t}: ${r.join(" ")}`).join("\n"));
});
