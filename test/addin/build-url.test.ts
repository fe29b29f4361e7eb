/**
 * Which URL a build writes into the manifest and the functions' help links: a production build
 * refuses to ship one that only works on the developer's machine unless asked for a local build,
 * and the development server's port comes from package.json as in the Office templates.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type webpack from "webpack";

// The build's own JavaScript, as webpack.config.js uses it.
const plugin = require("../../src/addin/build/plugin") as {
  deploymentUrl: (raw: string | undefined, options?: { allowLocalhost?: boolean; port?: number }) => string;
  devServerPort: (packageJson: string) => number;
  isLocalHost: (hostname: string) => boolean;
};

const ROOT = path.join(__dirname, "..", "..");
type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;
const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { config: { dev_server_port: number } };

/** The URL the build's plugin writes, from a webpack configuration. */
const baseUrlOf = (config: webpack.Configuration): string =>
  (config.plugins!.find((p) => p?.constructor.name === "RotaAddinPlugin") as unknown as { options: { baseUrl: string } }).options.baseUrl;

async function withUrl<T>(url: string | undefined, fn: () => Promise<T>): Promise<T> {
  const saved = process.env["ROTA_ADDIN_URL"];
  if (url === undefined) delete process.env["ROTA_ADDIN_URL"];
  else process.env["ROTA_ADDIN_URL"] = url;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env["ROTA_ADDIN_URL"];
    else process.env["ROTA_ADDIN_URL"] = saved;
  }
}

describe("a production build's URL", () => {
  it("is ROTA_ADDIN_URL, https, ending in a slash", async () => {
    const config = await withUrl("https://addins.example-hospital.jp/rota", () => factory({}, { mode: "production" }));
    expect(baseUrlOf(config)).toBe("https://addins.example-hospital.jp/rota/");
  });

  it("is refused when ROTA_ADDIN_URL is not set, saying what to do", async () => {
    await expect(withUrl(undefined, () => factory({}, { mode: "production" }))).rejects.toThrow(/ROTA_ADDIN_URL is not set.*npm run build:local/);
  });

  it("is refused when it names this machine", () => {
    for (const url of ["https://localhost:3000/", "https://127.0.0.1/rota/", "https://[::1]:8443/", "https://addin.localhost/"]) {
      expect(() => plugin.deploymentUrl(url)).toThrow(/names this machine/);
    }
    expect(() => plugin.deploymentUrl("http://rota.example.org/")).toThrow(/https/);
    expect(() => plugin.deploymentUrl("rota.example.org")).toThrow(/not a URL/);
    expect(plugin.isLocalHost("localhost.example.org")).toBe(false);
  });

  it("is the development server's when a local build is asked for (npm run build:local)", async () => {
    const config = await withUrl(undefined, () => factory({ localhost: true }, { mode: "production" }));
    expect(baseUrlOf(config)).toBe(`https://localhost:${pkg.config.dev_server_port}/`);
    expect(plugin.deploymentUrl("https://localhost:3000/", { allowLocalhost: true })).toBe("https://localhost:3000/");
  });
});

describe("the development server's port", () => {
  it("is package.json's config.dev_server_port, in the dev build's URL and the server", async () => {
    const config = await factory({}, { mode: "development" });
    expect(baseUrlOf(config)).toBe(`https://localhost:${pkg.config.dev_server_port}/`);
    expect(plugin.devServerPort(path.join(ROOT, "package.json"))).toBe(pkg.config.dev_server_port);
  });

  it("follows package.json when it changes, and refuses a port that is no port", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rota-port-"));
    const file = path.join(dir, "package.json");
    fs.writeFileSync(file, JSON.stringify({ config: { dev_server_port: 3443 } }));
    expect(plugin.devServerPort(file)).toBe(3443);
    fs.writeFileSync(file, JSON.stringify({}));
    expect(plugin.devServerPort(file)).toBe(3000);
    fs.writeFileSync(file, JSON.stringify({ config: { dev_server_port: "http" } }));
    expect(() => plugin.devServerPort(file)).toThrow(/dev_server_port/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
