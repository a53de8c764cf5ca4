"use client";

import { useRef } from "react";
import { pointsGeometry } from "@/lib/charts/points-geometry";
import { PALETTE } from "@/lib/palette";
import { useNominalWidth } from "./chart-columns";
import { PUBLISHED_POINTS_HEIGHT } from "./chart-heights";
import { PublishedMarker } from "./published-marker";
import type { PublishedDatum } from "./published-points-drawing";
import { useMeasuredWidth } from "./use-measured-width";

/**
 * The published cumulative points as plain SVG, drawn by the server (as static-stacked-bar.tsx does
 * for bars); the Recharts scatter (tooltips) replaces it on a reader's intent (lazy-charts.tsx).
 */
export function StaticPublishedPoints({ data, format }: { data: PublishedDatum[]; format: (display: number) => string }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useMeasuredWidth(ref, useNominalWidth());
  const height = PUBLISHED_POINTS_HEIGHT;
  const g = pointsGeometry(data, width, height);
  const axis = { stroke: PALETTE.axis, fill: "none" };
  const text = { fontSize: 12, fill: PALETTE.axis };
  return (
    <div ref={ref} className="chart-static" style={{ height }}>
      <svg width="100%" height={height} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMinYMin meet" aria-hidden="true" style={{ display: "block" }}>
        <g stroke={PALETTE.grid} strokeDasharray="3 3" fill="none">
          {g.valueGrid.map((y) => (
            <line key={`h${y}`} x1={g.plot.x0} y1={y} x2={g.plot.x1} y2={y} />
          ))}
          {g.yearTicks.map((t) => (
            <line key={`v${t.value}`} x1={t.at} y1={g.plot.y0} x2={t.at} y2={g.plot.y1} />
          ))}
        </g>
        <line {...axis} x1={g.plot.x0} y1={g.plot.y1} x2={g.plot.x1} y2={g.plot.y1} />
        <line {...axis} x1={g.plot.x0} y1={g.plot.y0} x2={g.plot.x0} y2={g.plot.y1} />
        {g.yearTicks.map((t) => (
          <g key={t.value}>
            <line {...axis} x1={t.at} y1={g.plot.y1} x2={t.at} y2={g.plot.y1 + 6} />
            <text {...text} x={t.at} y={g.plot.y1 + 8} dy="0.71em" textAnchor="middle">{t.value}</text>
          </g>
        ))}
        {g.valueTicks.map((t) => (
          <g key={t.value}>
            <line {...axis} x1={g.plot.x0 - 6} y1={t.at} x2={g.plot.x0} y2={t.at} />
            <text {...text} x={g.plot.x0 - 8} y={t.at} dy="0.355em" textAnchor="end">{format(t.value)}</text>
          </g>
        ))}
        {g.points.map((p, i) => (
          <PublishedMarker key={i} cx={p.x} cy={p.y} reference={p.reference} />
        ))}
      </svg>
    </div>
  );
}
