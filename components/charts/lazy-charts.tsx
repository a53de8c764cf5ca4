"use client";

import { lazy, Suspense, type ComponentProps, type ReactNode } from "react";
import { ChartReserved, DrawOnIntent, DrawWhenNear } from "./draw-when-near";
import { StaticPublishedPoints } from "./static-published-points";
import { StaticStackedBar } from "./static-stacked-bar";
import { COMPARE_LINE_HEIGHT, flowSankeyHeight, stackedBarHeight } from "./chart-heights";

/**
 * The Recharts drawings, each loaded on its own after the page (Recharts and its store are about
 * 110 KB of gzipped JavaScript, a third of a page's first load, and nothing a reader needs before
 * the figures in words) and drawn only when it comes near the viewport (draw-when-near.tsx):
 * Recharts draws in the browser only (its responsive container measures the page), and drawing
 * is the costliest main-thread work of a page. Until then a box of the drawing's own height
 * (chart-heights.ts) holds its place, so nothing moves.
 */
const StackedBar = lazy(() => import("./stacked-bar-chart").then((m) => ({ default: m.StackedBarChart })));
const CompareLine = lazy(() => import("./compare-line-chart").then((m) => ({ default: m.CompareLineChart })));
const FlowSankey = lazy(() => import("./flow-sankey-chart").then((m) => ({ default: m.FlowSankeyChart })));
const PublishedPoints = lazy(() => import("./published-points-drawing").then((m) => ({ default: m.PublishedPointsDrawing })));

function Deferred({ height, children }: { height: number; children: ReactNode }) {
  return (
    <DrawWhenNear height={height}>
      <Suspense fallback={<ChartReserved height={height} />}>{children}</Suspense>
    </DrawWhenNear>
  );
}

/** Bars: the server draws them (static-stacked-bar.tsx); Recharts takes over on a reader's intent. */
export function StackedBarChart(props: ComponentProps<typeof StackedBar>) {
  const standIn = <StaticStackedBar data={props.data} layout={props.layout} height={stackedBarHeight(props.data.length, props.layout)} labels={props.labels} format={props.format} linkOf={props.linkOf} onSelect={props.onSelect} />;
  return (
    <DrawOnIntent standIn={standIn}>
      <Suspense fallback={standIn}>
        <StackedBar {...props} />
      </Suspense>
    </DrawOnIntent>
  );
}

export function CompareLineChart(props: ComponentProps<typeof CompareLine>) {
  return (
    <Deferred height={COMPARE_LINE_HEIGHT}>
      <CompareLine {...props} />
    </Deferred>
  );
}

export function FlowSankeyChart(props: ComponentProps<typeof FlowSankey>) {
  return (
    <Deferred height={flowSankeyHeight(props.model.nodes.filter((n) => n.kind === "supporter").length)}>
      <FlowSankey {...props} />
    </Deferred>
  );
}

/** Published points: drawn by the server too (static-published-points.tsx), Recharts on intent. */
export function PublishedPointsDrawing(props: ComponentProps<typeof PublishedPoints>) {
  const standIn = <StaticPublishedPoints data={props.data} format={props.format} />;
  return (
    <DrawOnIntent standIn={standIn}>
      <Suspense fallback={standIn}>
        <PublishedPoints {...props} />
      </Suspense>
    </DrawOnIntent>
  );
}
