import { describe, expect, it } from "vitest";
import type { StackedDatum } from "@/lib/chart-shapes";
import { barGeometry } from "./bar-geometry";

/**
 * Expected positions are read off Recharts' own drawing of the same props in Chromium
 * (components/charts/stacked-bar-chart.tsx at 1238 × 300 on the overview and 594 × 220 on a
 * district profile, 2026-11-29), not computed by the code under test.
 */
const datum = (key: string, label: string, real: number, cumulative: number, demo: number): StackedDatum => ({ key, label, real, cumulative, demo, total: real + cumulative + demo });

describe("bar geometry (the server-drawn stand-in lands where Recharts draws)", () => {
  // The overview's trend: three multi-year figures, then 1992–2022; the tallest stack 153 (ticks 0–160).
  const spans = [datum("s1", "1992–2015年累计", 0, 17, 0), datum("s2", "2003–2012年累计", 0, 3, 0), datum("s3", "2013–2022年累计", 0, 22, 0)];
  const years = Array.from({ length: 31 }, (_, i) => datum(String(1992 + i), String(1992 + i), 1, 0, i === 29 ? 152 : 5 + i * 4));
  const trend = barGeometry([...spans, ...years], "horizontal", 1238, 300);

  it("columns: plot area inside the margins, the value axis and the legend", () => {
    expect(trend.plot).toEqual({ x0: 64, x1: 1214, y0: 8, y1: 244 });
    expect(trend.legend).toBe(true);
  });

  it("columns: five nice value ticks on Recharts' grid lines", () => {
    expect(trend.valueTicks.map((t) => t.value)).toEqual([0, 40, 80, 120, 160]);
    expect(trend.valueTicks.map((t) => Math.round(t.at))).toEqual([244, 185, 126, 67, 8]);
  });

  it("columns: bars 22 px wide, 18% of the band in from its start", () => {
    const first = trend.bars.find((b) => b.part === "cumulative")!;
    expect(first.x).toBeCloseTo(70.0882, 3);
    expect(first.width).toBe(22);
    // 17 of 160 over 236 px, standing on the axis.
    expect(first.height).toBeCloseTo(25.075, 2);
    expect(first.y + first.height).toBeCloseTo(244, 6);
    const second = trend.bars.filter((b) => b.part === "cumulative")[1]!;
    expect(second.x).toBeCloseTo(103.9118, 3);
  });

  it("columns: the year labels Recharts shows (every other year, the first multi-year label), where it puts them", () => {
    expect(trend.categoryTicks.map((t) => t.label)).toEqual(["1992–2015年累计", ...Array.from({ length: 16 }, (_, i) => String(1992 + 2 * i))]);
    expect(trend.categoryTicks[0]!.at).toBeCloseTo(80.9118, 3);
    expect(trend.categoryTicks[1]!.at).toBeCloseTo(182.3824, 3);
    expect(trend.categoryTicks.at(-1)!.at).toBeCloseTo(1197.0882, 3);
  });

  it("rows (a profile's supporters): category axis 130 px, bars 17 px tall in 26 px bands", () => {
    const rows = ["上海市", "福建省", "天津市", "宁波市", "南京市", "厦门市"].map((name, i) => datum(`s${i}`, name, i === 3 ? 40 : 0, 0, 380 - i * 50));
    const g = barGeometry(rows, "vertical", 594, 220);
    expect(g.plot).toEqual({ x0: 138, x1: 570, y0: 8, y1: 164 });
    expect(g.valueTicks.map((t) => Math.round(t.at))).toEqual([138, 246, 354, 462, 570]);
    expect(g.bars[0]).toMatchObject({ part: "demo", x: 138, height: 17 });
    expect(g.bars[0]!.y).toBeCloseTo(12.68, 6);
    const real = g.bars.find((b) => b.part === "real")!;
    expect(real.y).toBeCloseTo(90.68, 6);
    // Every supporter is labelled, at its band's middle.
    expect(g.categoryTicks.map((t) => Math.round(t.at))).toEqual([21, 47, 73, 99, 125, 151]);
  });

  it("no data: an empty plot with a zero tick, never NaN", () => {
    const g = barGeometry([], "horizontal", 600, 300);
    expect(g.bars).toEqual([]);
    for (const t of g.valueTicks) expect(Number.isFinite(t.at)).toBe(true);
  });
});
