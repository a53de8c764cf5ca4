import type { ProgressStatus } from "@/lib/progress/status";

/** Okabe–Ito colours; the shape (and the word beside it) carries the status too, never colour alone. */
export const STATUS_COLOUR: Record<ProgressStatus, string> = {
  "on-track": "#009E73",
  "at-risk": "#E69F00",
  behind: "#D55E00",
  "no-data": "#6b7280",
  "not-started": "#9ca3af",
};

/** Circle with a tick (on track), triangle with a bar (at risk), diamond with a cross (behind), hollow circles otherwise. */
export function StatusGlyph({ status, x, y, size = 14 }: { status: ProgressStatus; x: number; y: number; size?: number }) {
  const r = size / 2;
  const colour = STATUS_COLOUR[status];
  const mark = { stroke: "#ffffff", strokeWidth: 1.8, fill: "none", strokeLinecap: "round" as const };
  switch (status) {
    case "on-track":
      return (
        <g data-status-glyph={status}>
          <circle cx={x} cy={y} r={r} fill={colour} />
          <path d={`M${x - r * 0.45},${y} L${x - r * 0.1},${y + r * 0.4} L${x + r * 0.5},${y - r * 0.35}`} {...mark} />
        </g>
      );
    case "at-risk":
      return (
        <g data-status-glyph={status}>
          <path d={`M${x},${y - r} L${x + r * 1.05},${y + r * 0.85} L${x - r * 1.05},${y + r * 0.85} Z`} fill={colour} />
          <path d={`M${x},${y - r * 0.35} L${x},${y + r * 0.25}`} {...mark} />
          <circle cx={x} cy={y + r * 0.55} r={0.9} fill="#ffffff" />
        </g>
      );
    case "behind":
      return (
        <g data-status-glyph={status}>
          <path d={`M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`} fill={colour} />
          <path d={`M${x - r * 0.35},${y - r * 0.35} L${x + r * 0.35},${y + r * 0.35} M${x + r * 0.35},${y - r * 0.35} L${x - r * 0.35},${y + r * 0.35}`} {...mark} />
        </g>
      );
    default:
      return (
        <g data-status-glyph={status}>
          <circle cx={x} cy={y} r={r - 1} fill="#ffffff" stroke={colour} strokeWidth={1.5} strokeDasharray={status === "no-data" ? "2 2" : undefined} />
        </g>
      );
  }
}

/** Icon and word, for tables and lists. */
export function StatusBadge({ status, word }: { status: ProgressStatus; word: string }) {
  return (
    <span className={`progress-status progress-status--${status}`} data-testid="progress-status" data-status={status}>
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <StatusGlyph status={status} x={7} y={7} size={13} />
      </svg>
      {word}
    </span>
  );
}
