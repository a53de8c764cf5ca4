"use client";

import type { BulletDatum } from "@/lib/progress/progress-shapes";
import { STATUS_COLOUR, StatusGlyph } from "@/components/progress/status-icon";
import { PALETTE } from "@/lib/palette";

export const PROGRESS_DEMO_PATTERN_ID = "duikou-progress-demo";

type Props = {
  data: BulletDatum[];
  labels: { title: string; actual: string; target: string; pace: string };
  /** Row labels link to a profile where given. */
  hrefOf?: (key: string) => string | null;
};

const WIDTH = 980;
const LABEL = 190;
const STATUS = 240;
const ROW = 30;
const TOP = 34;

/**
 * Bullet charts, one per target, on a common scale of shares of the target: a grey track to the
 * target (100%), the actual as a bar in the status colour (hatched where demonstration data
 * speaks), a black marker at the share expected by now. Icon and word of the status sit at the
 * end of each row, so the status reads without colour and survives export to an image.
 */
export function BulletChart({ data, labels, hrefOf }: Props) {
  const track = WIDTH - LABEL - STATUS;
  const max = Math.min(2, Math.max(1.2, ...data.map((d) => Math.max(d.achieved ?? 0, d.expected) * 1.05)));
  const x = (share: number) => LABEL + (Math.min(share, max) / max) * track;
  const height = TOP + data.length * ROW + 28;
  const ticks = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2].filter((t) => t <= max + 1e-9);
  return (
    <svg className="bullet-chart" viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role={hrefOf ? "group" : "img"} aria-label={labels.title} data-testid="bullet-chart">
      <defs>
        <pattern id={PROGRESS_DEMO_PATTERN_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" strokeOpacity="0.7" />
        </pattern>
      </defs>
      <g fontSize={12} fill={PALETTE.axis}>
        <rect x={LABEL} y={8} width={18} height={10} fill={PALETTE.real} />
        <text x={LABEL + 24} y={17}>{labels.actual}</text>
        <rect x={LABEL + 130} y={6} width={3} height={14} fill="#111827" />
        <text x={LABEL + 140} y={17}>{labels.pace}</text>
        <rect x={LABEL + 270} y={6} width={2} height={14} fill={PALETTE.axis} />
        <text x={LABEL + 278} y={17}>{labels.target}</text>
      </g>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={TOP + data.length * ROW} stroke={PALETTE.grid} strokeDasharray={t === 1 ? undefined : "3 3"} />
          <text x={x(t)} y={TOP + data.length * ROW + 16} fontSize={11} textAnchor="middle" fill={PALETTE.axis}>{`${Math.round(t * 100)}%`}</text>
        </g>
      ))}
      {data.map((d, i) => {
        const cy = TOP + i * ROW + ROW / 2;
        const href = hrefOf?.(d.key) ?? null;
        const label = (
          <text x={LABEL - 8} y={cy + 4} fontSize={12} textAnchor="end" fill={href ? "#0b4f8a" : "#1f2937"}>
            {d.label.length > 24 ? `${d.label.slice(0, 23)}…` : d.label}
          </text>
        );
        const colour = STATUS_COLOUR[d.status];
        const end = d.achieved === null ? null : x(d.achieved);
        return (
          <g key={d.key} data-testid={`bullet-${d.key}`} data-status={d.status}>
            <title>{`${d.label}: ${d.statusText}`}</title>
            {href ? <a href={href}>{label}</a> : label}
            <rect x={LABEL} y={cy - 8} width={x(1) - LABEL} height={16} fill="#e8ecf1" />
            {end !== null ? (
              <>
                <rect x={LABEL} y={cy - 5} width={Math.max(1, end - LABEL)} height={10} fill={colour} />
                {d.demo ? <rect x={LABEL} y={cy - 5} width={Math.max(1, end - LABEL)} height={10} fill={`url(#${PROGRESS_DEMO_PATTERN_ID})`} /> : null}
              </>
            ) : null}
            <rect x={x(1) - 1} y={cy - 10} width={2} height={20} fill={PALETTE.axis} />
            <rect x={x(d.expected) - 1.5} y={cy - 9} width={3} height={18} fill="#111827" />
            <StatusGlyph status={d.status} x={WIDTH - STATUS + 16} y={cy} />
            <text x={WIDTH - STATUS + 28} y={cy + 4} fontSize={12} fill="#1f2937">{d.statusText}</text>
          </g>
        );
      })}
    </svg>
  );
}
