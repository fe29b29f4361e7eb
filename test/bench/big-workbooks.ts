/**
 * Big and merged workbooks (issue 13): cohorts of 3,000 and 10,000 residents on a blocks sheet,
 * every multi-block rotation one merged cell (8 a resident: 24,000 and 80,000 merges) or the same
 * text repeated. Each `rota validate --format json` runs as a new process with its peak memory
 * beside its time, against exceljs merely loading the same file and against the floor: reading the
 * file, unzipping it and one pass over the sheet XML with the reader's own unzip and scanner, also
 * in a new process (and the earlier floor, fflate and saxes, for comparison). The terms of each
 * ratio run in turn, round after round (5 rounds at 3,000 residents, 3 at 10,000), each its best.
 *
 * The workbooks are written here as XML (fflate to zip): exceljs would take minutes to write
 * 80,000 merges itself. exceljs loading the merged ones is not run (48 s for 3,000 residents, and
 * over 10 minutes for 10,000, on this machine: issue 13's table).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import type { Figure } from "./index";

/** The `rota` package.json's `bin` names (npm link, npx), as `npm run build:cli` builds it. */
const CLI = path.join(__dirname, "..", "..", "bin", "rota.js");

type Plan = ReadonlyArray<readonly [string, number]>;
/** Two plans of 26 blocks with 8 multi-block rotations each; the second lacks 4 weeks of 救急 (findings to report and to annotate). */
const PLANS: readonly Plan[] = [
  [["内科（血液）", 4], ["内科（循環器）", 2], ["救急（ICU）", 3], ["外科（消化器）", 1], ["小児科", 1], ["産婦人科", 1], ["精神科", 1], ["地域医療（一般外来）", 2], ["内科（呼吸器）", 2], ["麻酔科", 1], ["整形外科", 2], ["内科（消化器）", 2], ["血液内科", 4]],
  [["総合内科", 4], ["循環器内科", 2], ["救急", 2], ["外科", 2], ["小児科", 1], ["産婦人科", 1], ["精神科", 1], ["地域医療", 2], ["呼吸器内科", 2], ["麻酔科", 1], ["放射線科", 2], ["消化器内科", 2], ["休止", 4]],
];

const letters = (col: number): string => {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/**
 * The rotations of `plan` in resident `i`'s own order (a permutation drawn from `i`): no two rows of
 * a varied cohort need read alike, as in a cohort whose plans were made one by one, so a check
 * cannot lean on rows that repeat a course template.
 */
function ownOrder(plan: Plan, i: number): Plan {
  const out = [...plan];
  let seed = (i + 1) * 2_654_435_761;
  for (let k = out.length - 1; k > 0; k--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = seed % (k + 1);
    [out[k], out[j]] = [out[j]!, out[k]!];
  }
  return out;
}

/**
 * A cohort workbook: 氏名 | コース | 1 … 26, one row per resident, alternating two course plans
 * (rows filled from the department's templates), or with `varied` each plan's rotations in the
 * resident's own order.
 */
export function cohortXlsx(residents: number, merged: boolean, varied = false): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = strings.push(text) - 1));
    return i;
  };
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const rows: string[] = [];
  const merges: string[] = [];
  rows.push(`<row r="1"><c r="A1" t="s"><v>${s("氏名")}</v></c><c r="B1" t="s"><v>${s("コース")}</v></c>${Array.from({ length: 26 }, (_, i) => `<c r="${letters(i + 2)}1"><v>${i + 1}</v></c>`).join("")}</row>`);
  for (let i = 0; i < residents; i++) {
    const r = i + 2;
    const template = PLANS[i % 2]!;
    const plan = varied ? ownOrder(template, i) : template;
    let cells = `<c r="A${r}" t="s"><v>${s(`研修医 ${i + 1}`)}</v></c><c r="B${r}" t="s"><v>${s(i % 2 === 0 ? "A" : "B")}</v></c>`;
    let col = 2;
    for (const [text, blocks] of plan) {
      for (let b = 0; b < blocks; b++) {
        if (b === 0 || !merged) cells += `<c r="${letters(col + b)}${r}" t="s"><v>${s(text)}</v></c>`;
        else cells += `<c r="${letters(col + b)}${r}"/>`;
      }
      if (merged && blocks > 1) merges.push(`<mergeCell ref="${letters(col)}${r}:${letters(col + blocks - 1)}${r}"/>`);
      col += blocks;
    }
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${rows.join("")}</sheetData>${merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : ""}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}><sheets><sheet name="2026年度" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    "xl/sharedStrings.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${esc(t)}</t></si>`).join("")}</sst>`),
    "xl/styles.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${NS}><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  });
}

