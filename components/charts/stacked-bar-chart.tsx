"use client";

import { IntentLink } from "@/components/intent-link";
import { useCallback, useEffect, useRef, type KeyboardEvent } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, useActiveTooltipLabel, XAxis, YAxis } from "recharts";
import type { StackedDatum } from "@/lib/chart-shapes";
import { partsShown } from "@/lib/charts/bar-geometry";
import { stackedBarHeight } from "./chart-heights";
import { CUMULATIVE_PATTERN_ID, DEMO_PATTERN_ID, PALETTE } from "@/lib/palette";
import { barPatternDefs } from "./bar-patterns";

type Props = {
  data: StackedDatum[];
  /** "vertical" draws horizontal bars with labels on the left (rankings); "horizontal" draws columns (years). */
  layout: "horizontal" | "vertical";
  labels: { real: string; cumulative: string; demo: string; total: string };
  format: (value: number) => string;
  unit: string;
  onSelect?: (key: string) => void;
  /** Category labels become links (to a profile) when given; a click on a bar still calls onSelect. */
  linkOf?: (key: string) => string;
};

/** Reports the category the keyboard (or pointer) has made active, so Enter can select it. */
function ActiveLabel({ onChange }: { onChange: (label: string | undefined) => void }) {
  const label = useActiveTooltipLabel();
  useEffect(() => onChange(label === undefined ? undefined : String(label)), [label, onChange]);
  return null;
}

/** Real and demonstration parts stacked; demonstration bars are hatched so they read without colour. */
export function StackedBarChart({ data, layout, labels, format, unit, onSelect, linkOf }: Props) {
  const horizontalBars = layout === "vertical";
  const height = stackedBarHeight(data.length, layout);
  const { demo: showDemo, cumulative: showCumulative, real: showReal } = partsShown(data);
  const linkTick = (props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
    const label = String(props.payload?.value ?? "");
    const datum = data.find((d) => d.label === label);
    const text = (
      <text x={Number(props.x) - 4} y={Number(props.y)} dy={4} textAnchor="end" fontSize={12} fill={datum && linkOf ? "#0b4f8a" : PALETTE.axis} className={datum && linkOf ? "chart-tick-link" : undefined}>
        {label}
      </text>
    );
    return datum && linkOf ? <IntentLink href={linkOf(datum.key)} data-testid={`tick-link-${datum.key}`}>{text}</IntentLink> : text;
  };
  const click = onSelect ? (entry: unknown) => onSelect(String((entry as { payload: StackedDatum }).payload.key)) : undefined;
  // Arrow keys move the active bar (Recharts' accessibility layer); Enter or Space selects it, like a click.
  const active = useRef<string | undefined>(undefined);
  const setActive = useCallback((label: string | undefined) => {
    active.current = label;
  }, []);
  const keyDown = (event: KeyboardEvent) => {
    if (!onSelect || (event.key !== "Enter" && event.key !== " ")) return;
    // Enter on a category link opens the profile; it is not a selection.
    if ((event.target as Element).closest("a")) return;
    const datum = data.find((d) => d.label === active.current);
    if (!datum) return;
    event.preventDefault();
    onSelect(datum.key);
  };
  return (
    <ResponsiveContainer width="100%" height={height} onKeyDown={keyDown}>
      <BarChart data={data} layout={layout} margin={{ top: 8, right: 24, bottom: 8, left: horizontalBars ? 8 : 0 }} barCategoryGap="18%">
        {barPatternDefs()}
        <CartesianGrid stroke={PALETTE.grid} strokeDasharray="3 3" horizontal={!horizontalBars} vertical={horizontalBars} />
        {horizontalBars ? (
          <>
            <XAxis type="number" tickFormatter={format} stroke={PALETTE.axis} fontSize={12} />
            <YAxis type="category" dataKey="label" width={130} stroke={PALETTE.axis} fontSize={12} interval={0} tick={linkOf ? linkTick : true} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" stroke={PALETTE.axis} fontSize={12} minTickGap={8} />
            <YAxis tickFormatter={format} stroke={PALETTE.axis} fontSize={12} width={64} />
          </>
        )}
        <Tooltip
          formatter={(value, name) => [`${format(Number(value))} ${unit}`, name]}
          labelFormatter={(label, payload) => {
            const total = payload?.[0]?.payload as StackedDatum | undefined;
            return total ? `${label} · ${labels.total} ${format(total.total)} ${unit}` : String(label);
          }}
        />
        {showDemo || showCumulative ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
        {showReal ? (
          <Bar dataKey="real" name={labels.real} stackId="value" fill={PALETTE.real} isAnimationActive={false} cursor={onSelect ? "pointer" : undefined} onClick={click} maxBarSize={36} />
        ) : null}
        {showCumulative ? (
          <Bar dataKey="cumulative" name={labels.cumulative} stackId="value" fill={`url(#${CUMULATIVE_PATTERN_ID})`} isAnimationActive={false} maxBarSize={36} cursor={onSelect ? "pointer" : undefined} onClick={click} />
        ) : null}
        {showDemo ? (
          <Bar
            dataKey="demo"
            name={labels.demo}
            stackId="value"
            fill={`url(#${DEMO_PATTERN_ID})`}
            stroke={PALETTE.demoHatch}
            strokeWidth={0.5}
            isAnimationActive={false}
            maxBarSize={36}
            cursor={onSelect ? "pointer" : undefined}
            onClick={click}
          />
        ) : null}
        {onSelect ? <ActiveLabel onChange={setActive} /> : null}
      </BarChart>
    </ResponsiveContainer>
  );
}
