"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CompareEntity } from "@/lib/compare-shapes";
import { PALETTE } from "@/lib/palette";
import { COMPARE_LINE_HEIGHT } from "./chart-heights";

/** Each compared entity differs by colour, dash and marker, so the lines read in greyscale too. */
export const COMPARE_STYLES = [
  { colour: PALETTE.series[0], dash: undefined, symbol: "circle" },
  { colour: PALETTE.series[4], dash: "8 4", symbol: "square" },
  { colour: PALETTE.series[2], dash: "2 3", symbol: "triangle" },
  { colour: PALETTE.series[7], dash: "12 4 3 4", symbol: "diamond" },
] as const;

type Props = { data: Record<string, number>[]; entities: CompareEntity[]; format: (value: number) => string; unit: string };

export function CompareLineChart({ data, entities, format, unit }: Props) {
  return (
    <ResponsiveContainer width="100%" height={COMPARE_LINE_HEIGHT}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke={PALETTE.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" stroke={PALETTE.axis} fontSize={12} minTickGap={12} />
        <YAxis tickFormatter={format} stroke={PALETTE.axis} fontSize={12} width={64} />
        <Tooltip formatter={(value, name) => [`${format(Number(value))} ${unit}`, name]} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {entities.map((e, i) => {
          const style = COMPARE_STYLES[i % COMPARE_STYLES.length]!;
          return (
            <Line
              key={e.code}
              dataKey={e.code}
              name={e.label}
              stroke={style.colour}
              strokeWidth={2}
              strokeDasharray={style.dash}
              dot={{ symbol: style.symbol, r: 3.5, fill: style.colour, stroke: style.colour }}
              activeDot={{ symbol: style.symbol, r: 6 }}
              legendType={style.symbol}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
