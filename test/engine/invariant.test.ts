import { at, InternalError, isNonEmpty, lastOf, mapNonEmpty, must } from "../../src/engine/model/invariant";

describe("the engine's invariants", () => {
  it("reads an index in range, and names the invariant when it is not", () => {
    expect(at(["a", "b"], 1, "two letters")).toBe("b");
    expect(() => at(["a", "b"], 2, "two letters")).toThrow(new InternalError("two letters (index 2 of 2)"));
    expect(() => at([], -1, "none")).toThrow(InternalError);
  });

  it("keeps a present value, and names the invariant for an absent one", () => {
    expect(must(0, "zero is a value")).toBe(0);
    expect(must("", "so is the empty text")).toBe("");
    expect(() => must(new Map<string, number>().get("x"), "x was set")).toThrow("internal error: x was set");
  });

  it("gives the last element of a non-empty list and maps it keeping it non-empty", () => {
    const list = [3, 1, 2];
    if (!isNonEmpty(list)) throw new Error("a list of three is non-empty");
    expect(lastOf(list)).toBe(2);
    expect(mapNonEmpty(list, (n, i) => n * 10 + i)).toEqual([30, 11, 22]);
    expect(isNonEmpty([])).toBe(false);
  });
});
