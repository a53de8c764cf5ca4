import { describe, expect, it } from "vitest";
import { apportion, createRng, splitPositive } from "./random";

describe("apportion", () => {
  it("splits a total exactly, proportionally", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [3, 1])).toEqual([75, 25]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });

  it("always adds up, whatever the weights", () => {
    const rng = createRng(42);
    for (let k = 0; k < 50; k++) {
      const weights = Array.from({ length: 1 + Math.floor(rng() * 30) }, () => rng() * 10);
      const total = Math.floor(rng() * 100_000);
      expect(apportion(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it("refuses a total it cannot place", () => {
    expect(() => apportion(5, [])).toThrow();
    expect(() => apportion(-1, [1])).toThrow();
  });
});

describe("splitPositive", () => {
  it("gives positive parts that add up, never more parts than units", () => {
    const rng = createRng(1);
    const parts = splitPositive(rng, 17, 5);
    expect(parts).toHaveLength(5);
    expect(parts.every((p) => p >= 1)).toBe(true);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(17);
    expect(splitPositive(rng, 3, 10)).toHaveLength(3);
  });
});

describe("createRng", () => {
  it("repeats for the same seed", () => {
    const a = createRng(9);
    const b = createRng(9);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
