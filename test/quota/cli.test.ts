/**
 * `rota quota`: in-process through commander, and as a real process (the compiled CLI).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as Encoding from "encoding-japanese";
import * as ExcelJS from "exceljs";
import { quotaCommand } from "../../src/cli/commands/quota";
import { asRotaCommand, report } from "../../src/cli/program";
import { buildCli, rota } from "../cli/run-cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "rota-quota-"));
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

/** The FY2021 figures of allocate.test.ts (all 19 fields, Σ 60), as a CSV. */
const FY2021_CSV = [
  "基本領域,応募者数",
  "内科,14",
  "小児科,4",
  "皮膚科,2",
  "精神科,3",
  "外科,5",
  "整形外科,3",
  "産婦人科,2",
  "眼科,2",
  "耳鼻咽喉科,1",
  "泌尿器科,2",
  "脳神経外科,3",
  "放射線科,2",
  "麻酔科,3",
  "病理,4",
  "臨床検査,1",
  "救急科,3",
  "形成外科,1",
  "リハビリテーション科,1",
  "総合診療,4",
].join("\n");
const FY2021_PLACES = [6, 3, 2, 2, 3, 2, 2, 2, 1, 2, 2, 2, 2, 2, 1, 2, 1, 1, 2];

/** Runs the command in-process and returns what it wrote and the exit code it set. */
async function runQuota(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = "";
  let stderr = "";
  const before = process.exitCode;
  process.exitCode = 0;
  let code: number;
  try {
    // Wrapped as `rota` wraps it: usage errors are thrown in Rota's form, never process.exit.
    await asRotaCommand(quotaCommand({ stdout: (t) => void (stdout += t) })).parseAsync(args, { from: "user" });
    code = Number(process.exitCode ?? 0);
  } catch (err) {
    // What `rota` does with a failure: Rota's error lines on stderr, the exit status.
    code = report(err, "both", (t) => void (stderr += t));
  }
  process.exitCode = before;
  return { stdout, stderr, code };
}

