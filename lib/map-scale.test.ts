import { describe, expect, it } from "vitest";
import { classColour, classIsDark, MAP_CLASS_COLOURS, quantileScale } from "./map-scale";

describe("quantileScale", () => {
  it("splits positive values into classes that each hold some, zero in none", () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const scale = quantileScale(values, 5);
    expect(scale.classes).toEqual([
      { index: 0, from: 1, to: 2 },
      { index: 1, from: 3, to: 4 },
      { index: 2, from: 5, to: 6 },
      { index: 3, from: 7, to: 8 },
      { index: 4, from: 9, to: 10 },
    ]);
    expect(scale.classOf(0)).toBeNull();
    expect(scale.classOf(1)).toBe(0);
    expect(scale.classOf(6)).toBe(2);
    expect(scale.classOf(10)).toBe(4);
    for (const c of scale.classes) expect(values.filter((v) => scale.classOf(v) === c.index).length).toBeGreaterThan(0);
  });

  it("spreads a skewed metric over every class (one huge value does not flatten the rest)", () => {
    const scale = quantileScale([1, 2, 3, 4, 1000], 5);
    expect(scale.classes.map((c) => c.to)).toEqual([1, 2, 3, 4, 1000]);
  });

  it("uses fewer classes when there are fewer distinct values", () => {
    expect(quantileScale([5, 5, 7], 5).classes).toEqual([{ index: 0, from: 5, to: 5 }, { index: 1, from: 7, to: 7 }]);
    expect(quantileScale([0, 0], 5).classes).toEqual([]);
    expect(quantileScale([0, 0], 5).classOf(3)).toBeNull();
  });
});

describe("class colours", () => {
  it("spreads few classes from the lightest to the darkest", () => {
    expect(classColour(0, 2)).toBe(MAP_CLASS_COLOURS[0]);
    expect(classColour(1, 2)).toBe(MAP_CLASS_COLOURS[4]);
    expect(classColour(0, 1)).toBe(MAP_CLASS_COLOURS[4]);
  });

  it("marks the dark classes for white text", () => {
    expect([0, 1, 2, 3, 4].map((i) => classIsDark(i, 5))).toEqual([false, false, false, true, true]);
  });

  it("keeps text readable: 4.5:1 contrast on every class", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    MAP_CLASS_COLOURS.forEach((colour, i) => {
      const text = classIsDark(i, MAP_CLASS_COLOURS.length) ? "#ffffff" : "#1b2430";
      expect(contrast(colour, text), colour).toBeGreaterThanOrEqual(4.5);
    });
  });
});
