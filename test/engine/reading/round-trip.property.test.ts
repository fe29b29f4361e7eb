/**
 * Issue 8 proof, as a property: any plan, rendered in any supported layout (4-week blocks, クール,
 * block numbers per year, weeks over both years or per year, 2-week columns, months, month numbers,
 * ordinal months, `4/1` dates, one row per year), with any continuation (merged, repeated, ditto)
 * and with or without the sheet's own abbreviations and their legend, reads back with the same
 * weeks per field.
 */
import fc from "fast-check";
import { parseCell, validateWorkbook } from "../../../src/engine";
import { readBack } from "../helpers";
import { LAYOUTS, render, type Columns, type ReadLayout } from "./render";

const TEXTS = ["内科（消化器）", "循環器内科", "消化器内科", "救急", "救急科", "外科", "小児科", "産婦人科", "精神科", "地域医療", "麻酔科", "整形外科", "選択", "休止", "総合診療科", "内科（血液・腫瘍）", "神内", "皮膚科"] as const;
const LEGEND = { GI: "消化器内科", CV: "循環器内科", 救: "救急科", 小: "小児科" } as const;
const ALL = Object.keys(LAYOUTS) as ReadLayout[];
const MONTH = 52 / 12;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A plan as rotations of whole units (4-week blocks, or months), filling two years exactly. */
const plan = (units: number) =>
  fc
    .array(fc.tuple(fc.constantFrom(...TEXTS), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 14 })
    .map((rotations) => {
      const out: Array<[string, number]> = [];
      let left = units;
      for (const [text, n] of rotations) {
        if (left === 0) break;
        const take = Math.min(n, left);
        out.push([text, take]);
        left -= take;
      }
      if (left > 0) out.push(["選択", left]);
      return out;
    });

const monthly = (layout: ReadLayout) => Math.abs(LAYOUTS[layout].columnWeeks - MONTH) < 1e-9;

/** The weeks per field the plan has, as CONTRACT §3's JSON lists them. */
function expected(rotations: ReadonlyArray<[string, number]>, unitWeeks: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [text, n] of rotations) {
    const parsed = parseCell(text);
    if (parsed.kind !== "rotation") continue;
    out[parsed.field!] = (out[parsed.field!] ?? 0) + n * unitWeeks;
  }
  for (const k of Object.keys(out)) out[k] = round2(out[k]!);
  return out;
}

describe("reading back what was rendered", () => {
  it("gives the same weeks per field in every layout, continuation and vocabulary", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ALL).chain((layout) =>
          fc.record({
            layout: fc.constant(layout),
            rotations: plan(monthly(layout) ? 24 : 26),
            continuation: fc.constantFrom("merge" as const, "repeat" as const, "ditto" as const),
            legend: fc.boolean(),
            residents: fc.integer({ min: 1, max: 3 }),
          }),
        ),
        async ({ layout, rotations, continuation, legend, residents }) => {
          const spec = LAYOUTS[layout];
          const unitWeeks = monthly(layout) ? MONTH : 4;
          const perUnit = monthly(layout) ? 1 : 4 / spec.columnWeeks;
          const columns: Columns[] = rotations.map(([t, n]) => [t, n * perUnit]);
          const trainees = Array.from({ length: residents }, (_, i) => ({ name: `研修医 ${i + 1}`, rotations: columns }));
          const { workbook } = render(layout, trainees, { continuation, ...(legend ? { legend: LEGEND } : {}) });
          const report = validateWorkbook(await readBack(workbook));
          expect(report.grids).toHaveLength(1);
          expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(trainees.map((t) => t.name));
          const want = expected(rotations, unitWeeks);
          for (const t of report.grids[0]!.trainees) expect(t.weeks).toEqual(want);
          expect(report.findings.filter((f) => f.rule === "unknown-rotation" || f.rule === "total-104w")).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.ROTA_PROPERTY_RUNS ?? 60) },
    );
  }, 120_000);
});
