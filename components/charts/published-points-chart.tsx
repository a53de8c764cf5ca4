"use client";

import { IntentLink } from "@/components/intent-link";
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { PALETTE } from "@/lib/palette";
import type { PublishedPoint } from "@/lib/published-series";

type Props = {
  points: PublishedPoint[];
  heading: string;
  /** Each point in words, with its caveat (also listed under the chart, so it reads without hover). */
  describe: (point: PublishedPoint) => string;
  sourceLabel: string;
  /** Stored → display units. */
  display: (stored: number) => number;
  format: (display: number) => string;
  unit: string;
};

const Diamond = (props: { cx?: number; cy?: number; payload?: { reference?: boolean } }) => {
  const { cx = 0, cy = 0, payload } = props;
  const r = 6;
  return payload?.reference ? (
    <circle cx={cx} cy={cy} r={r - 1} fill="#fff" stroke={PALETTE.axis} strokeWidth={1.5} />
  ) : (
    <path d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`} fill={PALETTE.accent} stroke="#7a2e00" strokeWidth={1} />
  );
};

/**
 * The program's cumulative totals as published at other dates, beside the yearly bars: their own
 * small chart (cumulative values are on another scale than yearly ones) and a list with caveats and
 * source links. Never added to any total.
 */
export function PublishedPointsChart({ points, heading, describe, sourceLabel, display, format, unit }: Props) {
  const data = points.map((p) => ({ year: p.year, value: display(p.value), reference: Boolean(p.reference), text: describe(p) }));
  const years = points.map((p) => p.year);
  return (
    <div className="published-points" data-testid="published-points">
      <p className="published-points__heading">{heading}</p>
      <ResponsiveContainer width="100%" height={150}>
        <ScatterChart margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={PALETTE.grid} strokeDasharray="3 3" />
          <XAxis type="number" dataKey="year" domain={[Math.min(...years) - 1, Math.max(...years) + 1]} allowDecimals={false} tickCount={years.length + 2} stroke={PALETTE.axis} fontSize={12} />
          <YAxis type="number" dataKey="value" tickFormatter={format} stroke={PALETTE.axis} fontSize={12} width={64} domain={["auto", "auto"]} />
          <Tooltip formatter={(value) => [`${format(Number(value))} ${unit}`]} labelFormatter={() => ""} />
          <Scatter data={data} shape={<Diamond />} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
      <ul className="published-points__list">
        {points.map((p) => (
          <li key={`${p.year}-${p.sourceId}`} data-reference={p.reference ? "true" : undefined}>
            <span aria-hidden="true">{p.reference ? "○" : "◆"} </span>
            {describe(p)} · <IntentLink href={`/sources#${p.sourceId}`}>{sourceLabel}</IntentLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
