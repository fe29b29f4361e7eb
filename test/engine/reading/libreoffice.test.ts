/**
 * Issue 8 proof: the published schedules as LibreOffice Calc saved them (test/fixtures/libreoffice)
 * read back exactly as the exceljs-written ones do.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { loadWorkbook } from "../../../src/adapters/xlsx";
import { validateWorkbook } from "../../../src/engine";
import { only } from "../helpers";
import { REAL_SCHEDULES } from "./real-schedules";

const DIR = path.resolve(__dirname, "..", "..", "fixtures", "libreoffice");

async function read(name: string) {
  const bytes = readFileSync(path.join(DIR, name));
  const app = strFromU8(unzipSync(new Uint8Array(bytes), { filter: (f) => f.name === "docProps/app.xml" })["docProps/app.xml"]!);
  return { app, report: validateWorkbook((await loadWorkbook(bytes, name)).sheets) };
}

describe.each(REAL_SCHEDULES.map((s) => [s.id, s] as const))("%s as LibreOffice saved it", (id, schedule) => {
  it("was saved by LibreOffice, and reads the same residents, weeks and findings", async () => {
    const { app, report } = await read(`${id}.xlsx`);
    expect(app).toMatch(/LibreOffice/);
    expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(schedule.residents.map((r) => r.name));
    report.grids[0]!.trainees.forEach((t, i) => expect(t.weeks).toEqual(schedule.residents[i]!.weeks));
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const rule of schedule.must) expect([rule, rules.has(rule)]).toEqual([rule, true]);
    for (const rule of schedule.mustNot) expect([rule, rules.has(rule)]).toEqual([rule, false]);
  });
});

it("reads one row per year with a legend, as LibreOffice saved it", async () => {
  const { app, report } = await read("year-rows-legend.xlsx");
  expect(app).toMatch(/LibreOffice/);
  expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(["研修 一郎"]);
  expect(report.grids[0]!.trainees[0]!.weeks).toEqual({ 内科: 24, 救急: 12, 外科: 8, 小児科: 8, 選択: 52 });
  expect(only(report, "unknown-rotation")).toEqual([]);
  expect(only(report, "total-104w")).toEqual([]);
});
