/**
 * The in-memory workbook and its harness are test doubles: `npm run build` must not contain them
 * (they were reachable in production through `taskpane.html?memory`). The built files themselves
 * are checked by the browser test ("holds nothing of the tests' in-memory workbook").
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Configuration } from "webpack";

const ROOT = path.join(__dirname, "..", "..");

type Factory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;
// webpack.config.js is the build's own JavaScript.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require(path.join(ROOT, "webpack.config.js")) as Factory;

const htmlFiles = (config: Configuration): string[] =>
  (config.plugins ?? []).flatMap((p) => {
    const options = (p as { userOptions?: { filename?: unknown } } | null)?.userOptions;
    return typeof options?.filename === "string" ? [options.filename] : [];
  });

describe("the production build", () => {
  it("has the add-in's three entries and one page, and no harness", async () => {
    const config = await factory({ localhost: true }, { mode: "production" });
    expect(Object.keys(config.entry as Record<string, string>).sort()).toEqual(["commands", "functions", "taskpane"]);
    expect(htmlFiles(config)).toEqual(["taskpane.html"]);
  });

  it("gets the harness page only when the tests ask for it", async () => {
    const config = await factory({ localhost: true, harness: true }, { mode: "production" });
    expect(Object.keys(config.entry as Record<string, string>)).toContain("harness");
    expect(htmlFiles(config)).toEqual(["taskpane.html", "harness.html"]);
  });

  it("builds from sources that import nothing under test/", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && /from\s+["'](\.\.\/)+test\/|import\(["'][^"']*\/test\//.test(fs.readFileSync(full, "utf8")))
          offenders.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, "src"));
    expect(offenders).toEqual([]);
    expect(fs.existsSync(path.join(ROOT, "src", "taskpane", "workbook", "memory.ts"))).toBe(false);
  });
});
