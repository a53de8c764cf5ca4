import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DemoBanner } from "@/components/demo-banner";
import { MapWidget } from "@/components/explore/explore-widgets";
import { PairingTable } from "@/components/explore/pairing-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterNotices } from "@/components/filters/filter-notices";
import { ChartSkeleton, KpiSkeleton } from "@/components/skeletons";
import { ViewProvider } from "@/components/view-context";
import { KpiWidget } from "@/components/widgets/dashboard-widgets";
import { setUpView } from "@/components/widgets/view-setup";
import { getDb } from "@/db";
import { filtersToSearchParams, viewMetric } from "@/lib/filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("explore.mapPage");
  return { title: t("metaTitle") };
}

/** The reservoir along the river: the map coloured by a metric, the figures of the selection, the pairings. */
export default async function MapPage({ searchParams }: Props) {
  const { filters, view, issues, locale, catalog, context } = await setUpView(getDb(), await searchParams);
  const t = await getTranslations("explore.mapPage");
  const key = filtersToSearchParams(filters).toString();
  return (
    <ViewProvider value={context}>
      <h1 className="page-title">{t("title")}</h1>
      <p className="page-lead">{t("lead")}</p>
      <FilterBar filters={filters} />
      <FilterChips filters={filters} />
      <FilterNotices issues={issues} />
      <DemoBanner />
      <Suspense key={`map-${key}`} fallback={<ChartSkeleton height={520} />}>
        <MapWidget filters={filters} metric={viewMetric(view, "metric", "funds")} param="metric" headingLevel={2} />
      </Suspense>
      <Suspense key={`kpi-${key}`} fallback={<KpiSkeleton />}>
        <KpiWidget filters={filters} locale={locale} />
      </Suspense>
      <PairingTable catalog={catalog} filters={filters} locale={locale} />
    </ViewProvider>
  );
}
