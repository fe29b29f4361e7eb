import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { readWorkbook } from "../../src/adapters/xlsx";
import { addCapacitySheet, CLEAN_PLAN, cohortWorkbook, tempDir, writeFixture, type FixtureRotation } from "../fixtures";
import { blockTexts, filledBlocks } from "../plan/helpers";
import { buildCli, oneLine, rota } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir("rota-plan-");
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(() => buildCli(), 180_000);

/** A cohort with locked blocks, leave and empty blocks, and a 定員 sheet with room. */
async function cohortFile(name: string): Promise<string> {
  const wb = cohortWorkbook({
    header: "weeks",
    continuation: "merge",
    yearRow: true,
    trainees: [
      { name: "研修医 一郎", course: "A", rotations: [["内科（血液）", 2], ["", 24]] },
      { name: "研修医 二郎", rotations: [["", 4], ["休止", 1], ["", 8], ["地域医療", 2], ["", 11]] },
      { name: "研修医 三郎", rotations: [["", 26]] },
    ],
  });
  addCapacitySheet(wb, [
    { field: "救急", capacity: 1 },
    { field: "小児科", capacity: 1 },
  ]);
  return writeFixture(wb, name, dir);
}

describe("rota plan", () => {
  it("fills the empty blocks into a copy that rota validate passes, leaving the input and every filled cell as they were", async () => {
    const input = await cohortFile("cohort.xlsx");
    const before = hash(input);
    const out = path.join(dir, "planned.xlsx");
    const r = rota(["plan", input, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/空欄 \d+ ブロックを埋めました \(研修医 3名\)/);
    expect(r.stdout).toContain("検査結果: エラー 0件");
    expect(hash(input)).toBe(before);

    const v = rota(["validate", out, "--format", "json"]);
    expect(v.status).toBe(0);
    expect(JSON.parse(v.stdout).summary.errors).toBe(0);

    const [was, now] = [(await readWorkbook(input)).sheets, (await readWorkbook(out)).sheets];
    const after = blockTexts(now);
    for (const [cell, text] of filledBlocks(was)) expect(after.get(cell)).toBe(text);
    expect([...after.values()]).not.toContain("");
    // The sheet merges multi-block rotations; so does the plan written into it.
    const merges = (sheets: typeof now) => sheets.find((s) => s.name === "2026年度")!.merges!.length;
    expect(merges(now)).toBeGreaterThan(merges(was));
  });

  it("prints one JSON object with the changes, the reasons and the check of the result", async () => {
    const input = await cohortFile("cohort-json.xlsx");
    const out = path.join(dir, "planned.json.xlsx");
    const r = rota(["plan", input, "--out", out, "--format", "json"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ workbook: "cohort-json.xlsx", out: "planned.json.xlsx", mode: "plan", ok: true, status: "done", reasons: [], summary: { errors: 0 } });
    expect(json.changes.length).toBe(24 + 23 + 26);
    expect(json.changes[0]).toEqual(expect.objectContaining({ sheet: "2026年度", cell: expect.any(String), trainee: "研修医 一郎", before: "", after: expect.any(String) }));
  });

  it("exits 1 with the blocking constraint named when no plan exists, writing the best plan found with what remains", async () => {
    const fixed: FixtureRotation[] = [["内科", 4], ["", 2], ["内科", 2], ["救急", 3], ["外科", 1], ["産婦人科", 1], ["精神科", 1], ["内科", 1], ["地域医療", 1], ["内科", 10]];
    const wb = cohortWorkbook({ header: "blocks", trainees: ["一郎", "二郎", "三郎"].map((n) => ({ name: `研修医 ${n}`, rotations: fixed })) });
    addCapacitySheet(wb, [{ field: "小児科", capacity: 1 }]);
    const input = await writeFixture(wb, "tight.xlsx", dir);
    const out = path.join(dir, "tight-planned.xlsx");
    const r = rota(["plan", input, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("規則をすべて満たす計画はありません");
    expect(r.stdout).toContain("小児科 第5–6ブロック: 定員 1 に対し必要 3 名");
    expect(r.stdout).toContain(`最善の計画を書き出しました (上のエラーが残ります): ${out}`);
    const v = JSON.parse(rota(["validate", out, "--format", "json"]).stdout);
    expect(v.findings.filter((f: { severity: string }) => f.severity === "error").map((f: { rule: string }) => f.rule)).toEqual(["capacity"]);
    const en = rota(["plan", input, "--out", out, "--lang", "en"]);
    expect(en.stdout).toContain("capacity 1 per block, 3 residents need it there");
  });

  it("refuses to write onto the input, or anything but .xlsx, with one line and exit 2", async () => {
    const input = await cohortFile("self.xlsx");
    const before = hash(input);
    for (const out of [input, path.join(dir, "out.csv")]) {
      const r = rota(["plan", input, "--out", out]);
      expect(r.status).toBe(2);
      oneLine(r.stderr);
    }
    expect(hash(input)).toBe(before);
    const missing = rota(["plan", path.join(dir, "nope.xlsx"), "--out", path.join(dir, "x.xlsx")]);
    expect(missing.status).toBe(2);
    expect(oneLine(missing.stderr)).toContain("nope.xlsx");
    const noOut = rota(["plan", input]);
    expect(noOut.status).toBe(2);
  });
});

describe("rota fix", () => {
  it("lists each change as sheet!cell before → after with the error it clears, and the copy passes validate", async () => {
    const broken = CLEAN_PLAN.map(([t, n]): FixtureRotation => [t === "小児科" ? "整形外科" : t, n]);
    const wb = cohortWorkbook({ header: "blocks", continuation: "repeat", trainees: [{ name: "研修医 一郎", rotations: broken }, { name: "研修医 二郎", rotations: CLEAN_PLAN }] });
    const input = await writeFixture(wb, "broken.xlsx", dir);
    const before = hash(input);
    const out = path.join(dir, "fixed.xlsx");
    const r = rota(["fix", input, "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2026年度![A-Z]+2 {2}研修医 一郎 {2}整形外科 → 小児科 {2}解消 ped-4w: 小児科 0週 \(必要 4週以上\)/);
    expect(r.stdout).toContain("1 セルの変更でエラーがすべて消えます");
    expect(hash(input)).toBe(before);
    expect(rota(["validate", out]).status).toBe(0);

    const json = JSON.parse(rota(["fix", input, "--out", out, "--format", "json"]).stdout);
    expect(json.changes).toEqual([expect.objectContaining({ trainee: "研修医 一郎", before: "整形外科", after: "小児科", resolves: expect.objectContaining({ rule: "ped-4w" }) })]);
  });

  it("exits 1 when the errors cannot all be cleared, writing the copy with what could be fixed", async () => {
    const wb = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", rotations: [["休止", 5], ["内科", 21]] }] });
    const input = await writeFixture(wb, "leave.xlsx", dir);
    const out = path.join(dir, "leave-fixed.xlsx");
    const r = rota(["fix", input, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("leave-90d");
    const v = JSON.parse(rota(["validate", out, "--format", "json"]).stdout);
    expect(v.findings.filter((f: { severity: string }) => f.severity === "error").map((f: { rule: string }) => f.rule)).toEqual(["leave-90d"]);
  });

  it("writes nothing when nothing could be changed", async () => {
    const wb = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", rotations: [["休止", 4], ...CLEAN_PLAN.filter(([t]) => t !== "整形外科").map(([t, n]): FixtureRotation => [t, t === "内科（血液）" ? 3 : n])] }] });
    const input = await writeFixture(wb, "leave-only.xlsx", dir);
    const out = path.join(dir, "leave-only-fixed.xlsx");
    const r = rota(["fix", input, "--out", out, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, out: null, changes: [] });
    expect(existsSync(out)).toBe(false);
  });
});

describe("rota plan --rules", () => {
  it("plans to the profile's numbers and fields (CONTRACT §7) and refuses a bad profile with exit 2", async () => {
    const wb = cohortWorkbook({ header: "blocks", trainees: [{ name: "研修医 一郎", rotations: [["", 26]] }] });
    const input = await writeFixture(wb, "profiled.xlsx", dir);
    const profile = path.join(dir, "profile.json");
    writeFileSync(profile, JSON.stringify({ rules: { "surg-4w": { min: 12 } }, fields: [{ field: "麻酔科", min_weeks: 4 }] }));
    const out = path.join(dir, "profiled-planned.xlsx");
    const r = rota(["plan", input, "--out", out, "--rules", profile, "--format", "json"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    const after = json.changes.map((c: { after: string }) => c.after);
    expect(after.filter((t: string) => t === "外科").length).toBeGreaterThanOrEqual(3);
    expect(after).toContain("麻酔科");
    const v = rota(["validate", out, "--rules", profile, "--format", "json"]);
    expect(JSON.parse(v.stdout).summary.errors).toBe(0);

    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ rules: { "surg-4w": { min: 2 } } }));
    const refused = rota(["plan", input, "--out", path.join(dir, "bad-out.xlsx"), "--rules", bad]);
    expect(refused.status).toBe(2);
    oneLine(refused.stderr);
  });
});
