/**
 * manifest.xml, checked here because Microsoft's validation (`npm run validate`) needs its online
 * service: well-formed, every resid defined and used, https URLs on the add-in's own host, one
 * shared runtime, icons at their declared sizes, the ROTA namespace, a GUID, the package's version,
 * Japanese by default with English overrides, and nothing more than it needs.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { at, descendants, parseXml, pngSize, type XmlElement } from "./xml";

const ROOT = path.join(__dirname, "..", "..");
const DEV_URL = "https://localhost:3000/";
const BUILT = path.join(ROOT, "dist", "addin", "manifest.xml");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

/**
 * The English locales Office may run in, each given the English texts: Microsoft's localization
 * guide asks for one Override per region of a language ("de-de" and "de-at"), since the language
 * alone ("en") is not matched on every platform.
 */
const ENGLISH = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-IE", "en-NZ", "en-SG", "en-ZA"];

/** A manifest under test: the source (development URLs), and the build's when there is one (CI builds it first). */
interface Target {
  readonly label: string;
  readonly file: string;
  /** Where the files its URLs name are. */
  readonly root: string;
  readonly built: boolean;
}

const targets: Target[] = [{ label: "manifest.xml", file: path.join(ROOT, "manifest.xml"), root: ROOT, built: false }];
if (fs.existsSync(BUILT)) targets.push({ label: "dist/addin/manifest.xml", file: BUILT, root: path.dirname(BUILT), built: true });

describe("the built manifest", () => {
  it("is there to check in CI (the build runs before the tests)", () => {
    if (process.env["CI"]) expect(fs.existsSync(BUILT)).toBe(true);
  });
});