interface Run {
  readonly ms: number;
  /** Peak resident set size of the process, MB. */
  readonly mb: number;
}

/** Runs node with a script and arguments as a new process; its time and peak memory. */
function run(dir: string, args: readonly string[], okStatus: readonly number[] = [0, 1]): Run {
  const rssFile = path.join(dir, `rss-${process.pid}-${Date.now()}.txt`);
  const hook = path.join(dir, "rss-hook.js");
  if (!fs.existsSync(hook)) fs.writeFileSync(hook, "process.on('exit', () => require('fs').writeFileSync(process.env.ROTA_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n");
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", hook, ...args], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ROTA_BENCH_RSS: rssFile }, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!okStatus.includes(result.status ?? -1)) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr?.toString().slice(0, 500)}`);
  const mb = Number(fs.readFileSync(rssFile, "utf8")) / 1024;
  fs.rmSync(rssFile, { force: true });
  return { ms, mb };
}

function best(n: number, fn: () => Run): Run {
  let out: Run | undefined;
  for (let i = 0; i < n; i++) {
    const r = fn();
    if (!out || r.ms < out.ms) out = r;
  }
  return out!;
}

/** Each run `rounds` times, in turn (a, b, c, a, b, c …); the best of each. */
function inTurn(rounds: number, runs: Readonly<Record<string, () => Run>>): Record<string, Run> {
  const out: Record<string, Run> = {};
  for (let i = 0; i < rounds; i++) {
    for (const [name, fn] of Object.entries(runs)) {
      const r = fn();
      const seen = out[name];
      if (!seen || r.ms < seen.ms) out[name] = r;
    }
  }
  return out;
}

const DIST_WORKBOOK = path.join(__dirname, "..", "..", "src", "adapters", "workbook");

/**
 * The floor: read the file, unzip the sheet and its strings, one pass over the sheet XML, with the
 * fastest means the reader itself uses (its unzip: node's zlib; its scanner), in a new process.
 */
function floorScript(file: string): string {
  return [
    `const fs = require("fs"); const { openPackage } = require(${JSON.stringify(path.join(DIST_WORKBOOK, "package.js"))}); const { scanXml } = require(${JSON.stringify(path.join(DIST_WORKBOOK, "xml-scan.js"))});`,
    `const pkg = openPackage(fs.readFileSync(${JSON.stringify(file)}), "floor"); pkg.part("xl/sharedStrings.xml");`,
    `let n = 0; scanXml(new TextDecoder().decode(pkg.part("xl/worksheets/sheet1.xml")), { open: () => n++ });`,
  ].join("\n");
}

/**
 * Rota's reader alone in a new process: the file to the sheets' values and merged areas the engine
 * is given (no detection, rules or report). Its ratio to the floor is the reader's own overhead;
 * the CLI's further time is the checking and the report it prints.
 */
function readerScript(file: string): string {
  return [
    `const fs = require("fs"); const { readXlsxSheets } = require(${JSON.stringify(path.join(DIST_WORKBOOK, "read.js"))});`,
    `const sheets = readXlsxSheets(fs.readFileSync(${JSON.stringify(file)}), "reader"); if (sheets.length !== 1) process.exit(3);`,
  ].join("\n");
}
/** The floor as measured until the reader had its own unzip and scanner: fflate and one saxes pass (for comparison with earlier figures). */
function saxesFloorScript(file: string): string {
  return [
    `const fs = require("fs"); const { unzipSync } = require(${JSON.stringify(require.resolve("fflate"))}); const { SaxesParser } = require(${JSON.stringify(require.resolve("saxes"))});`,
    `const parts = unzipSync(fs.readFileSync(${JSON.stringify(file)}), { filter: (f) => f.name === "xl/worksheets/sheet1.xml" || f.name === "xl/sharedStrings.xml" });`,
    `const p = new SaxesParser({ position: false }); let n = 0; p.on("opentag", () => n++); p.write(new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"])).close();`,
  ].join("\n");
}

