/**
 * The engine's one largest-remainder core (model/largest-remainder.ts), under the quota (minimum
 * first, outside the core) and block fitting (share first, at least one each): its rules stated
 * as examples, its invariants as properties.
 */
import fc from "fast-check";
import { largestRemainder } from "../../src/engine/model/largest-remainder";

describe("largestRemainder", () => {
  it("floors each exact share and gives the rest to the largest remainders", () => {
    expect(largestRemainder([3, 1], 4)).toEqual([3, 1]);
    expect(largestRemainder([5, 3, 2], 7)).toEqual([4, 2, 1]); // 3.5, 2.1, 1.4
    expect(largestRemainder([0, 0], 3)).toEqual([0, 0]); // nothing to share by
    expect(largestRemainder([2, 1], 0)).toEqual([0, 0]);
  });

  it("breaks a tie in remainder by the tie-break value, then the earlier entry", () => {
    expect(largestRemainder([1, 1], 1)).toEqual([1, 0]);
    expect(largestRemainder([1, 1], 1, { tieBreak: [4, 8] })).toEqual([0, 1]);
    // 0.5 and 1.5 leave the same remainder: the larger weight (the default tie-break) wins it, or the given tie-break.
    expect(largestRemainder([1, 3, 6], 5)).toEqual([0, 2, 3]);
    expect(largestRemainder([1, 3, 6], 5, { tieBreak: [9, 0, 0] })).toEqual([1, 1, 3]);
  });

  it("keeps everyone at atLeast while there is room, taking the excess from the furthest above its share", () => {
    expect(largestRemainder([1, 1, 10], 4, { atLeast: 1 })).toEqual([1, 1, 2]);
    // Two entries exactly as far above their share (2 − 2 5/12, 4 − 4 5/12): the earlier gives one back
    // (a floating-point comparison used to decide this tie by rounding noise).
    expect(largestRemainder([29, 4, 53, 3, 4, 0, 39], 11, { atLeast: 1 })).toEqual([1, 1, 4, 1, 1, 1, 2]);
    // No room for everyone: plain largest remainder.
    expect(largestRemainder([1, 1, 10], 2, { atLeast: 1 })).toEqual([0, 0, 2]);
  });

  const weights = fc.array(fc.nat({ max: 300 }), { minLength: 1, maxLength: 20 });

  it("hands out exactly the seats, each within one of its exact share, more weight never fewer seats", () => {
    fc.assert(
      fc.property(weights, fc.nat({ max: 150 }), (ws, seats) => {
        const counts = largestRemainder(ws, seats);
        const sum = ws.reduce((s, w) => s + w, 0);
        expect(counts.reduce((s, c) => s + c, 0)).toBe(sum === 0 ? 0 : seats);
        counts.forEach((c, i) => {
          const exact = sum === 0 ? 0 : ((ws[i] ?? 0) * seats) / sum;
          expect(Math.abs(c - exact)).toBeLessThan(1);
        });
        ws.forEach((a, i) => ws.forEach((b, j) => a > b && expect(counts[i]).toBeGreaterThanOrEqual(counts[j] ?? 0)));
      }),
      { numRuns: 1000 },
    );
  });

  it("with atLeast, gives everyone at least that much whenever the seats allow it", () => {
    fc.assert(
      fc.property(weights, fc.nat({ max: 60 }), fc.integer({ min: 1, max: 2 }), (ws, seats, atLeast) => {
        if (!ws.some((w) => w > 0)) return;
        const counts = largestRemainder(ws, seats, { atLeast });
        expect(counts.reduce((s, c) => s + c, 0)).toBe(seats);
        if (seats >= atLeast * ws.length) for (const c of counts) expect(c).toBeGreaterThanOrEqual(atLeast);
      }),
      { numRuns: 1000 },
    );
  });
});
