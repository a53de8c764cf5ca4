import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { TwoColumns } from "@/components/charts/chart-columns";
import { DemoBanner } from "@/components/demo-banner";
import { DistrictHeader } from "@/components/explore/district-header";
import { ExploreNotice } from "@/components/explore/explore-notice";
import { RecordsWidget } from "@/components/explore/explore-widgets";
import { FixedScopeProvider } from "@/components/explore/fixed-scope";
import { HighlightsList } from "@/components/explore/highlights-list";
import { SubPairingsTable } from "@/components/explore/sub-pairings-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterNotices } from "@/components/filters/filter-notices";
import { PairingTargetsWidget, ProgressWidget } from "@/components/progress/progress-widgets";
import { ChartSkeleton, KpiSkeleton } from "@/components/skeletons";
import { ViewProvider } from "@/components/view-context";
import { BreakdownWidget, KpiWidget, TrendWidget } from "@/components/widgets/dashboard-widgets";
import { setUpView } from "@/components/widgets/view-setup";
import { getDb } from "@/db";
import { filtersToSearchParams, viewMetric } from "@/lib/filters";
import { localized } from "@/lib/i18n/config";
import { getAppLocale } from "@/lib/i18n/server";
import { profileHref, scopeFilters, type FixedScope } from "@/lib/profile-scope";
import { getDistrictProfile } from "@/lib/queries/profiles";
import { parseRecordQuery } from "@/lib/record-query";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const profile = getDistrictProfile(getDb(), code);
  const t = await getTranslations("explore.district");
  return { title: profile ? t("metaTitle", { name: localized({ zh: profile.district.nameZh, en: profile.district.nameEn }, await getAppLocale()) }) : code };
}

/** A district's profile: its supporters, its five metrics over time, its records and its named results. */
export default async function DistrictPage({ params, searchParams }: Props) {
  const { code } = await params;
  const db = getDb();
  const profile = getDistrictProfile(db, code);
  if (!profile) notFound();
  const fixed: FixedScope = { districts: [code], supporters: [] };
  const { filters, urlFilters, view, issues, locale, catalog, context } = await setUpView(db, await searchParams, (f) => scopeFilters(f, fixed).filters);
  const t = await getTranslations("explore.scope");
  // The path decides the district: a district in the URL is ignored (and said so), never shown as a chip.
  const own = { ...urlFilters, districts: [] };
  const { query, issues: recordIssues } = parseRecordQuery(view);
  const key = filtersToSearchParams(filters).toString();
  const ignored = scopeFilters(urlFilters, fixed).ignored.map((param) => t(`ignored.${param}`));

  return (
    <FixedScopeProvider value={fixed}>
      <ViewProvider value={context}>
        <DistrictHeader profile={profile} districts={catalog.districts} locale={locale} supporterHref={(s) => profileHref("supporter", s, own)} />
        <FilterBar filters={own} hide="district" />
        <FilterChips filters={own} scoped />
        <FilterNotices issues={[...issues, ...recordIssues]} />
        <ExploreNotice messages={ignored} testId="scope-notice" />
        <DemoBanner />
        <Suspense key={`kpi-${key}`} fallback={<KpiSkeleton />}>
          <KpiWidget filters={filters} locale={locale} />
        </Suspense>
        <TwoColumns>
          <Suspense key={`trend-${key}`} fallback={<ChartSkeleton />}>
            <TrendWidget filters={filters} metric={viewMetric(view, "trend", "funds")} />
          </Suspense>
          <Suspense key={`supporter-${key}`} fallback={<ChartSkeleton />}>
            <BreakdownWidget filters={filters} by="supporter" metric={viewMetric(view, "bysupporter", "funds")} />
          </Suspense>
        </TwoColumns>
        <Suspense key={`progress-${key}`} fallback={<ChartSkeleton height={260} />}>
          <ProgressWidget filters={filters} />
          <PairingTargetsWidget filters={filters} />
        </Suspense>
        <Suspense key={`records-${key}`} fallback={<ChartSkeleton height={420} />}>
          <RecordsWidget filters={filters} metric={viewMetric(view, "records", "funds")} query={query} hide="district" />
        </Suspense>
        <div className="grid grid--two">
          <HighlightsList highlights={profile.highlights} locale={locale} showDistrict={false} />
          <SubPairingsTable rows={profile.subPairings} locale={locale} />
        </div>
      </ViewProvider>
    </FixedScopeProvider>
  );
}
