import type { Grid } from "../model/plan";
import { TWO_YEAR_MESSAGES as M } from "../messages/two-year";
import type { RuleDefinition, RuleHit } from "./rule";

/**
 * `header-reading` (issue 8): a header of bare numbers that could be read two ways (`1 … 104` as
 * weeks or as 104 four-week blocks, `1 … 24` as months or blocks, `4 … 3` as month numbers) was read
 * the way under which each year covers 52 weeks and the plan 104. Said once per grid, never silently.
 */
export const HEADER_READING_RULE: RuleDefinition<Grid, Readonly<Record<string, number>>> = {
  id: "header-reading",
  severity: "info",
  group: "reader",
  source: "issue 8: an ambiguous header is read so that each year covers 52 weeks and the plan 104, and the reading is said",
  description: { ja: "読み方が複数ありうる見出し (1…104 など) をどう読んだか", en: "How a header that reads two ways (1…104 and the like) was read" },
  params: {},
  paramSpecs: {},
  check(grid) {
    const hits: RuleHit[] = [];
    for (const header of grid.headers ?? []) {
      if (!header.reading) continue;
      const first = header.columns[0];
      const last = header.columns.at(-1);
      const cells = first && last ? [first.cell, last.cell] : [];
      const total = header.columns.reduce((sum, c) => sum + c.weeks, 0);
      hits.push({ cells, message: M.headerReading(header.reading.looked, header.reading.unit, header.reading.weeks, total) });
    }
    return hits;
  },
};
