/**
 * Which folder of src may import which: the dependency between the add-in's folders goes one way
 * (issue 11: src/functions and src/addin imported each other). Read from the sources' import and
 * export statements (TypeScript's own pre-processor), so a type-only import counts too.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const SRC = path.resolve(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The top folder of src a file is in: src/functions/grid.ts → "functions". */
function room(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0] ?? "";
}

/** Every relative import of a file, as [importing file, folder of src it reaches]. */
function edges(file: string): Array<[string, string]> {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => path.resolve(path.dirname(file), name))
    .filter((target) => target.startsWith(SRC + path.sep))
    .map((target): [string, string] => [path.relative(SRC, file), room(target)]);
}

const ALL = sourceFiles(SRC).flatMap(edges);

describe("the dependency between src's folders", () => {
  it("goes from functions to addin, never back", () => {
    const back = ALL.filter(([from, to]) => from.startsWith(`addin${path.sep}`) && to === "functions");
    expect(back).toEqual([]);
    // The functions do use the add-in's readers: the direction is the one this test keeps.
    expect(ALL.some(([from, to]) => from.startsWith(`functions${path.sep}`) && to === "addin")).toBe(true);
  });

  it("has no cycle between folders", () => {
    const graph = new Map<string, Set<string>>();
    for (const [from, to] of ALL) {
      const a = room(path.join(SRC, from));
      if (a === to) continue;
      graph.set(a, (graph.get(a) ?? new Set()).add(to));
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]): void => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(" → "));
        return;
      }
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of graph.keys()) visit(node, []);
    expect([...new Set(cycles)]).toEqual([]);
  });
});
