import { at } from "../model/invariant";
import type { MipModel } from "./model";

/** Coefficients written with enough digits for months (52/12 weeks) and no float noise. */
function num(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}

/** `+ 4 x1 - 2 x7 …`, broken into lines the LP reader takes (it limits line length). */
function sum(terms: ReadonlyArray<readonly [number, number]>, names: readonly string[]): string {
  if (terms.length === 0) return "0 x0";
  const parts: string[] = [];
  for (const [v, c] of terms) parts.push(`${c < 0 ? "-" : "+"} ${num(Math.abs(c))} ${at(names, v, "a term's variable is one of the model's")}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(" "));
  return lines.join("\n  ");
}

/**
 * The model as CPLEX LP text, which HiGHS (and most MIP solvers) read.
 *
 * @example
 * toLpFormat({ vars: [{ name: "x0", binary: true, lo: 0, hi: 1, cost: 1 }], rows: [] });
 * // → "Minimize\n obj: + 1 x0\nSubject To\nBounds\nBinaries\n x0\nEnd\n"
 */
export function toLpFormat(model: MipModel): string {
  const names = model.vars.map((v) => v.name);
  const out: string[] = ["Minimize"];
  const objective = model.vars.flatMap((v, i) => (v.cost !== 0 ? [[i, v.cost] as const] : []));
  out.push(` obj: ${sum(objective, names)}`);
  out.push("Subject To");
  for (const row of model.rows) {
    const body = sum(row.terms, names);
    if (row.lo === row.hi) out.push(` ${row.name}: ${body} = ${num(row.lo)}`);
    else {
      if (row.lo > -Infinity) out.push(` ${row.name}l: ${body} >= ${num(row.lo)}`);
      if (row.hi < Infinity) out.push(` ${row.name}u: ${body} <= ${num(row.hi)}`);
    }
  }
  out.push("Bounds");
  for (const v of model.vars) {
    if (v.binary) continue;
    out.push(` ${num(v.lo)} <= ${v.name} <= ${v.hi === Infinity ? "+inf" : num(v.hi)}`);
  }
  const binaries = model.vars.filter((v) => v.binary).map((v) => v.name);
  if (binaries.length > 0) {
    out.push("Binaries");
    for (let i = 0; i < binaries.length; i += 16) out.push(` ${binaries.slice(i, i + 16).join(" ")}`);
  }
  out.push("End", "");
  return out.join("\n");
}
