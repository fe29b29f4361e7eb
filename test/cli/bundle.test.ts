/**
 * The single-file `rota` (npm run build:bundle → dist/rota/rota.js): copied alone to a folder with
 * no node_modules, it runs every command a coordinator needs, as the compiled CLI does.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "./run-cli";

jest.setTimeout(300_000);

const BUNDLE_DIR = path.join(ROOT, "dist", "rota");
const SOURCES = ["src/cli", "src/engine", "src/adapters", "package.json"];

function newest(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

let dir: string;

beforeAll(() => {
  const bundle = path.join(BUNDLE_DIR, "rota.js");
  const built = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
  if (built < Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))))) {
    const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
    const r = spawnSync(process.execPath, [webpack, "--config", path.join("src", "cli", "bundle.config.js")], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`the bundle did not build:\n${r.stdout}${r.stderr}`);
  }
  // Alone, far from the project and its node_modules.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rota-bundle-"));
  for (const f of fs.readdirSync(BUNDLE_DIR)) fs.copyFileSync(path.join(BUNDLE_DIR, f), path.join(dir, f));
  fs.copyFileSync(path.join(ROOT, "examples", "2026年度ローテ.xlsx"), path.join(dir, "plans.xlsx"));
}, 300_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[]) => spawnSync(process.execPath, [path.join(dir, "rota.js"), ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_PATH: "" } });

describe("the single-file rota", () => {
  it("is one script (and HiGHS's WebAssembly for plan/fix), with no node_modules beside it", () => {
    expect(fs.readdirSync(dir).filter((f) => !f.endsWith(".txt")).sort()).toEqual(["highs.wasm", "plans.xlsx", "rota.js"]);
    expect(fs.readFileSync(path.join(dir, "rota.js"), "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });

  it("knows its version and speaks both languages in help", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"]).stdout.trim()).toBe(pkg.version);
    expect(run(["--help"]).stdout).toContain("使い方 / Usage: rota");
  });

  it("checks the bundled example as the compiled CLI does, and writes an annotated copy", () => {
    const r = run(["validate", "plans.xlsx", "--format", "json", "--annotate", "out.xlsx"]);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { grids: unknown[]; summary: { errors: number } };
    expect(json.grids).toHaveLength(4);
    expect(json.summary.errors).toBeGreaterThan(0);
    expect(fs.statSync(path.join(dir, "out.xlsx")).size).toBeGreaterThan(1000);
  });

  it("writes a template and gives usage errors in Rota's form", () => {
    expect(run(["template", "B", "--out", "b.xlsx"]).status).toBe(0);
    const bad = run(["validate", "plans.xlsx", "--format", "xml"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^rota: 使い方の誤り: /);
  });
});
