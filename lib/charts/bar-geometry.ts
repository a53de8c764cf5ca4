// The one Recharts module the server drawing needs (no React, ~5 KB with decimal.js-light), not the library.
import { getNiceTickValues } from "recharts/es6/util/scale/getNiceTickValues";
import type { StackedDatum } from "@/lib/chart-shapes";

/**
 * Where each part of a stacked bar chart goes, computed without a browser: the drawing the server
 * sends (components/charts/static-stacked-bar.tsx) before Recharts is loaded. The numbers follow
 * Recharts' own layout for the same props (components/charts/stacked-bar-chart.tsx: margins, axis
 * widths, an 18% category gap, bars at most 36 px, five "nice" value ticks from Recharts' own
 * getNiceTickValues), so when a reader's pointer or focus brings in the interactive drawing, it
 * lands on the same bars and axes.
 */

export type BarLayout = "horizontal" | "vertical";
export type BarPart = "real" | "cumulative" | "demo";
export const BAR_PARTS: readonly BarPart[] = ["real", "cumulative", "demo"];

const MARGIN = { top: 8, right: 24, bottom: 8 };
/** The value axis (left, for columns) and the category axis (left, for rows), as the Recharts chart sets them. */
const COLUMN_VALUE_AXIS = 64;
const ROW_CATEGORY_AXIS = 130;
/** Recharts' bottom axis height and the one-line legend's (12 px text, line height 1.5). */
export const BOTTOM_AXIS = 30;
export const LEGEND_HEIGHT = 18;
const CATEGORY_GAP = 0.18;
const MAX_BAR = 36;
const MIN_TICK_GAP = 8;
const FONT_SIZE = 12;

export type Rect = { key: string; part: BarPart; x: number; y: number; width: number; height: number };
export type CategoryTick = { key: string; label: string; at: number };
export type ValueTick = { value: number; at: number };
export type BarGeometry = {
  plot: { x0: number; x1: number; y0: number; y1: number };
  bars: Rect[];
  categoryTicks: CategoryTick[];
  valueTicks: ValueTick[];
  legend: boolean;
};

/** Which parts are drawn at all: those with a value somewhere (real alone when nothing has any). */
export function partsShown(data: readonly StackedDatum[]): Record<BarPart, boolean> {
  const demo = data.some((d) => d.demo > 0);
  const cumulative = data.some((d) => d.cumulative > 0);
  return { demo, cumulative, real: data.some((d) => d.real > 0) || (!demo && !cumulative) };
}

/** A label's width at 12 px: CJK and full-width characters one em, others ~0.6 em (Noto Sans digits). */
export function labelWidth(label: string): number {
  let width = 0;
  for (const ch of label) width += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? FONT_SIZE : FONT_SIZE * 0.6;
  return width;
}

/**
 * Recharts' "preserveEnd" choice of category labels: from the last one back, each label is shown
 * when it fits inside the axis and clears the one shown after it by the minimum gap.
 */
function labelsThatFit(ticks: CategoryTick[], start: number, end: number): CategoryTick[] {
  const shown: CategoryTick[] = [];
  let limit = end;
  for (let i = ticks.length - 1; i >= 0; i--) {
    const tick = ticks[i]!;
    const half = labelWidth(tick.label) / 2;
    let at = tick.at;
    if (i === ticks.length - 1 && at + half > end) at = end - half;
    if (at - half >= start && at + half <= limit) {
      shown.unshift({ ...tick, at });
      limit = at - half - MIN_TICK_GAP;
    }
  }
  return shown;
}

export function barGeometry(data: readonly StackedDatum[], layout: BarLayout, width: number, height: number): BarGeometry {
  const shown = partsShown(data);
  const legend = shown.demo || shown.cumulative;
  const rows = layout === "vertical";
  const plot = {
    x0: rows ? 8 + ROW_CATEGORY_AXIS : COLUMN_VALUE_AXIS,
    x1: Math.max(width - MARGIN.right, (rows ? 8 + ROW_CATEGORY_AXIS : COLUMN_VALUE_AXIS) + 1),
    y0: MARGIN.top,
    y1: height - MARGIN.bottom - BOTTOM_AXIS - (legend ? LEGEND_HEIGHT : 0),
  };
  const max = Math.max(0, ...data.map((d) => (shown.real ? d.real : 0) + (shown.cumulative ? d.cumulative : 0) + (shown.demo ? d.demo : 0)));
  const ticks = getNiceTickValues([0, max], 5, true).map(Number);
  const top = Math.max(ticks[ticks.length - 1] ?? 0, max) || 1;
  const valueSpan = rows ? plot.x1 - plot.x0 : plot.y1 - plot.y0;
  const scale = (v: number) => (v / top) * valueSpan;
  const valueAt = (v: number) => (rows ? plot.x0 + scale(v) : plot.y1 - scale(v));

  const categorySpan = rows ? plot.y1 - plot.y0 : plot.x1 - plot.x0;
  const band = data.length ? categorySpan / data.length : categorySpan;
  let offset = band * CATEGORY_GAP;
  let size = band - 2 * offset;
  if (size > MAX_BAR) {
    size = MAX_BAR;
    offset = (band - MAX_BAR) / 2;
  }
  size = Math.max(1, Math.round(size));
  const categoryStart = rows ? plot.y0 : plot.x0;

  const bars: Rect[] = [];
  data.forEach((d, i) => {
    const across = categoryStart + i * band + offset;
    let base = 0;
    for (const part of BAR_PARTS) {
      if (!shown[part] || d[part] <= 0) continue;
      const from = scale(base);
      const length = scale(d[part]);
      base += d[part];
      bars.push(rows ? { key: d.key, part, x: plot.x0 + from, y: across, width: length, height: size } : { key: d.key, part, x: across, y: plot.y1 - from - length, width: size, height: length });
    }
  });

  const categoryTicks = data.map((d, i) => ({ key: d.key, label: d.label, at: categoryStart + (i + 0.5) * band }));
  return {
    plot,
    bars,
    // Rows show every label (interval 0); columns the ones that fit, as Recharts does.
    categoryTicks: rows ? categoryTicks : labelsThatFit(categoryTicks, 0, width),
    valueTicks: ticks.map((value) => ({ value, at: valueAt(value) })),
    legend,
  };
}
