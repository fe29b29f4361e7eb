import type { Finding } from "../../src/engine";
import { planHighlights } from "../../src/taskpane/highlight/plan";
import { noteDigest } from "../../src/taskpane/highlight/digest";
import { composeNote, noteLine, withoutRotaLines } from "../../src/engine/present";
import { restoreNote } from "../../src/taskpane/highlight/note-text";
import { EMPTY_RECORD, clearChange, cfFormula, highlightChange, isRotaFormula, notesToRead, parseRecord, serializeRecord } from "../../src/taskpane/highlight/record";

const finding = (rule: string, severity: Finding["severity"], cells: string[], message = rule): Finding => ({ rule, severity, sheet: "S", trainee: "t", cells, message, message_en: `${message} (en)` });

describe("planHighlights", () => {
  const findings = [
    finding("em-12w", "error", ["H3", "I3", "J3"], "救急 8週"),
    finding("block-4w", "warning", ["I3", "K3"], "短い"),
    finding("rec-8w", "info", ["L3"], "推奨"),
    { ...finding("x", "error", ["A1"]), sheet: "other" },
  ];

  it("fills each cell with its most severe finding's colour; infos get a note only", () => {
    const plan = planHighlights("S", findings, [], "ja");
    expect(plan.fills).toEqual({ error: ["H3:J3"], warning: ["K3"] });
    expect(plan.notes.map((n) => n.cell)).toEqual(["H3", "I3", "J3", "K3", "L3"]);
    expect(plan.notes.find((n) => n.cell === "I3")!.lines).toEqual(["【Rota】エラー em-12w: 救急 8週", "【Rota】警告 block-4w: 短い"]);
  });

  it("notes a merged rotation once, at its top-left cell, and fills the whole area", () => {
    const plan = planHighlights("S", [finding("em-12w", "error", ["H3", "I3"])], [{ top: 2, left: 7, bottom: 2, right: 9 }], "en");
    expect(plan.fills.error).toEqual(["H3:J3"]);
    expect(plan.notes).toEqual([{ cell: "H3", lines: ["[Rota] error em-12w: em-12w (en)"] }]);
  });
});

describe("notes beside a user's", () => {
  it("puts Rota's lines below the user's text and takes them off again exactly", () => {
    const note = composeNote("指導医: 山田", ["【Rota】エラー em-12w: x"]);
    expect(note).toBe("指導医: 山田\n【Rota】エラー em-12w: x");
    expect(withoutRotaLines(note)).toBe("指導医: 山田");
    expect(composeNote(null, ["[Rota] error a: b"])).toBe("[Rota] error a: b");
  });

  it("restores the original when untouched, keeps a user's edit, and leaves a deleted note deleted", () => {
    expect(restoreNote(null, noteDigest("【Rota】x"), "【Rota】x")).toBeNull();
    expect(restoreNote("u", noteDigest("u\n【Rota】x"), "u\n【Rota】x")).toBe("u");
    expect(restoreNote("u", noteDigest("u\n【Rota】x"), "u2\n【Rota】x")).toBe("u2");
    expect(restoreNote(null, noteDigest("【Rota】x"), null)).toBeNull();
    expect(noteDigest("u")).toMatch(/^[0-9a-f]{8}$/);
    expect(noteDigest("u")).not.toBe(noteDigest("v"));
    expect(noteLine(finding("go-4w", "warning", []), "ja")).toBe("【Rota】警告 go-4w: go-4w");
  });
});

describe("the highlight record", () => {
  const plan = { sheet: "S", fills: { error: ["A1"], warning: [] }, notes: [{ cell: "A1", lines: ["【Rota】エラー r: m"] }] };

  it("records what Rota wrote and what was there before", () => {
    const { writes, record } = highlightChange(EMPTY_RECORD, { id: "1", name: "S" }, plan, new Map([["A1", "mine"]]), true);
    expect(writes).toEqual([{ cell: "A1", content: "mine\n【Rota】エラー r: m" }]);
    expect(record.sheets).toEqual([{ id: "1", name: "S", fills: plan.fills, notes: [{ cell: "A1", original: "mine", digest: noteDigest("mine\n【Rota】エラー r: m") }] }]);
    expect(parseRecord(serializeRecord(record))).toEqual(record);
    expect(JSON.parse(serializeRecord(record))).toEqual({ version: 1, sheets: [{ id: "1", name: "S", fills: { error: "A1", warning: "" }, notes: [["A1", "mine", noteDigest("mine\n【Rota】エラー r: m")]] }] });
  });

  it("restores the notes a new plan no longer names, and keeps the original under a repeated one", () => {
    const first = highlightChange(EMPTY_RECORD, { id: "1", name: "S" }, { ...plan, notes: [...plan.notes, { cell: "B2", lines: ["【Rota】警告 w: m"] }] }, new Map([["A1", "mine"]]), true).record;
    expect(notesToRead(first, "1", plan).sort()).toEqual(["A1", "B2"]);
    const current = new Map([["A1", "mine\n【Rota】エラー r: m"], ["B2", "【Rota】警告 w: m"]]);
    const second = highlightChange(first, { id: "1", name: "S" }, { ...plan, notes: [{ cell: "A1", lines: ["【Rota】エラー r: m2"] }] }, current, true);
    expect(second.writes).toEqual([
      { cell: "B2", content: null },
      { cell: "A1", content: "mine\n【Rota】エラー r: m2" },
    ]);
    expect(second.record.sheets[0]!.notes).toEqual([{ cell: "A1", original: "mine", digest: noteDigest("mine\n【Rota】エラー r: m2") }]);
    expect(clearChange(second.record.sheets[0]!, new Map([["A1", "mine\n【Rota】エラー r: m2"]]))).toEqual([{ cell: "A1", content: "mine" }]);
  });

  it("drops a sheet with nothing highlighted, and keeps the other sheets' entries", () => {
    const other = highlightChange(EMPTY_RECORD, { id: "2", name: "T" }, plan, new Map(), true).record;
    const none = highlightChange(other, { id: "1", name: "S" }, { sheet: "S", fills: { error: [], warning: [] }, notes: [] }, new Map(), true);
    expect(none.record.sheets.map((s) => s.id)).toEqual(["2"]);
  });

  it("reads anything unreadable as an empty record", () => {
    expect(parseRecord("{oops")).toEqual(EMPTY_RECORD);
    expect(parseRecord(null)).toEqual(EMPTY_RECORD);
    expect(parseRecord({ sheets: [{ id: 1 }, { id: "x", name: "S", notes: [["A1"], { cell: "A1" }] }] })).toEqual({ version: 1, sheets: [{ id: "x", name: "S", fills: { error: [], warning: [] }, notes: [] }] });
  });

  it("marks Rota's conditional formats in their formula", () => {
    expect(cfFormula("error")).toBe('=ISTEXT("Rota highlight: error")');
    expect(isRotaFormula(cfFormula("warning"))).toBe(true);
    expect(isRotaFormula("=$A1>3")).toBe(false);
    expect(isRotaFormula(undefined)).toBe(false);
  });
});
