/**
 * The production build, run through webpack's API into a temporary folder: what it writes, that the
 * built manifest's every URL is an https URL of the deployment that points at a file of the build,
 * that functions.json is there with every function, that the bundles are hashed, minified and
 * small, and that webpack cleans only its own folder.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import webpack from "webpack";
import { at, descendants, parseXml } from "./xml";

const ROOT = path.join(__dirname, "..", "..");
const DEPLOYED = "https://rota.example.org/addin/";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;

let parent: string;
let out: string;
let files: string[];
let stats: webpack.Stats;

beforeAll(async () => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), "rota-build-"));
  out = path.join(parent, "addin");
  fs.mkdirSync(path.join(parent, "src"), { recursive: true });
  fs.writeFileSync(path.join(parent, "src", "cli.js"), "// the CLI's tsc output lives beside the add-in\n");
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, "stale.js"), "// from an earlier build\n");

  const saved = process.env.ROTA_ADDIN_URL;
  process.env.ROTA_ADDIN_URL = DEPLOYED;
  try {
    // webpack.config.js is the build's own JavaScript.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
    const config = await factory({ transpileOnly: true, output: out }, { mode: "production" });
    stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result)))
    );
  } finally {
    if (saved === undefined) delete process.env.ROTA_ADDIN_URL;
    else process.env.ROTA_ADDIN_URL = saved;
  }
  files = fs.readdirSync(out, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"));
}, 180_000);

afterAll(() => {
  if (parent) fs.rmSync(parent, { recursive: true, force: true });
});

const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");
const script = (name: string) => {
  const file = files.find((f) => new RegExp(`^${name}\\.[0-9a-f]{8}\\.js$`).test(f));
  if (!file) throw new Error(`no hashed ${name} bundle in ${files.join(", ")}`);
  return file;
};

describe("npm run build", () => {
  it("compiles without errors", () => {
    expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
  });

  it("writes hashed, minified bundles for the functions, the task pane and the commands", () => {
    for (const name of ["functions", "taskpane", "commands"]) {
      const code = read(script(name));
      expect(code.split("\n").length).toBeLessThan(5);
    }
    expect(files).not.toContain("functions.js");
  });

  it("keeps the functions bundle under 200 KB minified and 70 KB gzipped", () => {
    // The whole engine is in it (rules, vocabulary, profiles, the clinician-scientist course): 155 KB
    // minified, 52 KB gzipped in November 2026. It loads once per workbook, from the add-in's host.
    const bytes = fs.readFileSync(path.join(out, script("functions")));
    expect(bytes.length).toBeLessThan(200 * 1024);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThan(70 * 1024);
    expect(gzipSync(bytes).length).toBeLessThan(bytes.length);
  });

  it("lets the metadata plugin add the CustomFunctions.associate calls", () => {
    const code = read(script("functions"));
    for (const id of ["VALIDATE", "WEEKS", "TEMPLATE", "QUOTA", "FIELD"]) expect(code).toContain(`CustomFunctions.associate("${id}",`);
  });

  it("writes the functions.json the JSDoc describes: every function, parameter and dimensionality", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const plugin = require(path.join(ROOT, "src", "addin", "build", "plugin.js")) as {
      finishMetadata(metadata: unknown, baseUrl: string): unknown;
    };
    const generated = await generateCustomFunctionsMetadata(path.join(ROOT, "src", "functions", "functions.ts"));
    expect(JSON.parse(read("functions.json"))).toEqual(plugin.finishMetadata(JSON.parse(generated.metadataJson), DEPLOYED));
  });

  it("writes functions.json with every function, and functions.en.json", () => {
    const ja = JSON.parse(read("functions.json")) as { functions: Array<{ id: string; helpUrl?: string }> };
    const en = JSON.parse(read("functions.en.json")) as { functions: Array<{ id: string; description: string }> };
    expect(ja.functions.map((f) => f.id)).toEqual(["VALIDATE", "WEEKS", "TEMPLATE", "QUOTA", "FIELD"]);
    expect(en.functions.map((f) => f.id)).toEqual(ja.functions.map((f) => f.id));
    for (const f of ja.functions) expect(f.helpUrl?.startsWith(DEPLOYED)).toBe(true);
  });

  it("writes a manifest whose every URL is the deployment's and points at a file of the build", async () => {
    const manifest = await parseXml(read("manifest.xml"));
    const urls = descendants(manifest).flatMap((e) =>
      ["DefaultValue", "Value"].map((k) => e.attrs[k]).filter((v): v is string => v !== undefined && /^[a-z]+:\/\//i.test(v))
    );
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) {
      expect(url.startsWith(DEPLOYED)).toBe(true);
      const file = url.slice(DEPLOYED.length).replace(/#.*$/, "");
      expect(files).toContain(file);
    }
    const script = descendants(manifest).find((e) => e.attrs.id === "Functions.Script.Url")!;
    expect(script.attrs.DefaultValue).toMatch(/functions\.[0-9a-f]{8}\.js$/);
    expect(at(manifest, ["Version"])!.text).toBe((JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version);
  });

  it("makes taskpane.html the shared runtime: office.js from Microsoft's CDN, then the three bundles, under a strict CSP", () => {
    const html = read("taskpane.html");
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/;");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|\*/);
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      script("functions"),
      script("commands"),
      script("taskpane"),
    ]);
  });

  it("cleans its own folder only", () => {
    expect(files).not.toContain("stale.js");
    expect(fs.existsSync(path.join(parent, "src", "cli.js"))).toBe(true);
  });
});
