import { describe, expect, it } from "vitest";
import { gapWeights, spread } from "./displace";

describe("gapWeights", () => {
  it("without displacement keeps the weights' proportions and meets the target", () => {
    const gaps = gapWeights([1, 2, 3], [0, 0, 0], 60);
    gaps.forEach((g, i) => expect(g).toBeCloseTo([10, 20, 30][i] ?? 0, 6));
  });

  it("fills only the expectation beyond a real figure (worked by hand)", () => {
    // Weights 1 and 1, target 10, cell 0 already holds 4 real: k·1 − 4 + k·1 = 10 → k = 7 → gaps 3 and 7.
    const gaps = gapWeights([1, 1], [4, 0], 10);
    expect(gaps[0]).toBeCloseTo(3, 6);
    expect(gaps[1]).toBeCloseTo(7, 6);
  });

  it("gives no demo to a cell whose real figure exceeds the model's expectation", () => {
    // k·1 − 50 < 0 for the k that meets 10 on the other cell alone: k = 10.
    const gaps = gapWeights([1, 1], [50, 0], 10);
    expect(gaps[0]).toBe(0);
    expect(gaps[1]).toBeCloseTo(10, 6);
  });

  it("spreads an amount by weight", () => {
    expect(spread(12, [1, 2, 3])).toEqual([2, 4, 6]);
    expect(spread(4, [0, 0])).toEqual([2, 2]);
  });
});
