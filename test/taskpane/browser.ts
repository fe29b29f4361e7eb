/**
 * What the browser tests of the task pane need: the production build (built once when missing or
 * older than its sources), a static server for it on 127.0.0.1, and Debian's Chromium through
 * playwright-core with a page that may reach this server only. office.js is answered with a
 * stub (the page is outside Office, and CustomFunctions must exist for the functions bundle);
 * every other request that leaves the machine is aborted and recorded, and the tests fail on any.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import webpack from "webpack";

export const ROOT = path.join(__dirname, "..", "..");
/**
 * The tests' build: the production build plus the harness page (`--env harness`), in a folder of
 * its own so that the add-in's dist/addin never holds the harness.
 */
export const DIST = path.join(ROOT, "test", ".out", "addin");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The flags TOOLCHAIN.md gives for Chromium as root in CI (headless comes from playwright). */
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"];

/** Sources whose change makes dist/addin stale. */
const SOURCES = ["src/engine", "src/taskpane", "src/functions", "src/addin", "src/commands", "test/taskpane/memory", "webpack.config.js", "package.json"];

function newest(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

/** Builds the tests' production build (with the harness) when it is missing or older than a source. */
export async function ensureBuild(): Promise<void> {
  const page = path.join(DIST, "harness.html");
  const built = fs.existsSync(page) ? fs.statSync(page).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))));
  if (built > sources) return;
  // webpack.config.js is the build's own JavaScript.
   
  const factory = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;
  // The files of a production build (its manifest's URL does not matter to a page served here),
  // with the tests' harness page, into a folder of their own.
  const config = await factory({ transpileOnly: true, localhost: true, harness: true, output: DIST }, { mode: "production" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result))));
  if (stats.hasErrors()) throw new Error(stats.compilation.errors.map((e) => e.message).join("\n"));
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

export interface Server {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 (a free port). */
export async function serve(dir: string): Promise<Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  /** Requests that tried to leave the machine (other than office.js), all aborted. */
  readonly blocked: string[];
  /** Requests for office.js, answered by the stub. */
  readonly officeJs: string[];
  /** Console errors and uncaught exceptions on any page. */
  readonly errors: string[];
  close(): Promise<void>;
}

const LOCAL = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Chromium with a fresh profile; every non-local request aborted. office.js is a stub (`"stub"`,
 * as outside Office), or refused (`"blocked"`, as where a network blocks Microsoft's CDN).
 */
export async function launch(options: { officeJs?: "stub" | "blocked" } = {}): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "rota-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1100, height: 900 },
    locale: "ja-JP",
    // Fluent UI animates dialogs unless motion is reduced: screenshots should not catch them halfway.
    reducedMotion: "reduce",
  });
  const blocked: string[] = [];
  const officeJs: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    const host = new URL(url).hostname;
    if (url === OFFICE_JS && options.officeJs === "blocked") {
      officeJs.push(url);
      await route.abort("blockedbyclient");
    } else if (url === OFFICE_JS) {
      officeJs.push(url);
      // Outside Office: no Office object; CustomFunctions so that the functions bundle loads.
      await route.fulfill({ status: 200, contentType: "text/javascript", body: "window.CustomFunctions = { associate: function () {} };" });
    } else if (url.startsWith("data:") || LOCAL.has(host)) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  context.on("page", (page) => watch(page, errors));
  return {
    context,
    blocked,
    officeJs,
    errors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

function watch(page: Page, errors: string[]): void {
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
}
