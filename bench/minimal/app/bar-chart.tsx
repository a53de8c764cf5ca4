"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

export type Row = { district: string; total: number };

export function FundsBarChart({ rows }: { rows: Row[] }) {
  return (
    <BarChart width={900} height={420} data={rows} margin={{ top: 16, right: 16, bottom: 48, left: 16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="district" angle={-30} textAnchor="end" interval={0} />
      <YAxis />
      <Tooltip />
      <Bar dataKey="total" fill="#2f6db5" isAnimationActive={false} />
    </BarChart>
  );
}
