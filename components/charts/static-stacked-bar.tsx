"use client";

import { useRouter } from "next/navigation";
import { useRef, type MouseEvent } from "react";
import type { StackedDatum } from "@/lib/chart-shapes";
import { barGeometry, LEGEND_HEIGHT, partsShown, type BarLayout, type BarPart } from "@/lib/charts/bar-geometry";
import { useNominalWidth } from "./chart-columns";
import { useMeasuredWidth } from "./use-measured-width";
import { CUMULATIVE_PATTERN_ID, DEMO_PATTERN_ID, PALETTE } from "@/lib/palette";
import { barPatternDefs } from "./bar-patterns";

type Props = {
  data: StackedDatum[];
  layout: BarLayout;
  height: number;
  labels: { real: string; cumulative: string; demo: string };
  format: (value: number) => string;
  /** Category labels link to a profile, as in the interactive drawing (a click here follows it too). */
  linkOf?: (key: string) => string;
  /** A click on a bar selects its category, as in the interactive drawing (a tap lands here before it arrives). */
  onSelect?: (key: string) => void;
};


const FILL: Record<BarPart, string> = { real: PALETTE.real, cumulative: `url(#${CUMULATIVE_PATTERN_ID})`, demo: `url(#${DEMO_PATTERN_ID})` };

/**
 * A stacked bar chart drawn as plain SVG, on the server and in the first paint, from the same
 * data and layout rules as the Recharts drawing (lib/charts/bar-geometry.ts). It costs the
 * browser almost nothing; the Recharts drawing (tooltips, keyboard, selection) replaces it when
 * a reader points at it, focuses or touches it, or an export asks (lazy-charts.tsx).
 */
export function StaticStackedBar({ data, layout, height, labels, format, linkOf, onSelect }: Props) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  const width = useMeasuredWidth(ref, useNominalWidth());
  const g = barGeometry(data, layout, width, height);
  const click = (event: MouseEvent) => {
    const target = event.target as Element;
    const href = target.closest("[data-href]")?.getAttribute("data-href");
    if (href) return router.push(href);
    const key = target.closest("[data-key]")?.getAttribute("data-key");
    if (key && onSelect) onSelect(key);
  };
  const rows = layout === "vertical";
  const shown = partsShown(data);
  const axis = { stroke: PALETTE.axis, fill: "none" };
  const text = { fontSize: 12, fill: PALETTE.axis };
  return (
    <div ref={ref} className="chart-static" style={{ position: "relative", height }}>
      <svg width="100%" height={height} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMinYMin meet" aria-hidden="true" style={{ display: "block" }} onClick={linkOf || onSelect ? click : undefined}>
        {barPatternDefs()}
        <g stroke={PALETTE.grid} strokeDasharray="3 3" fill="none">
          {g.valueTicks.map((t) => (rows ? <line key={t.value} x1={t.at} y1={g.plot.y0} x2={t.at} y2={g.plot.y1} /> : <line key={t.value} x1={g.plot.x0} y1={t.at} x2={g.plot.x1} y2={t.at} />))}
        </g>
        <g>
          {g.bars.map((b, i) => (
            <rect
              key={i}
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
              fill={FILL[b.part]}
              {...(b.part === "demo" ? { stroke: PALETTE.demoHatch, strokeWidth: 0.5 } : {})}
              {...(onSelect ? { "data-key": b.key, cursor: "pointer" } : {})}
            />
          ))}
        </g>
        <line {...axis} x1={g.plot.x0} y1={g.plot.y1} x2={g.plot.x1} y2={g.plot.y1} />
        <line {...axis} x1={g.plot.x0} y1={g.plot.y0} x2={g.plot.x0} y2={g.plot.y1} />
        {rows ? (
          <>
            {g.valueTicks.map((t) => (
              <g key={t.value}>
                <line {...axis} x1={t.at} y1={g.plot.y1} x2={t.at} y2={g.plot.y1 + 6} />
                <text {...text} x={t.at} y={g.plot.y1 + 8} dy="0.71em" textAnchor="middle">{format(t.value)}</text>
              </g>
            ))}
            {g.categoryTicks.map((t) => (
              <g key={t.key}>
                {linkOf ? null : <line {...axis} x1={g.plot.x0 - 6} y1={t.at} x2={g.plot.x0} y2={t.at} />}
                <text {...text} x={g.plot.x0 - 12} y={t.at} dy={4} textAnchor="end" {...(linkOf ? { fill: "#0b4f8a", className: "chart-tick-link", "data-href": linkOf(t.key), "data-testid": `tick-link-${t.key}` } : {})}>
                  {t.label}
                </text>
              </g>
            ))}
          </>
        ) : (
          <>
            {g.valueTicks.map((t) => (
              <g key={t.value}>
                <line {...axis} x1={g.plot.x0 - 6} y1={t.at} x2={g.plot.x0} y2={t.at} />
                <text {...text} x={g.plot.x0 - 8} y={t.at} dy="0.355em" textAnchor="end">{format(t.value)}</text>
              </g>
            ))}
            {g.categoryTicks.map((t) => (
              <g key={t.key}>
                <line {...axis} x1={t.at} y1={g.plot.y1} x2={t.at} y2={g.plot.y1 + 6} />
                <text {...text} x={t.at} y={g.plot.y1 + 8} dy="0.71em" textAnchor="middle">{t.label}</text>
              </g>
            ))}
          </>
        )}
      </svg>
      {g.legend ? (
        <ul className="chart-static__legend" aria-hidden="true" style={{ height: LEGEND_HEIGHT }}>
          {(["real", "cumulative", "demo"] as const)
            .filter((part) => shown[part])
            .map((part) => (
              <li key={part}>
                <svg width="14" height="14" viewBox="0 0 32 32">
                  <path d="M0,4h32v24h-32z" fill={FILL[part]} />
                </svg>
                <span style={part === "real" ? { color: PALETTE.real } : undefined}>{labels[part]}</span>
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}
