import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { cohortXlsx } from "../bench/big-workbooks";
import { tempDir } from "../fixtures";
import { spawnSync } from "node:child_process";
import { buildCli, ROOT, rota, type CliResult } from "./run-cli";
import { byFieldOrder } from "../../src/engine/vocabulary/fields";
import RECORDED from "./golden/validate-output.json";

/**
 * `rota validate`'s output as it was before the reader and the output path were made faster (issue
 * 13): JSON and text, one workbook and several, Japanese and English, with `--explain` and
 * `--show info`, on the bundled examples, the LibreOffice-saved fixtures and the bench's cohort
 * (merged and repeated). The recorded digests were taken from commit 81cc515 (before the speed
 * work); a difference writes the output to test/.out/golden/ to compare.
 *
 * Text byte for byte. JSON as its value: since then it is laid out with one finding (and one
 * resident) a line (src/cli/json-layout.ts), and each resident's `weeks` lists its fields in the
 * vocabulary's one order rather than the order the plan met them in; so its digest is taken of the
 * value with every `weeks` put in that order and written as `JSON.stringify(value, null, 2)`.
 * Every other key, value and order is compared as it was.
 *
 * The JSON digests were recorded by running 81cc515's CLI through this same comparison:
 * ROTA_GOLDEN=write ROTA_GOLDEN_MAIN=<81cc515 checkout>/dist/src/cli/main.js.
 *
 * Regenerate (only for an intended change of output, said in the commit): ROTA_GOLDEN=write.
 */

jest.setTimeout(180_000);

interface Recorded {
  readonly status: number | null;
  readonly bytes: number;
  readonly sha256: string;
}

const BOOKS = [
  "examples/2026年度ローテ.xlsx",
  "examples/2027年度_計画作成.xlsx",
  "examples/2027年度_計画作成.planned.xlsx",
  "examples/臨床研究医コース_計画例.xlsx",
  ...fs
    .readdirSync(path.join(ROOT, "test", "fixtures", "libreoffice"))
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => `test/fixtures/libreoffice/${f}`),
];

const dir = tempDir("rota-golden-");

/** Each case: the arguments, and where to run (the bench's cohorts are written to a temporary folder and named relatively). */
const CASES: Readonly<Record<string, { readonly args: readonly string[]; readonly inTemp?: true }>> = {
  "several, json": { args: ["validate", ...BOOKS, "--format", "json"] },
  "several, text": { args: ["validate", ...BOOKS] },
  "several, text en explain info": { args: ["validate", ...BOOKS, "--lang", "en", "--explain", "--show", "info"] },
  "example, json": { args: ["validate", "examples/2026年度ローテ.xlsx", "--format", "json"] },
  "example, json explain": { args: ["validate", "examples/2026年度ローテ.xlsx", "--format", "json", "--explain"] },
  "clinician-scientist, json": { args: ["validate", "examples/臨床研究医コース_計画例.xlsx", "--format", "json"] },
  "cohort merged, json": { args: ["validate", "cohort-merged.xlsx", "--format", "json"], inTemp: true },
  "cohort repeated, json": { args: ["validate", "cohort-repeated.xlsx", "--format", "json"], inTemp: true },
  "cohort merged, text": { args: ["validate", "cohort-merged.xlsx"], inTemp: true },
  "cohort repeated, text en": { args: ["validate", "cohort-repeated.xlsx", "--lang", "en", "--min-severity", "warning"], inTemp: true },
};

beforeAll(() => {
  buildCli();
  fs.writeFileSync(path.join(dir, "cohort-merged.xlsx"), cohortXlsx(40, true));
  fs.writeFileSync(path.join(dir, "cohort-repeated.xlsx"), cohortXlsx(40, false));
});

/** The value with each resident's `weeks` in the vocabulary's order (stable: a field it lacks after, as met). */
function weeksInOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(weeksInOrder);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if (key !== "weeks" || v === null || typeof v !== "object" || Array.isArray(v)) return [key, weeksInOrder(v)];
      const ordered = Object.entries(v).sort(([a], [b]) => byFieldOrder(a, b));
      return [key, Object.fromEntries(ordered)];
    }),
  );
}

/** `rota …args`, or another build's CLI when recording from it (ROTA_GOLDEN_MAIN). */
function run(args: readonly string[], cwd: string): CliResult {
  const main = process.env["ROTA_GOLDEN_MAIN"];
  if (!main) return rota(args, cwd);
  const r = spawnSync(process.execPath, [main, ...args], { cwd, encoding: "utf8", env: { ...process.env, ROTA_DEBUG: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("rota validate's output is unchanged", () => {
  const recorded = RECORDED as Readonly<Record<string, Recorded>>;
  const written: Record<string, Recorded> = {};

  afterAll(() => {
    if (process.env["ROTA_GOLDEN"] === "write") fs.writeFileSync(path.join(__dirname, "golden", "validate-output.json"), `${JSON.stringify(written, null, 2)}\n`);
  });

  it.each(Object.keys(CASES))("%s", (name) => {
    const c = CASES[name]!;
    const result = run(c.args, c.inTemp ? dir : ROOT);
    const json = c.args.includes("json");
    const compared = json ? `${JSON.stringify(weeksInOrder(JSON.parse(result.stdout)), null, 2)}\n` : result.stdout;
    const out: Recorded = { status: result.status, bytes: Buffer.byteLength(compared), sha256: createHash("sha256").update(compared).digest("hex") };
    written[name] = out;
    if (process.env["ROTA_GOLDEN"] === "write") return;
    if (out.sha256 !== recorded[name]?.sha256) {
      const outDir = path.join(ROOT, "test", ".out", "golden");
      fs.mkdirSync(outDir, { recursive: true });
      fs.writeFileSync(path.join(outDir, `${name.replace(/[^\w]+/g, "-")}.out`), result.stdout);
    }
    expect(result.stderr).toBe("");
    expect(out).toEqual(recorded[name]);
  });
});
