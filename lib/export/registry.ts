import type { ChartExportMeta } from "./export-meta";

/**
 * The charts mounted on the page, for exports of the whole view (briefing PDF, ZIP). Each chart
 * frame registers itself while mounted; a page-wide list rather than a React context so any
 * page's frames are found without a provider.
 */
export type ExportableChart = {
  element: () => HTMLElement | null;
  meta: () => ChartExportMeta;
  /** True while the chart is drawn (not the table view, not loading, not empty). */
  imageReady: () => boolean;
};

const charts = new Set<ExportableChart>();

export function registerChart(chart: ExportableChart): () => void {
  charts.add(chart);
  return () => {
    charts.delete(chart);
  };
}

/** Registered charts in page order (top to bottom, as the official reads them). */
export function registeredCharts(): ExportableChart[] {
  const mounted = [...charts].filter((c) => c.element()?.isConnected);
  return mounted.sort((a, b) => {
    const position = a.element()!.compareDocumentPosition(b.element()!);
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  });
}
