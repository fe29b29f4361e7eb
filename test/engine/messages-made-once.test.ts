import { TWO_YEAR_MESSAGES as M } from "../../src/engine/messages/two-year";

/** Messages are made once per distinct arguments (issue 13): the same words, never another's. */
describe("two-year messages, made once per arguments", () => {
  it("gives the same message for the same arguments, and its own for others", () => {
    expect(M.shortfall("内科/血液", 0, 4)).toBe(M.shortfall("内科/血液", 0, 4));
    expect(M.shortfall("内科/血液", 0, 4).ja).toBe("内科(血液) 0週 (必要 4週以上)");
    expect(M.shortfall("内科/血液", 2, 4).ja).toBe("内科(血液) 2週 (必要 4週以上)");
    expect(M.shortfall("外科", 0, 4).ja).toBe("外科 0週 (必要 4週以上)");
  });

  it("tells an argument left out from one given, and a number from the same text", () => {
    expect(M.programMin("小児科", 4, 8).ja).toBe("小児科 4週 (必要 8週以上)");
    expect(M.programMin("小児科", 4, 8, 1).ja).toBe("1年次の 小児科 4週 (必要 8週以上)");
    expect(M.programMin("小児科", 4, 8).ja).toBe("小児科 4週 (必要 8週以上)");
    expect(M.courseRequired(1, "1", "精神科").ja).not.toBe(M.courseRequired(2, "1", "精神科").ja);
  });
});