describe.each(targets)("$label", (target) => {
  const source = fs.readFileSync(target.file, "utf8");
  let manifest: XmlElement;
  let resources: Map<string, XmlElement>;
  let base: string;

  beforeAll(async () => {
    manifest = await parseXml(source);
    resources = new Map();
    const res = at(manifest, ["VersionOverrides", "Resources"]);
    for (const group of res?.children ?? []) {
      for (const item of group.children) resources.set(item.attrs.id!, item);
    }
    base = urlOf("Shared.Url").replace(/taskpane\.html$/, "");
  });

  const all = () => descendants(manifest);
  const urlOf = (resid: string): string => resources.get(resid)?.attrs.DefaultValue ?? "";
  const referenced = () => all().filter((e) => e.attrs.resid !== undefined);
  const fileOf = (url: string) => path.join(target.root, url.slice(base.length));

  it("is well-formed XML: a TaskPaneApp for Excel workbooks", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(at(manifest, ["Hosts"])!.children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
  });

  it("fails to parse when it is not well-formed (the check can fail)", async () => {
    expect(source).toContain("</Hosts>");
    await expect(parseXml(source.replace("</Hosts>", ""))).rejects.toThrow();
  });

  it("defines every resid it references, uses every one it defines, each id under 32 characters", () => {
    const used = new Set(referenced().map((e) => e.attrs.resid!));
    const defined = [...resources.keys()];
    for (const resid of used) expect(defined).toContain(resid);
    for (const id of defined) expect(used).toContain(id);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it("uses https for every URL, all on the add-in's own host", () => {
    const urls = all().flatMap((e) =>
      ["DefaultValue", "Value"].map((k) => e.attrs[k]).filter((v): v is string => v !== undefined && /^[a-z]+:\/\//i.test(v))
    );
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) expect(url.startsWith(base)).toBe(true);
    expect(base).toMatch(/^https:\/\//);
    if (!target.built) expect(base).toBe(DEV_URL);
  });

  it("has one shared runtime for the functions page, the task pane and the ribbon's commands", () => {
    const host = at(manifest, ["VersionOverrides", "Hosts", "Host"])!;
    const runtimes = at(host, ["Runtimes"])!.children;
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0]!;
    expect(runtime.attrs.lifetime).toBe("long");
    const shared = runtime.attrs.resid!;
    const cf = at(host, ["AllFormFactors"])!.children.find((e) => e.attrs["xsi:type"] === "CustomFunctions")!;
    expect(at(cf, ["Page", "SourceLocation"])!.attrs.resid).toBe(shared);
    expect(at(host, ["DesktopFormFactor", "FunctionFile"])!.attrs.resid).toBe(shared);
    const panes = descendants(host).filter((e) => e.name === "Action" && e.attrs["xsi:type"] === "ShowTaskpane");
    expect(panes.length).toBeGreaterThan(0);
    for (const pane of panes) expect(at(pane, ["SourceLocation"])!.attrs.resid).toBe(shared);
    expect(at(manifest, ["DefaultSettings", "SourceLocation"])!.attrs.DefaultValue).toBe(urlOf(shared));
    const sets = at(manifest, ["Requirements", "Sets"])!.children.map((s) => [s.attrs.Name, s.attrs.MinVersion]);
    expect(sets).toEqual([["SharedRuntime", "1.1"]]);
  });

  it("declares icons at the sizes of their files", () => {
    const images = all().filter((e) => e.name === "bt:Image" && e.attrs.size !== undefined);
    expect(new Set(images.map((i) => i.attrs.size))).toEqual(new Set(["16", "20", "24", "32", "40", "48", "64", "80"]));
    const check = (url: string, size: number) => {
      const file = fileOf(url);
      expect(pngSize(fs.readFileSync(file))).toEqual({ width: size, height: size });
    };
    for (const image of images) check(urlOf(image.attrs.resid!), Number(image.attrs.size));
    check(at(manifest, ["IconUrl"])!.attrs.DefaultValue!, 32);
    check(at(manifest, ["HighResolutionIconUrl"])!.attrs.DefaultValue!, 64);
    expect(pngSize(fs.readFileSync(path.join(ROOT, "assets", "icon-128.png"))).width).toBe(128); // store and admin centre
  });

  it("puts the functions in the ROTA namespace, the one CONTRACT §6 names them in", async () => {
    const host = at(manifest, ["VersionOverrides", "Hosts", "Host"])!;
    const cf = at(host, ["AllFormFactors"])!.children.find((e) => e.attrs["xsi:type"] === "CustomFunctions")!;
    const namespace = resources.get(at(cf, ["Namespace"])!.attrs.resid!)!.attrs.DefaultValue;
    expect(namespace).toBe("ROTA");
    const generated = await generateCustomFunctionsMetadata(path.join(ROOT, "src", "functions", "functions.ts"));
    const ids = (JSON.parse(generated.metadataJson) as { functions: Array<{ id: string }> }).functions.map((f) => `${namespace}.${f.id}`);
    expect(ids.sort()).toEqual(["ROTA.FIELD", "ROTA.QUOTA", "ROTA.TEMPLATE", "ROTA.VALIDATE", "ROTA.WEEKS"]);
    expect(urlOf(at(cf, ["Metadata", "SourceLocation"])!.attrs.resid!)).toBe(`${base}functions.json`);
    const script = urlOf(at(cf, ["Script", "SourceLocation"])!.attrs.resid!);
    expect(script).toMatch(target.built ? /\/functions\.[0-9a-f]{8}\.js$/ : /\/functions\.js$/);
    if (target.built) expect(fs.existsSync(fileOf(script))).toBe(true);
  });

  it("has a GUID for an id and package.json's version", () => {
    expect(at(manifest, ["Id"])!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(at(manifest, ["Version"])!.text).toBe(pkg.version);
  });

  it("speaks Japanese by default and English wherever Office runs in English, in every region", () => {
    expect(at(manifest, ["DefaultLocale"])!.text).toBe("ja-JP");
    const localised = [
      at(manifest, ["DisplayName"])!,
      at(manifest, ["Description"])!,
      ...[...resources.values()].filter((r) => r.name === "bt:String" && r.attrs.id !== "Functions.Namespace"),
    ];
    for (const element of localised.concat(resources.get("Functions.Metadata.Url")!)) {
      const name = element.attrs.id ?? element.name;
      expect([name, element.children.map((c) => c.attrs.Locale)]).toEqual([name, ENGLISH]);
      const english = new Set(element.children.map((c) => c.attrs.Value));
      expect([name, english.size]).toEqual([name, 1]);
    }
    expect(at(manifest, ["DisplayName"])!.attrs.DefaultValue).toMatch(/臨床研修/);
    const metadata = resources.get("Functions.Metadata.Url")!;
    expect(metadata.children[0]!.attrs.Value).toBe(`${base}functions.en.json`);
  });

  it("keeps its texts within Office's lengths", () => {
    const within = (text: string | undefined, max: number) => expect((text ?? "").length).toBeLessThanOrEqual(max);
    for (const name of ["DisplayName", "Description"]) {
      const element = at(manifest, [name])!;
      const max = name === "DisplayName" ? 125 : 250;
      within(element.attrs.DefaultValue, max);
      for (const o of element.children) within(o.attrs.Value, max);
    }
    const strings = at(manifest, ["VersionOverrides", "Resources"])!.children;
    for (const [group, max] of [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ] as const) {
      for (const s of strings.find((g) => g.name === group)!.children) {
        within(s.attrs.DefaultValue, max);
        for (const o of s.children) within(o.attrs.Value, max);
      }
    }
  });

  it("asks for ReadWriteDocument and nothing more, with no AppDomains", () => {
    expect(at(manifest, ["Permissions"])!.text).toBe("ReadWriteDocument");
    expect(at(manifest, ["AppDomains"])).toBeUndefined();
  });

  it("is read by Microsoft's own manifest tool offline", () => {
    const cli = path.join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
    const out = execFileSync(process.execPath, [cli, "info", target.file], { encoding: "utf8", timeout: 60_000 });
    expect(out).toContain("Id: 4188527e-aff7-4d48-9aa8-217826ba68b9");
    expect(out).toContain("Default Locale: ja-JP");
    expect(out).toContain("Permissions: ReadWriteDocument");
  });
});
