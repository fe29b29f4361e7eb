/**
 * What `rota validate` loads before it reads a byte: its own streaming reader, not exceljs (about
 * 120 ms to load, needed only to write) nor SheetJS (about 110 ms, needed only for .xls/.ods).
 * Speed itself is measured by `npm run bench`; this keeps the two libraries off the start-up path.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildCli, COMPILED, MAIN } from "./run-cli";

beforeAll(() => buildCli(), 180_000);

/** The files a run of the CLI (the one file `bin` names, unless said) required. */
function filesLoaded(args: readonly string[], main = MAIN): string[] {
  const hook = path.join(os.tmpdir(), `rota-startup-hook-${process.pid}.js`);
  writeFileSync(hook, "process.on('exit', () => { process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache))); });\n");
  const run = spawnSync(process.execPath, ["--require", hook, main, ...args], { encoding: "utf8" });
  const line = run.stderr.split("\n").find((l) => l.startsWith("LOADED "));
  if (!line) throw new Error(`no module list: ${run.stderr}`);
  return JSON.parse(line.slice("LOADED ".length)) as string[];
}

/** The packages a run of the CLI required, by their package names. */
function packagesLoaded(args: readonly string[]): string[] {
  return [...new Set(filesLoaded(args).map((f) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1]).filter((p): p is string => !!p))];
}

describe("rota's start-up", () => {
  it("does not load exceljs or SheetJS to print its version", () => {
    const loaded = packagesLoaded(["--version"]);
    expect(loaded).not.toContain("exceljs");
    expect(loaded).not.toContain("@e965/xlsx");
  });

  it("checks an .xlsx without loading exceljs or SheetJS", () => {
    const example = path.join(__dirname, "..", "..", "examples", "2026年度ローテ.xlsx");
    const loaded = packagesLoaded(["validate", example, "--format", "json"]);
    // The zip is read with node's zlib; fflate only for a zip that is not plain (zip64 …).
    expect(loaded).not.toContain("fflate");
    expect(loaded).not.toContain("exceljs");
    expect(loaded).not.toContain("@e965/xlsx");
    // Rota's scanner reads the parts (saxes only when it leaves one to it); no text file to decode.
    expect(loaded).not.toContain("saxes");
    expect(loaded).not.toContain("encoding-japanese");
  }, 60_000);

  it("is one file of Rota's own code: none of the compiled files it was joined from is required", () => {
    const example = path.join(__dirname, "..", "..", "examples", "2026年度ローテ.xlsx");
    const root = path.join(__dirname, "..", "..");
    const ours = filesLoaded(["validate", example, "--format", "json"]).filter((f) => f.startsWith(root) && !/node_modules/.test(f));
    expect(ours.map((f) => path.relative(root, f).replace(/\\/g, "/"))).toEqual(["dist/bin/rota.js"]);
  }, 60_000);

  it("loads only the command it runs (the compiled files, where each module is a file)", () => {
    const example = path.join(__dirname, "..", "..", "examples", "2026年度ローテ.xlsx");
    const ours = filesLoaded(["validate", example, "--format", "json"], COMPILED).map((f) => f.replace(/\\/g, "/")).filter((f) => f.includes("/dist/src/"));
    expect(ours.filter((f) => /\/cli\/commands\//.test(f)).map((f) => path.basename(f))).toEqual(["validate.js"]);
    expect(ours.filter((f) => /\/adapters\/solver\//.test(f))).toEqual([]);
  }, 60_000);
});
