import { PALETTE } from "@/lib/palette";

/** A published cumulative point: a diamond; the reference (this dashboard's own total) an open circle. */
export function PublishedMarker({ cx, cy, reference }: { cx: number; cy: number; reference: boolean }) {
  const r = 6;
  return reference ? (
    <circle cx={cx} cy={cy} r={r - 1} fill="#fff" stroke={PALETTE.axis} strokeWidth={1.5} />
  ) : (
    <path d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`} fill={PALETTE.accent} stroke="#7a2e00" strokeWidth={1} />
  );
}
