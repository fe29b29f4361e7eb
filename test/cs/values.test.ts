import { readPeriodLabel } from "../../src/engine/cs/period-label";
import { readDate, readEffort, readPhase, readTrainingDone, readYear, readYesNo, UNREADABLE } from "../../src/engine/cs/values";

describe("readYesNo", () => {
  it.each([
    ["はい", true],
    ["いいえ", false],
    ["有", true],
    ["無", false],
    ["あり", true],
    ["なし", false],
    ["○", true],
    ["×", false],
    ["✓", true],
    ["Yes", true],
    ["NO", false],
    ["ＴＲＵＥ", true],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
  ] as const)("reads %s as %s", (value, expected) => {
    expect(readYesNo(value)).toBe(expected);
  });

  it("gives undefined for empty and UNREADABLE for anything else, never throwing", () => {
    expect(readYesNo(null)).toBeUndefined();
    expect(readYesNo("  ")).toBeUndefined();
    expect(readYesNo("たぶん")).toBe(UNREADABLE);
    expect(readYesNo({ error: "#N/A" })).toBe(UNREADABLE);
    expect(readYesNo(new Date())).toBe(UNREADABLE);
    expect(readYesNo(7)).toBe(UNREADABLE);
  });
});

describe("readEffort", () => {
  it.each([
    [50, 50],
    ["50%", 50],
    ["５０％", 50],
    [0.5, 50],
    [1, 100],
    ["1%", 1],
    ["0.3", 30],
    ["50%以上", 50],
    ["約60%", 60],
    [0, 0],
    ["-", 0],
    [0.29, 29],
    ["7:3", 70],
    ["５：５", 50],
  ] as const)("reads %s as %s%%", (value, expected) => {
    expect(readEffort(value)).toBe(expected);
  });

  it.each([["half"], [150], [-10], ["#VALUE!"], [true]] as const)("cannot read %s", (value) => {
    expect(readEffort(value)).toBe(UNREADABLE);
  });
});

describe("readDate", () => {
  const day = (d: ReturnType<typeof readDate>) => (d && d !== UNREADABLE ? [d.date.toISOString().slice(0, 10), d.fiscalYear, d.yearOnly] : d);
  it.each([
    [new Date(Date.UTC(2024, 3, 1)), ["2024-04-01", 2024, false]],
    [45383, ["2024-04-01", 2024, false]],
    ["2024-04-01", ["2024-04-01", 2024, false]],
    ["2024/4/1", ["2024-04-01", 2024, false]],
    ["２０２４年４月１日", ["2024-04-01", 2024, false]],
    ["令和6年4月1日", ["2024-04-01", 2024, false]],
    ["2025年3月", ["2025-03-01", 2024, false]],
    [2024, ["2024-04-01", 2024, true]],
    ["2024年度", ["2024-04-01", 2024, true]],
    ["R6", ["2024-04-01", 2024, true]],
    ["令和元年度", ["2019-04-01", 2019, true]],
    ["H31", ["2019-04-01", 2019, true]],
  ] as const)("reads %s", (value, expected) => {
    expect(day(readDate(value))).toEqual(expected);
  });

  it("cannot read 2024-02-30, text, or a small number", () => {
    expect(readDate("2024-02-30")).toBe(UNREADABLE);
    expect(readDate("来年")).toBe(UNREADABLE);
    expect(readDate(12)).toBe(UNREADABLE);
  });
});

describe("readTrainingDone", () => {
  it("reads dates, years, 修了 / 見込み / 未修了, yes / no", () => {
    expect(readTrainingDone("修了見込み")).toEqual({ done: true });
    expect(readTrainingDone("未修了")).toEqual({ done: false });
    expect(readTrainingDone("いいえ")).toEqual({ done: false });
    const d = readTrainingDone(new Date(Date.UTC(2024, 2, 31)));
    expect(d !== UNREADABLE && d?.done && d.on?.date.toISOString().slice(0, 10)).toBe("2024-03-31");
    const y = readTrainingDone(2024);
    expect(y !== UNREADABLE && y?.done && y.on?.date.toISOString().slice(0, 10)).toBe("2024-03-31");
  });
});

describe("readPhase", () => {
  it.each([
    ["臨床", "clinical"],
    ["臨床フェーズ", "clinical"],
    ["Clinical", "clinical"],
    ["研究", "research"],
    ["研究フェーズ", "research"],
    ["留学", "research"],
    ["休止", "leave"],
    ["産休・育休", "leave"],
  ] as const)("reads %s as %s", (value, expected) => {
    expect(readPhase(value)).toBe(expected);
  });
});

describe("readPeriodLabel", () => {
  it.each([
    [1, { kind: "course", from: 1, to: 1 }],
    ["1年目", { kind: "course", from: 1, to: 1 }],
    ["１年次", { kind: "course", from: 1, to: 1 }],
    ["第3年", { kind: "course", from: 3, to: 3 }],
    ["Year 2", { kind: "course", from: 2, to: 2 }],
    ["3年目 後期", { kind: "course", from: 3, to: 3, half: 2 }],
    ["3年目（前期）", { kind: "course", from: 3, to: 3, half: 1 }],
    ["1〜2年目", { kind: "course", from: 1, to: 2 }],
    ["1年目 (2024年度)", { kind: "course", from: 1, to: 1 }],
    ["R3", { kind: "fiscal", from: 2021, to: 2021 }],
    ["令和3年度", { kind: "fiscal", from: 2021, to: 2021 }],
    ["2021年度", { kind: "fiscal", from: 2021, to: 2021 }],
    [2021, { kind: "fiscal", from: 2021, to: 2021 }],
    ["FY2022 前期", { kind: "fiscal", from: 2022, to: 2022, half: 1 }],
    ["2021〜2022年度", { kind: "fiscal", from: 2021, to: 2022 }],
    ["2024/10", { kind: "fiscal", from: 2024, to: 2024 }],
    [new Date(Date.UTC(2025, 1, 1)), { kind: "fiscal", from: 2024, to: 2024 }],
    ["2024/4〜2025/3", { kind: "fiscal", from: 2024, to: 2024 }],
    ["2024年10月～2025年3月", { kind: "fiscal", from: 2024, to: 2024, half: 2 }],
    ["2024-04-01〜2026-03-31", { kind: "fiscal", from: 2024, to: 2025 }],
  ] as const)("reads %s", (value, expected) => {
    expect(readPeriodLabel(value)).toEqual(expected);
  });

  it("cannot read text that names no period", () => {
    expect(readPeriodLabel("論文")).toBe(UNREADABLE);
    expect(readPeriodLabel("25年目")).toBe(UNREADABLE);
  });
});

describe("readYear", () => {
  it("reads 2023, '2023年', 'R5', a date, '2026年(予定)'", () => {
    expect(readYear(2023)).toBe(2023);
    expect(readYear("2023年")).toBe(2023);
    expect(readYear("R5")).toBe(2023);
    expect(readYear(new Date(Date.UTC(2023, 5, 1)))).toBe(2023);
    expect(readYear("2026年(予定)")).toBe(2026);
    expect(readYear("soon")).toBe(UNREADABLE);
  });
});
