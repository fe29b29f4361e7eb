/**
 * functions.json as the build writes it: generated from the JSDoc of src/functions/functions.ts by
 * the same generator custom-functions-metadata-plugin runs, then finished by the build's plugin.
 * Every function of CONTRACT §6, every parameter, its type, dimensionality and optionality.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_ARGS } from "../../src/functions/args";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}
interface English {
  description: string;
  params: Record<string, string>;
}
interface BuildPlugin {
  REQUIRED_FUNCTIONS: string[];
  readEnglish(source: string, fileName?: string): Map<string, English>;
  checkMetadata(metadata: unknown, english: Map<string, English>, required?: string[]): string[];
  finishMetadata(metadata: Metadata, baseUrl: string): Metadata;
  englishMetadata(metadata: Metadata, english: Map<string, English>): Metadata;
}

// The build's plugin is plain JavaScript that webpack.config.js requires.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../src/addin/build/plugin.js") as BuildPlugin;

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");
const source = fs.readFileSync(SOURCE, "utf8");

let generated: Metadata;
let shipped: Metadata;
let english: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson) as Metadata;
  const texts = plugin.readEnglish(source, SOURCE);
  expect(plugin.checkMetadata(generated, texts)).toEqual([]);
  shipped = plugin.finishMetadata(generated, "https://rota.example.org/addin/");
  english = plugin.englishMetadata(shipped, texts);
});

const byId = (metadata: Metadata, id: string): FunctionMetadata => {
  const f = metadata.functions.find((fn) => fn.id === id);
  if (!f) throw new Error(`functions.json lacks ${id}`);
  return f;
};

/** What Excel must be told about each parameter (CONTRACT §6). */
const EXPECTED: Record<string, Array<[name: string, type: string, dimensionality: "matrix" | "scalar", optional: boolean]>> = {
  VALIDATE: [
    ["grid", "any", "matrix", false],
    ["course", "string", "scalar", true],
    ["options", "any", "matrix", true],
  ],
  WEEKS: [
    ["grid", "any", "matrix", false],
    ["field", "any", "matrix", false],
  ],
  TEMPLATE: [
    ["course", "string", "scalar", false],
    ["year", "number", "scalar", true],
  ],
  QUOTA: [
    ["fields", "any", "matrix", false],
    ["applicants", "any", "matrix", false],
    ["total", "number", "scalar", true],
    ["min", "number", "scalar", true],
  ],
  FIELD: [["text", "any", "matrix", false]],
};

describe("functions.json", () => {
  it("holds exactly the functions of CONTRACT §6, named as their ids", () => {
    expect(shipped.functions.map((f) => f.id).sort()).toEqual([...plugin.REQUIRED_FUNCTIONS].sort());
    expect(plugin.REQUIRED_FUNCTIONS.sort()).toEqual(["FIELD", "QUOTA", "TEMPLATE", "VALIDATE", "WEEKS"]);
    for (const f of shipped.functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.keys(EXPECTED))("declares %s's parameters, types, dimensionality and optionality", (id) => {
    const f = byId(shipped, id);
    const actual = f.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", p.optional === true]);
    expect(actual).toEqual(EXPECTED[id]);
    for (const p of f.parameters) expect(p.repeating).toBeUndefined();
  });

  it.each(Object.keys(EXPECTED))("makes %s spill a matrix, and not volatile", (id) => {
    const f = byId(shipped, id);
    expect(f.result?.dimensionality).toBe("matrix");
    expect(f.options?.volatile).toBeUndefined();
    expect(f.options?.stream).toBeUndefined();
  });

  it("asks Excel for the grid's address where findings name cells", () => {
    expect(byId(shipped, "VALIDATE").options).toEqual({ requiresParameterAddresses: true });
    expect(byId(shipped, "WEEKS").options).toEqual({ requiresParameterAddresses: true });
    expect(byId(shipped, "FIELD").options).toBeUndefined();
  });

  it("agrees with the argument table the functions check their arguments by", () => {
    for (const [id, specs] of Object.entries(FUNCTION_ARGS)) {
      const params = byId(shipped, id).parameters;
      expect(params.map((p) => [p.name, p.optional === true])).toEqual(specs.map((s) => [s.name, "optional" in s && s.optional === true]));
    }
  });

  it("describes every function and parameter in Japanese, with help on the deployment's host", () => {
    for (const f of shipped.functions) {
      expect(f.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(f.helpUrl).toBe(`https://rota.example.org/addin/help.html#${f.id.toLowerCase()}`);
      for (const p of f.parameters) expect(p.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it("lets error values in, so one #N/A in a grid does not blank the whole check", () => {
    expect(shipped.allowErrorForDataTypeAny).toBe(true);
    expect(generated.allowErrorForDataTypeAny).toBeUndefined(); // the generator cannot say it
  });
});

describe("functions.en.json", () => {
  it("has the same functions and parameters, in English", () => {
    expect(english.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])).toEqual(
      shipped.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])
    );
    for (const f of english.functions) {
      expect(f.description).toMatch(/^[A-Z]/);
      for (const p of f.parameters) expect(p.description).toMatch(/^[A-Z0-9]/);
    }
    expect(byId(english, "VALIDATE").description).toContain("spills the findings");
  });
});

describe("the build's metadata check", () => {
  const texts = () => plugin.readEnglish(source, SOURCE);

  it("fails when a function is missing", () => {
    const without = { ...generated, functions: generated.functions.filter((f) => f.id !== "QUOTA") };
    expect(plugin.checkMetadata(without, texts())).toEqual(["functions.json lacks QUOTA"]);
  });

  it("fails when the generator wrote nothing", () => {
    expect(plugin.checkMetadata(undefined, texts())).toHaveLength(5);
  });

  it("fails when a parameter has no English", () => {
    const english = texts();
    const validate = english.get("VALIDATE")!;
    english.set("VALIDATE", { ...validate, params: { grid: validate.params.grid!, course: validate.params.course! } });
    expect(plugin.checkMetadata(generated, english)).toEqual(["VALIDATE(options) has no @enParam"]);
  });

  it("is needed: the generator reports an unsupported type without throwing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rota-cf-"));
    const file = path.join(dir, "bad.ts");
    fs.writeFileSync(file, "/**\n * @customfunction BAD-ID\n */\nexport function bad(when: Date): number { return 1; }\n");
    const result = await generateCustomFunctionsMetadata(file);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.metadataJson).toBe("");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("finds no hand-written CustomFunctions.associate in the functions' source", () => {
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(code).not.toMatch(/CustomFunctions\s*\.\s*associate/);
  });
});
