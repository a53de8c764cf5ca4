import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DemoBanner } from "@/components/demo-banner";
import { ExploreNotice } from "@/components/explore/explore-notice";
import { MapWidget, RecordsWidget } from "@/components/explore/explore-widgets";
import { FixedScopeProvider } from "@/components/explore/fixed-scope";
import { HighlightsList } from "@/components/explore/highlights-list";
import { MembersTable } from "@/components/explore/members-table";
import { SubPairingsTable } from "@/components/explore/sub-pairings-table";
import { SupporterHeader } from "@/components/explore/supporter-header";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterNotices } from "@/components/filters/filter-notices";
import { ChartSkeleton, KpiSkeleton } from "@/components/skeletons";
import { ViewProvider } from "@/components/view-context";
import { PairingTargetsWidget, ProgressWidget } from "@/components/progress/progress-widgets";
import { KpiWidget, TrendWidget } from "@/components/widgets/dashboard-widgets";
import { setUpView } from "@/components/widgets/view-setup";
import { getDb } from "@/db";
import { filtersToSearchParams, firstParam, viewMetric } from "@/lib/filters";
import { localized } from "@/lib/i18n/config";
import { getAppLocale } from "@/lib/i18n/server";
import { memberCodes, parseCitiesParam, profileHref, scopeFilters, type FixedScope } from "@/lib/profile-scope";
import { getSupporterProfile } from "@/lib/queries/profiles";
import { parseRecordQuery } from "@/lib/record-query";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const profile = getSupporterProfile(getDb(), code);
  const t = await getTranslations("explore.supporter");
  return { title: profile ? t("metaTitle", { name: localized({ zh: profile.supporter.nameZh, en: profile.supporter.nameEn }, await getAppLocale()) }) : code };
}

/**
 * A supporter's profile: the districts it supports, its contribution over time, its records. A
 * province counts its cities in unless ?cities=exclude.
 */
export default async function SupporterPage({ params, searchParams }: Props) {
  const { code } = await params;
  const db = getDb();
  const profile = getSupporterProfile(db, code);
  if (!profile) notFound();
  const raw = await searchParams;
  // The parser reports a bad ?cities= value (with every other filter problem); here only the mode counts.
  const cities = profile.cities.length ? parseCitiesParam(firstParam(raw, "cities")).mode : "exclude";
  const fixed: FixedScope = { districts: [], supporters: memberCodes(profile.cities.map((c) => ({ code: c.code, parentCode: code })), code, cities === "include") };
  const { filters, urlFilters, view, issues, locale, context } = await setUpView(db, raw, (f) => scopeFilters(f, fixed).filters);
  const t = await getTranslations("explore.scope");
  // The path decides the supporter: one in the URL is ignored (and said so), never shown as a chip.
  const own = { ...urlFilters, supporters: [] };
  const { query, issues: recordIssues } = parseRecordQuery(view);
  const key = `${filtersToSearchParams(filters)}`;
  const ignored = scopeFilters(urlFilters, fixed).ignored.map((param) => t(`ignored.${param}`));
  const href = (kind: "district" | "supporter", target: string) => profileHref(kind, target, own);

  return (
    <FixedScopeProvider value={fixed}>
      <ViewProvider value={context}>
        <SupporterHeader profile={profile} locale={locale} cities={cities} href={href} />
        <FilterBar filters={own} hide="supporter" />
        <FilterChips filters={own} scoped />
        <FilterNotices issues={[...issues, ...recordIssues]} />
        <ExploreNotice messages={ignored} testId="scope-notice" />
        <DemoBanner />
        <Suspense key={`kpi-${key}`} fallback={<KpiSkeleton />}>
          <KpiWidget filters={filters} locale={locale} />
        </Suspense>
        <Suspense key={`trend-${key}`} fallback={<ChartSkeleton />}>
          <TrendWidget filters={filters} metric={viewMetric(view, "trend", "funds")} />
        </Suspense>
        {/* Where the support goes, along the river; a click on a district narrows this page to it. */}
        <Suspense key={`map-${key}`} fallback={<ChartSkeleton height={520} />}>
          <MapWidget filters={filters} metric={viewMetric(view, "map", "funds")} param="map" />
        </Suspense>
        {cities === "include" && profile.cities.length ? (
          <Suspense key={`members-${key}`} fallback={<ChartSkeleton height={200} />}>
            <MembersTable filters={filters} province={profile.supporter} cities={profile.cities} locale={locale} href={(c) => href("supporter", c)} />
          </Suspense>
        ) : null}
        <Suspense key={`progress-${key}`} fallback={<ChartSkeleton height={260} />}>
          <ProgressWidget filters={filters} />
          <PairingTargetsWidget filters={filters} />
        </Suspense>
        <Suspense key={`records-${key}`} fallback={<ChartSkeleton height={420} />}>
          <RecordsWidget filters={filters} metric={viewMetric(view, "records", "funds")} query={query} hide={fixed.supporters.length === 1 ? "supporter" : undefined} />
        </Suspense>
        <div className="grid grid--two">
          <HighlightsList highlights={profile.highlights.filter((h) => h.supporterCode !== null && fixed.supporters.includes(h.supporterCode))} locale={locale} showDistrict />
          <SubPairingsTable rows={profile.subPairings.filter((r) => fixed.supporters.includes(r.supporterCode))} locale={locale} />
        </div>
      </ViewProvider>
    </FixedScopeProvider>
  );
}
