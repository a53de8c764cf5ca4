import { Suspense } from "react";
import { TwoColumns } from "@/components/charts/chart-columns";
import { DemoBanner } from "@/components/demo-banner";
import { MapWidget } from "@/components/explore/explore-widgets";
import { BriefingBar } from "@/components/export/briefing-bar";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterNotices } from "@/components/filters/filter-notices";
import { ProgressWidget } from "@/components/progress/progress-widgets";
import { ChartSkeleton, KpiSkeleton } from "@/components/skeletons";
import { ViewProvider } from "@/components/view-context";
import { BreakdownWidget, KpiWidget, TopRecordsWidget, TrendWidget } from "@/components/widgets/dashboard-widgets";
import { setUpView } from "@/components/widgets/view-setup";
import { getDb } from "@/db";
import { filtersToSearchParams, viewMetric } from "@/lib/filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  const { filters, view, issues, locale, context } = await setUpView(getDb(), await searchParams);
  const key = filtersToSearchParams(filters).toString();
  return (
    <ViewProvider value={context}>
      <FilterBar filters={filters} />
      <FilterChips filters={filters} />
      <FilterNotices issues={issues} />
      <DemoBanner />
      <BriefingBar />
      <Suspense key={`kpi-${key}`} fallback={<KpiSkeleton />}>
        <KpiWidget filters={filters} locale={locale} />
      </Suspense>
      <div className="grid grid--wide">
        <Suspense key={`trend-${key}`} fallback={<ChartSkeleton />}>
          <TrendWidget filters={filters} metric={viewMetric(view, "trend", "funds")} />
        </Suspense>
      </div>
      <Suspense key={`progress-${key}`} fallback={<ChartSkeleton height={260} />}>
        <ProgressWidget filters={filters} />
      </Suspense>
      <Suspense key={`map-${key}`} fallback={<ChartSkeleton height={520} />}>
        <MapWidget filters={filters} metric={viewMetric(view, "map", "funds")} param="map" />
      </Suspense>
      <TwoColumns>
        <Suspense key={`district-${key}`} fallback={<ChartSkeleton height={480} />}>
          <BreakdownWidget filters={filters} by="district" metric={viewMetric(view, "bydistrict", "funds")} />
        </Suspense>
        <Suspense key={`supporter-${key}`} fallback={<ChartSkeleton height={480} />}>
          <BreakdownWidget filters={filters} by="supporter" metric={viewMetric(view, "bysupporter", "funds")} />
        </Suspense>
      </TwoColumns>
      <Suspense key={`top-${key}`} fallback={<ChartSkeleton height={420} />}>
        <TopRecordsWidget filters={filters} metric={viewMetric(view, "top", "funds")} />
      </Suspense>
    </ViewProvider>
  );
}