export async function benchBigWorkbooks(dir: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const fig = (name: string, r: Run, target?: string): void => {
    figures.push({ name: `${name}`, value: r.ms, unit: "ms", ...(target ? { target } : {}) });
    figures.push({ name: `${name}: peak memory`, value: r.mb, unit: "MB" });
  };
  const cli = new Map<string, Run>();
  for (const residents of [3_000, 10_000]) {
    for (const merged of [true, false]) {
      const file = path.join(dir, `blocks-${residents}-${merged ? "merged" : "repeated"}.xlsx`);
      fs.writeFileSync(file, cohortXlsx(residents, merged));
      const n = residents.toLocaleString("en-US");
      const label = `${n} residents, ${merged ? `merged (${(residents * 8).toLocaleString("en-US")} merges)` : "repeated text"}`;
      const cliRun = (): Run => run(dir, [CLI, "validate", file, "--format", "json"]);
      if (merged) {
        const r = best(3, cliRun);
        cli.set(`${residents}-${merged}`, r);
        fig(`${label}: rota validate --format json`, r, residents === 10_000 ? "< 8000" : "< 3000");
        continue;
      }
      // The ratios' terms are run in turn, round after round, and each is its best round: on a
      // machine shared with others, a burst of load then falls on all of them alike.
      const floorFile = path.join(dir, "floor.js");
      fs.writeFileSync(floorFile, floorScript(file));
      const saxesFloorFile = path.join(dir, "floor-saxes.js");
      fs.writeFileSync(saxesFloorFile, saxesFloorScript(file));
      const loadScript = `new (require(${JSON.stringify(require.resolve("exceljs"))}).Workbook)().xlsx.readFile(${JSON.stringify(file)}).catch((e)=>{console.error(e);process.exit(2)})`;
      const readerFile = path.join(dir, "reader.js");
      fs.writeFileSync(readerFile, readerScript(file));
      // The same cohort with every plan in its resident's own order: no row reads like another, so
      // nothing the rules said of one row can be said again of the next (validatePlans does that
      // for rows filled from the same template).
      const variedFile = path.join(dir, `blocks-${residents}-varied.xlsx`);
      if (residents === 3_000) fs.writeFileSync(variedFile, cohortXlsx(residents, false, true));
      const terms: Record<string, () => Run> = {
        cli: cliRun,
        ...(residents === 3_000 ? { varied: () => run(dir, [CLI, "validate", variedFile, "--format", "json"]) } : {}),
        reader: () => run(dir, [readerFile], [0]),
        floor: () => run(dir, [floorFile], [0]),
        saxesFloor: () => run(dir, [saxesFloorFile], [0]),
        ...(residents === 3_000 ? { load: () => run(dir, ["-e", loadScript], [0]) } : {}),
      };
      const got = inTurn(residents === 3_000 ? 5 : 3, terms);
      const r = got["cli"]!;
      const floor = got["floor"]!;
      const saxesFloor = got["saxesFloor"]!;
      cli.set(`${residents}-${merged}`, r);
      fig(`${label}: rota validate --format json`, r);
      fig(`${label}: floor (read, unzip, one scanner pass; new process)`, floor);
      fig(`${label}: earlier floor (fflate, one saxes pass; new process)`, saxesFloor);
      const load = got["load"];
      if (load) {
        fig(`${label}: exceljs load alone (new process)`, load);
        figures.push({ name: `${label}: CLI ÷ exceljs load`, value: r.ms / load.ms, unit: "×", target: "< 1" });
      }
      const varied = got["varied"];
      if (varied && load) {
        fig(`${n} residents, every plan its own order: rota validate --format json`, varied);
        figures.push({ name: `${n} residents, every plan its own order: CLI ÷ exceljs load (of the repeated cohort)`, value: varied.ms / load.ms, unit: "×", target: "< 1" });
      }
      figures.push({ name: `${label}: CLI ÷ floor`, value: r.ms / floor.ms, unit: "×", target: "≤ 2" });
      const reader = got["reader"];
      if (reader) {
        fig(`${label}: Rota's reader alone (new process)`, reader);
        figures.push({ name: `${label}: reader ÷ floor`, value: reader.ms / floor.ms, unit: "×", target: "≤ 2" });
      }
      // The text report, what a coordinator reads by default (it was quadratic in residents × findings: 2.6 s here).
      if (residents === 3_000) fig(`${label}: rota validate (text report)`, best(3, () => run(dir, [CLI, "validate", file])));
      figures.push({ name: `${label}: CLI ÷ earlier floor`, value: r.ms / saxesFloor.ms, unit: "×" });
    }
    const n = residents.toLocaleString("en-US");
    figures.push({ name: `${n} residents: merged ÷ repeated text (CLI)`, value: cli.get(`${residents}-true`)!.ms / cli.get(`${residents}-false`)!.ms, unit: "×", target: "≤ 1.5" });
  }
  const file = path.join(dir, "blocks-10000-merged.xlsx");
  const out = path.join(dir, "annotated.xlsx");
  fig("10,000 residents, merged: rota validate --annotate", run(dir, [CLI, "validate", file, "--format", "json", "--annotate", out]), "< 15000");
  return figures;
}
