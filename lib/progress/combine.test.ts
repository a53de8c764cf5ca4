import { describe, expect, it } from "vitest";
import { combineTargets, type TargetPart } from "./combine";

const part = (over: Partial<TargetPart>): TargetPart => ({
  id: 1, target: 100, expected: 0.4, actual: 40, demoActual: 0, isDemo: false, pairingConfidence: "high", sourceId: "s", ...over,
});

describe("combineTargets", () => {
  it("adds targets and actuals and weights the pace by target", () => {
    // 1000 at a 0.34 ramp and 500 at a linear 0.4: expected (340 + 200) / 1500 = 0.36.
    const c = combineTargets([part({ id: 1, target: 1000, expected: 0.34, actual: 300 }), part({ id: 2, target: 500, expected: 0.4, actual: 100 })]);
    expect(c?.target).toBe(1500);
    expect(c?.actual).toBe(400);
    expect(c?.expected).toBeCloseTo(0.36, 9);
    // achieved 400/1500 = 0.2667; of pace 0.2667/0.36 = 0.7407 → behind.
    expect(c?.ofPace).toBeCloseTo(400 / 1500 / 0.36, 9);
    expect(c?.status).toBe("behind");
    expect(c?.targetIds).toEqual([1, 2]);
  });

  it("keeps a missing actual missing only when every part's is", () => {
    expect(combineTargets([part({ actual: null }), part({ id: 2, actual: 40 })])?.actual).toBe(40);
    expect(combineTargets([part({ actual: null })])?.status).toBe("no-data");
  });

  it("carries the unverified caveat and the demo flag of any part", () => {
    const c = combineTargets([part({ pairingConfidence: "unverified", isDemo: true }), part({ id: 2 })]);
    expect(c?.caveats).toContain("unverified-pairing");
    expect(c?.demoTarget).toBe(true);
  });

  it("is null for no targets", () => {
    expect(combineTargets([])).toBeNull();
  });
});
