/**
 * Properties that hold for any input (fast-check): where the engine has an invariant, it is tested
 * on thousands of generated cases, not on the few a person thought of.
 */
import fc from "fast-check";
import {
  allocateQuota,
  COURSE_TEMPLATES,
  fieldLabel,
  findGrids,
  fitBlocks,
  parseCell,
  renderCourseTemplate,
  templateTextOneLine,
  weeksByField,
  type CourseId,
} from "../../src/engine";
import { BASIC_FIELDS } from "../../src/engine/quota";

describe("allocateQuota", () => {
  const table = fc.uniqueArray(fc.constantFrom(...BASIC_FIELDS), { minLength: 1, maxLength: BASIC_FIELDS.length }).chain((fields) =>
    fc.tuple(
      fc.constant(fields),
      fc.array(fc.option(fc.nat({ max: 200 }), { nil: null, freq: 5 }), { minLength: fields.length, maxLength: fields.length }),
      fc.nat({ max: 3 }),
      fc.nat({ max: 120 }),
    ),
  );

  it("gives every field taking part its minimum, no place to a field not taking part, and shares out exactly the total", () => {
    fc.assert(
      fc.property(table, ([fields, counts, min, total]) => {
        const rows = fields.map((field, i) => ({ field, applicants: counts[i] ?? null }));
        const outcome = allocateQuota(rows, { total, min });
        const taking = rows.filter((r) => r.applicants !== null);
        if (total < min * taking.length) {
          expect(outcome.ok).toBe(false);
          return;
        }
        if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message_en).join("; "));
        outcome.allocations.forEach((a, i) => {
          if (rows[i]!.applicants === null) expect(a.places).toBe(0);
          else expect(a.places).toBeGreaterThanOrEqual(min);
        });
        const placed = outcome.allocations.reduce((s, a) => s + a.places, 0);
        const applicants = taking.reduce((s, r) => s + (r.applicants ?? 0), 0);
        if (applicants > 0) expect(placed).toBe(total);
        else expect(placed).toBe(min * taking.length);
        // More applicants never means fewer places.
        for (const a of outcome.allocations)
          for (const b of outcome.allocations)
            if (a.applicants !== null && b.applicants !== null && a.applicants > b.applicants) expect(a.places).toBeGreaterThanOrEqual(b.places);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("fitBlocks", () => {
  const rotations = fc.array(fc.record({ text: fc.string({ maxLength: 3 }), weeks: fc.integer({ min: 0, max: 52 }) }), { maxLength: 15 });

  it("gives every block one rotation, in the rotations' order, at least one block each while there is room", () => {
    fc.assert(
      fc.property(rotations, fc.integer({ min: 0, max: 30 }), (rs, blocks) => {
        const { assignment, dropped } = fitBlocks(rs, blocks);
        expect(assignment).toHaveLength(blocks);
        if (rs.length === 0) return;
        for (let i = 1; i < assignment.length; i++) expect(assignment[i]!).toBeGreaterThanOrEqual(assignment[i - 1]!);
        const used = new Set(assignment);
        expect(dropped).toEqual(rs.map((_r, i) => i).filter((i) => !used.has(i)));
        if (blocks >= rs.length) expect(dropped).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseCell", () => {
  it("never throws, whatever the string, and says what kind of cell it is", () => {
    const kinds = new Set(["empty", "rotation", "leave", "ditto", "unknown"]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary", maxLength: 60 }), fc.constantFrom("〃", "同上", "→", "内科（血液・消化器）", "産休", "―")), (text) => {
        const parsed = parseCell(text);
        expect(typeof parsed.kind).toBe("string");
        if (!kinds.has(parsed.kind)) expect(parsed.kind).toBe("(a kind the test knows)");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("a rendered course template", () => {
  it("reads back exactly: its course, its name and its weeks, whatever the name and start", () => {
    const name = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== "" && !/[\n\r]/.test(s) && parseCell(s).kind === "unknown");
    fc.assert(
      fc.property(fc.constantFrom<CourseId>("A", "B", "C"), name, fc.integer({ min: 2000, max: 2099 }), (course, trainee, year) => {
        const sheet = renderCourseTemplate(course, { name: trainee, start: new Date(Date.UTC(year, 3, 1)) }).sheet;
        const plan = findGrids(sheet)[0]!.plans[0]!;
        expect(plan.course).toBe(course);
        expect(plan.trainee).toBe(trainee.trim());
        const expected: Record<string, number> = {};
        for (const y of COURSE_TEMPLATES[course].years)
          for (const r of y.rotations) {
            const field = parseCell(r.text).field!;
            expected[field] = (expected[field] ?? 0) + r.weeks;
          }
        expect(weeksByField(plan)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it("reads the same on one line (a cohort row, =ROTA.TEMPLATE) as on its lines", () => {
    for (const t of Object.values(COURSE_TEMPLATES))
      for (const y of t.years) for (const r of y.rotations) expect(fieldLabel(parseCell(templateTextOneLine(r.text)))).toBe(fieldLabel(parseCell(r.text)));
  });
});
