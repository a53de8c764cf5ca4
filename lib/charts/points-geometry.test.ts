import { describe, expect, it } from "vitest";
import { pointsGeometry } from "./points-geometry";

/** Expected positions read off Recharts' drawing of the overview's published funds points at 1238 × 150 in Chromium (2026-11-29). */
describe("published points geometry (the server's stand-in lands where Recharts draws)", () => {
  const g = pointsGeometry(
    [
      { year: 2018, value: 1815.7, reference: false },
      { year: 2022, value: 1794, reference: true },
      { year: 2024, value: 1883, reference: false },
    ],
    1238,
    150,
  );

  it("plot, year ticks one year beyond the points, nice value ticks", () => {
    expect(g.plot).toEqual({ x0: 64, x1: 1214, y0: 8, y1: 116 });
    expect(g.yearTicks).toEqual([2017, 2019, 2021, 2023, 2025].map((value, i) => ({ value, at: [64, 351.5, 639, 926.5, 1214][i] })));
    expect(g.valueTicks.map((t) => t.value)).toEqual([1770, 1800, 1830, 1860, 1890]);
    expect(g.valueTicks.map((t) => Math.round(t.at))).toEqual([116, 89, 62, 35, 8]);
    expect(g.valueGrid).toEqual([116, 62, 8]);
  });

  it("each point where Recharts puts it", () => {
    expect(g.points.map((p) => [p.x, Number(p.y.toFixed(2)), p.reference])).toEqual([
      [207.75, 74.87, false],
      [782.75, 94.4, true],
      [1070.25, 14.3, false],
    ]);
  });

  it("one point or none: finite positions", () => {
    for (const data of [[{ year: 2020, value: 5, reference: false }], []]) {
      const one = pointsGeometry(data, 600, 150);
      for (const p of one.points) expect([p.x, p.y].every(Number.isFinite)).toBe(true);
      for (const t of [...one.valueTicks, ...one.yearTicks]) expect(Number.isFinite(t.at)).toBe(true);
    }
  });
});
