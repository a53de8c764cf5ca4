/**
 * The drawn height of each Recharts chart, in one place: the chart draws at this height and its
 * lazy stand-in (lazy-charts.tsx) reserves the same, so nothing moves when the drawing arrives.
 */
export const stackedBarHeight = (bars: number, layout: "horizontal" | "vertical") => (layout === "vertical" ? Math.max(220, bars * 26 + 60) : 300);
export const PUBLISHED_POINTS_HEIGHT = 150;
export const COMPARE_LINE_HEIGHT = 280;
export const flowSankeyHeight = (supporters: number) => Math.max(420, supporters * 30 + 40);
