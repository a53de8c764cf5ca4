// The Recharts modules the server drawing needs (no React), not the library: see bar-geometry.ts.
import { getNiceTickValues, getTickValuesFixedDomain } from "recharts/es6/util/scale/getNiceTickValues";

/**
 * Where the published cumulative points go (components/charts/published-points-drawing.tsx's
 * scatter, drawn by the server in static-published-points.tsx until a reader reaches for it):
 * years one apart from the first and last point, Recharts' tick rules on both axes, the same margins.
 */
export type PointsGeometry = {
  plot: { x0: number; x1: number; y0: number; y1: number };
  points: { x: number; y: number; reference: boolean }[];
  yearTicks: { value: number; at: number }[];
  valueTicks: { value: number; at: number }[];
  /** Horizontal grid lines: Recharts' grid for this chart draws every other value tick. */
  valueGrid: number[];
};

export function pointsGeometry(data: readonly { year: number; value: number; reference: boolean }[], width: number, height: number): PointsGeometry {
  const plot = { x0: 64, x1: Math.max(width - 24, 65), y0: 8, y1: height - 4 - 30 };
  const years = data.map((p) => p.year);
  const from = Math.min(...years) - 1;
  const to = Math.max(...years) + 1;
  const values = data.map((p) => p.value);
  const yearTicks = data.length ? getTickValuesFixedDomain([from, to], years.length + 2, false).map(Number) : [];
  const valueTicks = data.length ? getNiceTickValues([Math.min(...values), Math.max(...values)], 5, true).map(Number) : [];
  const low = valueTicks[0] ?? 0;
  const high = valueTicks[valueTicks.length - 1] ?? 1;
  const x = (year: number) => plot.x0 + ((year - from) / (to - from || 1)) * (plot.x1 - plot.x0);
  const y = (value: number) => plot.y1 - ((value - low) / (high - low || 1)) * (plot.y1 - plot.y0);
  return {
    plot,
    points: data.map((p) => ({ x: x(p.year), y: y(p.value), reference: p.reference })),
    yearTicks: yearTicks.map((value) => ({ value, at: x(value) })),
    valueTicks: valueTicks.map((value) => ({ value, at: y(value) })),
    valueGrid: valueTicks.filter((_, i) => i % 2 === 0).map(y),
  };
}
