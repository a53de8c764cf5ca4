import { KpiCards } from "@/components/kpi-cards";
import { BreakdownPanel } from "@/components/panels/breakdown-panel";
import { TopRecordsPanel } from "@/components/panels/top-records-panel";
import { TrendPanel } from "@/components/panels/trend-panel";
import { isFiltered, type Filters } from "@/lib/filters";
import type { Locale } from "@/lib/i18n/config";
import type { MetricKey } from "@/lib/metrics";
import type { BreakdownDimension } from "@/lib/queries/breakdown";
import { cachedBreakdown, cachedSeries, cachedTopRecords, cachedTotals, getRequestCatalog } from "@/lib/queries/cached";

/** Async server widgets: each reads its own data so the page can stream them in separate Suspense boundaries. */
export async function KpiWidget({ filters, locale }: { filters: Filters; locale: Locale }) {
  // 石柱 has no supporter on record: its zeros mean "no pairing data", not "nothing was achieved".
  const paired = new Set(getRequestCatalog().pairings.map((p) => p.districtCode));
  const noPairing = filters.districts.length > 0 && filters.districts.every((c) => !paired.has(c));
  return <KpiCards totals={cachedTotals(filters)} locale={locale} unfiltered={!isFiltered(filters)} noPairing={noPairing} />;
}

export async function TrendWidget({ filters, metric }: { filters: Filters; metric: MetricKey }) {
  return <TrendPanel initial={{ metric, data: cachedSeries(filters, metric) }} />;
}

export async function BreakdownWidget({ filters, metric, by }: { filters: Filters; metric: MetricKey; by: BreakdownDimension }) {
  return <BreakdownPanel by={by} initial={{ metric, data: cachedBreakdown(filters, metric, by) }} />;
}

export async function TopRecordsWidget({ filters, metric }: { filters: Filters; metric: MetricKey }) {
  return <TopRecordsPanel initial={{ metric, data: cachedTopRecords(filters, metric, 10) }} />;
}
