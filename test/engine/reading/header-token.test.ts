/**
 * Issue 8 item 4: what one header cell says, for the spellings real schedules use.
 */
import { headerToken } from "../../../src/engine/detect/header-token";

describe("headerToken", () => {
  it.each<[string | number, unknown]>([
    ["1ヶ月目", { kind: "block", n: 1, unit: "month" }],
    ["12カ月", { kind: "block", n: 12, unit: "month" }],
    ["24か月", { kind: "block", n: 24, unit: "month" }],
    ["第3月", { kind: "block", n: 3, unit: "month" }],
    ["第1クール", { kind: "block", n: 1 }],
    [104, { kind: "block", n: 104 }],
    ["104", { kind: "block", n: 104 }],
    ["1-2週", { kind: "week", n: 2 }],
    ["第5週", { kind: "week", n: 5 }],
    ["4/1", { kind: "date", day: expect.any(Number), yearless: true }],
  ])("reads %s", (value, token) => {
    expect(headerToken(value)).toEqual(token);
  });

  it.each([105, "105", "25ヶ月目", "内科6ヵ月", "6月から"])("is no header: %s", (value) => {
    expect(headerToken(value)).toBeUndefined();
  });
});
