"use client";

import { lazy, Suspense, type ComponentProps } from "react";
import { COMPARE_LINE_HEIGHT, flowSankeyHeight, PUBLISHED_POINTS_HEIGHT, stackedBarHeight } from "./chart-heights";

/**
 * The Recharts drawings, each loaded on its own after the page (Recharts and its store are about
 * 110 KB of gzipped JavaScript, a third of a page's first load, and nothing a reader needs before
 * the figures in words). React.lazy, not next/dynamic: the server still renders the drawing into
 * the HTML (its sized container), and the browser hydrates it once the chunk arrives, with no
 * preload of the chunk in the page's head. Where a drawing first appears in the browser (a client
 * navigation), the stand-in holds the drawing's own height (chart-heights.ts), so nothing moves.
 */
const StackedBar = lazy(() => import("./stacked-bar-chart").then((m) => ({ default: m.StackedBarChart })));
const CompareLine = lazy(() => import("./compare-line-chart").then((m) => ({ default: m.CompareLineChart })));
const FlowSankey = lazy(() => import("./flow-sankey-chart").then((m) => ({ default: m.FlowSankeyChart })));
const PublishedPoints = lazy(() => import("./published-points-drawing").then((m) => ({ default: m.PublishedPointsDrawing })));

function Reserved({ height }: { height: number }) {
  return <div className="chart-reserved" style={{ height }} aria-hidden="true" />;
}

export function StackedBarChart(props: ComponentProps<typeof StackedBar>) {
  return (
    <Suspense fallback={<Reserved height={stackedBarHeight(props.data.length, props.layout)} />}>
      <StackedBar {...props} />
    </Suspense>
  );
}

export function CompareLineChart(props: ComponentProps<typeof CompareLine>) {
  return (
    <Suspense fallback={<Reserved height={COMPARE_LINE_HEIGHT} />}>
      <CompareLine {...props} />
    </Suspense>
  );
}

export function FlowSankeyChart(props: ComponentProps<typeof FlowSankey>) {
  return (
    <Suspense fallback={<Reserved height={flowSankeyHeight(props.model.nodes.filter((n) => n.kind === "supporter").length)} />}>
      <FlowSankey {...props} />
    </Suspense>
  );
}

export function PublishedPointsDrawing(props: ComponentProps<typeof PublishedPoints>) {
  return (
    <Suspense fallback={<Reserved height={PUBLISHED_POINTS_HEIGHT} />}>
      <PublishedPoints {...props} />
    </Suspense>
  );
}
