/**
 * The README's test command installs Debian's Chromium when it is missing: as root without sudo
 * (CI, containers, where `sudo` does not exist and a bare `sudo apt-get` exited 127 before any test
 * ran), and as a user through sudo; `apt-get update` first on both. apt-get, sudo and id are stand-ins
 * here that record what they were asked.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const SCRIPT = path.join(__dirname, "chromium.sh");

/** Runs the script with stand-in commands on PATH; returns its status and the commands run. */
function run(uid: number, withSudo: boolean, browser = "/nonexistent/chromium"): { status: number | null; calls: string[]; stderr: string } {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), "rota-setup-"));
  const log = path.join(bin, "calls.log");
  const stub = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  stub("id", `echo ${uid}`);
  stub("apt-get", `echo "apt-get $*" >> "${log}"`);
  if (withSudo) stub("sudo", `echo "sudo $*" >> "${log}"; "$@"`);
  // Only the stand-ins and the basic tools: no real sudo or apt-get can be reached.
  for (const tool of ["env", "echo"]) {
    const real = ["/usr/bin", "/bin"].map((d) => path.join(d, tool)).find((p) => fs.existsSync(p));
    if (real) fs.symlinkSync(real, path.join(bin, tool));
  }
  const r = spawnSync("/bin/sh", [SCRIPT], { encoding: "utf8", env: { PATH: bin, CHROMIUM_PATH: browser } });
  const calls = fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n") : [];
  fs.rmSync(bin, { recursive: true, force: true });
  return { status: r.status, calls, stderr: r.stderr };
}

describe("test/setup/chromium.sh", () => {
  it("does nothing when the browser is there", () => {
    expect(run(1000, true, process.execPath)).toMatchObject({ status: 0, calls: [] });
  });

  it("as root: apt-get update, then install, without sudo", () => {
    const r = run(0, false);
    expect(r.status).toBe(0);
    expect(r.calls).toEqual(["apt-get update -qq", "apt-get install -y -qq --no-install-recommends chromium"]);
  });

  it("as a user: the same through sudo", () => {
    const r = run(1000, true);
    expect(r.status).toBe(0);
    expect(r.calls.filter((c) => c.startsWith("sudo"))).toHaveLength(2);
    expect(r.calls.filter((c) => c.startsWith("apt-get"))).toEqual(["apt-get update -qq", "apt-get install -y -qq --no-install-recommends chromium"]);
  });

  it("as a user without sudo: one line saying what to do, and a failure", () => {
    const r = run(1000, false);
    expect(r.status).toBe(1);
    expect(r.calls).toEqual([]);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/install Debian's chromium as root/);
  });
});
