import { INITIAL_STATE, PAGE, reduce } from "../../src/taskpane/state/state";
import type { CheckResult } from "../../src/taskpane/check/run-check";

const result = (sheetId: string) => ({ sheetId }) as unknown as CheckResult;

describe("the pane's state", () => {
  it("keeps one notice per area, the newest", () => {
    let s = reduce(INITIAL_STATE, { type: "notify", notice: { area: "check", intent: "success", text: "a" } });
    s = reduce(s, { type: "notify", notice: { area: "templates", intent: "error", text: "b" } });
    s = reduce(s, { type: "notify", notice: { area: "check", intent: "info", text: "c" } });
    expect(s.notices.map((n) => [n.area, n.text])).toEqual([
      ["templates", "b"],
      ["check", "c"],
    ]);
    expect(reduce(s, { type: "dismiss", area: "check" }).notices.map((n) => n.text)).toEqual(["b"]);
  });

  it("shows more residents page by page, and starts again on another sheet only", () => {
    let s = reduce(INITIAL_STATE, { type: "checked", result: result("1") });
    s = reduce(s, { type: "more" });
    expect(s.shown).toBe(2 * PAGE);
    expect(reduce(s, { type: "checked", result: result("1") }).shown).toBe(2 * PAGE);
    expect(reduce(s, { type: "checked", result: result("2") }).shown).toBe(PAGE);
  });
});
