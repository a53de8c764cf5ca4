import { CUMULATIVE_PATTERN_ID, DEMO_PATTERN_ID, PALETTE } from "@/lib/palette";

/**
 * The fills of demonstration (hatched) and multi-year (dotted) bar parts, for both bar drawings
 * (stacked-bar-chart.tsx, static-stacked-bar.tsx). A function, not a component: Recharts takes the
 * <defs> element itself among its chart's children.
 */
export function barPatternDefs() {
  return (
    <defs>
      <pattern id={DEMO_PATTERN_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={PALETTE.demo} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={PALETTE.demoHatch} strokeWidth="2" />
      </pattern>
      <pattern id={CUMULATIVE_PATTERN_ID} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill={PALETTE.cumulative} />
        <circle cx="2.5" cy="2.5" r="1" fill={PALETTE.cumulativeDots} />
      </pattern>
    </defs>
  );
}