describe("quotaCommand (in-process)", () => {
  it("prints CONTRACT §3's JSON for the FY2021 figures", async () => {
    const r = await runQuota([file("fy2021.csv", FY2021_CSV), "--total", "40", "--format", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { total: number; allocations: Array<{ field: string; applicants: number; places: number; share: number }> };
    expect(json.total).toBe(40);
    expect(json.allocations.map((a) => a.places)).toEqual(FY2021_PLACES);
    expect(json.allocations[0]).toEqual({ field: "内科", applicants: 14, share: 0.233333, places: 6 });
  });

  it("prints a table with share % and a total line", async () => {
    const r = await runQuota([file("small.csv", "領域,応募者数\n内科,6\n外科,-\n眼科,2\n"), "--total", "10"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/内科\s+6\s+75\.0%\s+7/);
    expect(r.stdout).toMatch(/外科\s+- \(不参加\)\s+-\s+0/);
    expect(r.stdout).toMatch(/計 total\s+8\s+100%\s+10/);
  });

  it("reads Shift_JIS, tab-separated and UTF-16 files", async () => {
    const sjis = Buffer.from("97cc88e62c899e95e58ed290940d0a93e089c82c360d0a8ae189c82c320d0a8a4f89c82c2d0d0a", "hex");
    const a = await runQuota([file("sjis.csv", sjis), "--total", "10", "--format", "json"]);
    expect(JSON.parse(a.stdout).allocations.map((x: { field: string; places: number }) => [x.field, x.places])).toEqual([
      ["内科", 7],
      ["眼科", 3],
      ["外科", 0],
    ]);
    const tsv = await runQuota([file("tab.tsv", "領域\t応募者数\n内科\t1\n"), "--total", "3", "--format", "json"]);
    expect(JSON.parse(tsv.stdout).allocations[0].places).toBe(3);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("領域\t応募者数\r\n内科\t1\r\n", "utf16le")]);
    const u = await runQuota([file("u16.txt", utf16), "--total", "2", "--format", "json"]);
    expect(JSON.parse(u.stdout).allocations[0].places).toBe(2);
  });

  it("reads the first sheet of an .xlsx", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("応募");
    ws.addRows([["基本領域", "応募者数"], ["内科", 6], ["外科", "-"], ["眼科", 2]]);
    const p = path.join(dir, "applicants.xlsx");
    await wb.xlsx.writeFile(p);
    const r = await runQuota([p, "--total", "10", "--format", "json"]);
    expect(JSON.parse(r.stdout).allocations.map((a: { places: number }) => a.places)).toEqual([7, 0, 3]);
  });

  it("exits 2 with one line per bad row, Japanese then English", async () => {
    const r = await runQuota([file("bad.csv", "領域,応募者数\n内科,x\n内科,3\n血液,2\n外科,-1\n")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("rota: bad.csv: 2行目: 応募者数「x」が数値ではありません (不参加なら空欄か「-」) / bad.csv: row 2: the applicants count \"x\" is not a number (leave it empty or \"-\" for a field not taking part)");
    expect(lines[1]).toMatch(/3行目: .*重複.* \/ bad.csv: row 3: /);
    expect(lines[2]).toMatch(/4行目: 「血液」は19の基本領域のどれでもありません \/ bad.csv: row 4: /);
    expect(lines[3]).toMatch(/5行目: .*負の数/);
  });

  it("exits 2 when the total is smaller than the minimums, or not a number", async () => {
    const small = await runQuota([file("two.csv", "領域,応募者数\n内科,1\n外科,1\n"), "--total", "1"]);
    expect(small.code).toBe(2);
    expect(small.stderr).toContain("最低枠の合計");
    const nan = await runQuota([file("two.csv", "領域,応募者数\n内科,1\n外科,1\n"), "--total", "forty"]);
    expect(nan.code).toBe(2);
    expect(nan.stderr).toContain("forty");
  });

  it("reports a bad --total or --min as a usage error, as the other commands do", async () => {
    const two = file("two.csv", "領域,応募者数\n内科,1\n外科,1\n");
    const nan = await runQuota([two, "--total", "forty"]);
    expect(nan.stderr).toBe(
      "rota: 使い方の誤り: 定員「forty」は0以上の整数で指定してください (rota quota --help) / usage error: the total \"forty\" must be a whole number of 0 or more (see rota quota --help)\n",
    );
    const min = await runQuota([two, "--min", "-1"]);
    expect(min.code).toBe(2);
    expect(min.stderr).toMatch(/^rota: 使い方の誤り: 最低枠「-1」/);
    // Full-width digits are a number, as in the table.
    expect(JSON.parse((await runQuota([two, "--total", "１０", "--format", "json"])).stdout).total).toBe(10);
  });

  it("names why the file cannot be read in the shared reader's words", async () => {
    const missing = await runQuota([path.join(dir, "nope.csv")]);
    expect(missing.stderr).toBe(`rota: 応募者数の表を読めません: ${path.join(dir, "nope.csv")} — ファイルがありません / cannot read the applicants file nope.csv: no such file\n`);
    const pdf = await runQuota([file("scan.pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(64, 0)]))]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr.trim().split("\n")).toHaveLength(1);
    expect(pdf.stderr).toContain("応募者数の表を読めません");
  });


  it("exits 2 for a missing file, a directory, an empty file", async () => {
    for (const p of [path.join(dir, "nope.csv"), dir, file("empty.csv", "")]) {
      const r = await runQuota([p]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("応募者数の表を読めません");
    }
  });
});

describe("rota quota (process)", () => {
  beforeAll(() => buildCli(), 180_000);

  it("prints JSON and exits 0", () => {
    const r = rota(["quota", file("p.csv", FY2021_CSV), "--total", "40", "--format", "json"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { total: number; allocations: Array<{ places: number }> };
    expect(json.total).toBe(40);
    expect(json.allocations.map((a) => a.places)).toEqual(FY2021_PLACES);
  });

  it("--lang en: a Shift_JIS table as Excel on Japanese Windows saves it, in English only; its errors too", () => {
    const sjis = (text: string): Buffer => Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }));
    const csv = file("応募者_sjis.csv", sjis("基本領域,応募者数\r\n内科,６人\r\n救急,2\r\n眼科,不参加\r\n合計,8\r\n"));
    const r = rota(["quota", csv, "--total", "10", "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/基本領域|応募者|定員|不参加|計/);
    expect(r.stdout).toMatch(/^field\s+applicants\s+share\s+places$/m);
    expect(r.stdout).toMatch(/^Internal medicine\s+6\s+75\.0%\s+7$/m);
    expect(r.stdout).toMatch(/^救急 \(Emergency medicine\)\s+2\s+25\.0%\s+3$/m);
    expect(r.stdout).toMatch(/^Ophthalmology\s+- \(not taking part\)\s+-\s+0$/m);
    expect(r.stdout).toMatch(/^total\s+8\s+100%\s+10$/m);
    expect(r.stdout).toContain("total 10\n");
    const ja = rota(["quota", csv, "--total", "10", "--lang", "ja"]);
    expect(ja.stdout).toMatch(/^基本領域\s+応募者\s+割合\s+定員$/m);
    expect(ja.stdout).toMatch(/^救急 \(救急科\)\s+2/m);
    expect(ja.stdout).not.toMatch(/field|total/);
    const bad = rota(["quota", file("bad_sjis.csv", sjis("領域,応募者数\r\n内科,たくさん\r\n")), "--lang", "en"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('rota: bad_sjis.csv: row 2: the applicants count "たくさん" is not a number (leave it empty or "-" for a field not taking part)\n');
    const usage = rota(["quota", csv, "--total", "x", "--lang", "en"]);
    expect(usage.stderr).toBe('rota: usage error: the total "x" must be a whole number of 0 or more (see rota quota --help)\n');
  });

  it("defaults to 40 places and a text table", () => {
    const r = rota(["quota", file("p.csv", FY2021_CSV)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("定員 total 40");
  });

  it("exits 2 with no stack trace on bad input, bad usage and a missing file", () => {
    const bad = rota(["quota", file("b.csv", "領域,応募者数\n内科,-3\n")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/^\s+at /m);
    const usage = rota(["quota"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe(
      "rota: 使い方の誤り: 引数 <applicants> がありません (rota quota --help) / usage error: missing required argument 'applicants' (see rota quota --help)\n",
    );
    expect(rota(["quota", file("p.csv", FY2021_CSV), "--format", "xml"]).status).toBe(2);
    const missing = rota(["quota", path.join(dir, "missing.csv")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("missing.csv");
  });
});
