"use client";

import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { PALETTE } from "@/lib/palette";
import { PUBLISHED_POINTS_HEIGHT } from "./chart-heights";
import { PublishedMarker } from "./published-marker";

export type PublishedDatum = { year: number; value: number; reference: boolean; text: string };

const Diamond = (props: { cx?: number; cy?: number; payload?: { reference?: boolean } }) => (
  <PublishedMarker cx={props.cx ?? 0} cy={props.cy ?? 0} reference={Boolean(props.payload?.reference)} />
);

/** The drawing of published-points-chart.tsx (Recharts, loaded lazily through lazy-charts.tsx). */
export function PublishedPointsDrawing({ data, format, unit }: { data: PublishedDatum[]; format: (display: number) => string; unit: string }) {
  const years = data.map((p) => p.year);
  return (
      <ResponsiveContainer width="100%" height={PUBLISHED_POINTS_HEIGHT}>
        <ScatterChart margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={PALETTE.grid} strokeDasharray="3 3" />
          <XAxis type="number" dataKey="year" domain={[Math.min(...years) - 1, Math.max(...years) + 1]} allowDecimals={false} tickCount={years.length + 2} stroke={PALETTE.axis} fontSize={12} />
          <YAxis type="number" dataKey="value" tickFormatter={format} stroke={PALETTE.axis} fontSize={12} width={64} domain={["auto", "auto"]} />
          <Tooltip formatter={(value) => [`${format(Number(value))} ${unit}`]} labelFormatter={() => ""} />
          <Scatter data={data} shape={<Diamond />} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
  );
}
