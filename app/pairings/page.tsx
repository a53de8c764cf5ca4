import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DemoBanner } from "@/components/demo-banner";
import { FlowWidget } from "@/components/explore/explore-widgets";
import { PairingTable } from "@/components/explore/pairing-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterNotices } from "@/components/filters/filter-notices";
import { ChartSkeleton } from "@/components/skeletons";
import { ViewProvider } from "@/components/view-context";
import { setUpView } from "@/components/widgets/view-setup";
import { getDb } from "@/db";
import { filtersToSearchParams, viewMetric } from "@/lib/filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("explore.pairings");
  return { title: t("metaTitle") };
}

/** Who supports whom: flows sized by a metric, and the list of pairings with their confidence. */
export default async function PairingsPage({ searchParams }: Props) {
  const { filters, view, issues, locale, catalog, context } = await setUpView(getDb(), await searchParams);
  const t = await getTranslations("explore.pairings");
  const key = filtersToSearchParams(filters).toString();
  return (
    <ViewProvider value={context}>
      <h1 className="page-title">{t("title")}</h1>
      <p className="page-lead">{t("lead")}</p>
      <FilterBar filters={filters} />
      <FilterChips filters={filters} />
      <FilterNotices issues={issues} />
      <DemoBanner />
      <Suspense key={`flows-${key}`} fallback={<ChartSkeleton height={640} />}>
        <FlowWidget filters={filters} metric={viewMetric(view, "metric", "funds")} />
      </Suspense>
      <PairingTable catalog={catalog} filters={filters} locale={locale} />
    </ViewProvider>
  );
}
