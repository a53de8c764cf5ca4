import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComparePanel } from "@/components/explore/compare-panel";
import { ComparePicker } from "@/components/explore/compare-picker";
import { CompareTotals } from "@/components/explore/compare-totals";
import { ExploreNotice } from "@/components/explore/explore-notice";
import { DemoBanner } from "@/components/demo-banner";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterNotices } from "@/components/filters/filter-notices";
import { ViewProvider } from "@/components/view-context";
import { setUpView } from "@/components/widgets/view-setup";
import { getDb } from "@/db";
import { COMPARE_MAX, COMPARE_MIN, compareSelection } from "@/lib/compare-selection";
import { DEFAULT_FILTERS, firstParam } from "@/lib/filters";
import { districtLabel, supporterLabel } from "@/lib/flow-shapes";
import { METRIC_KEYS } from "@/lib/metrics";
import { getCompare } from "@/lib/queries/compare";
import { cachedTotals } from "@/lib/queries/cached";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("explore.compare");
  return { title: t("metaTitle") };
}

/** Districts from the west, the middle and the east of the reservoir: a first comparison to start from. */
const EXAMPLE = ["500101", "500102", "500233"];

/**
 * 2–4 districts (or supporters) side by side, per metric and per year. The selection is the
 * ordinary filter (?district=…), so the chip bar, links and the back button work as everywhere.
 */
export default async function ComparePage({ searchParams }: Props) {
  const db = getDb();
  const raw = await searchParams;
  const byParam = firstParam(raw, "by");
  const { urlFilters, issues, locale, catalog, context } = await setUpView(db, raw, (f) => compareSelection(f, byParam).filters);
  const t = await getTranslations("explore.compare");
  const selection = compareSelection(urlFilters, byParam);
  const label = (code: string) => (selection.by === "district" ? districtLabel(code, catalog, locale) : supporterLabel(code, catalog, locale));
  const entities = selection.codes.map((code) => ({ code, label: label(code) }));
  const ready = entities.length >= COMPARE_MIN;
  const data = ready ? getCompare(db, selection.filters, selection.by, selection.codes) : null;
  const program = cachedTotals({ ...DEFAULT_FILTERS, yearFrom: selection.filters.yearFrom, yearTo: selection.filters.yearTo });
  const programTotals = Object.fromEntries(program.map((x) => [x.metric, x.value])) as Record<(typeof METRIC_KEYS)[number], number>;
  const dropped = selection.dropped.length ? [t("dropped", { max: COMPARE_MAX, names: selection.dropped.map(label).join(locale === "en" ? ", " : "、") })] : [];

  return (
    <ViewProvider value={context}>
      <h1 className="page-title">{t("title")}</h1>
      <p className="page-lead">{t("lead")}</p>
      <ComparePicker by={selection.by} codes={selection.codes} filters={selection.filters} example={EXAMPLE.filter((c) => catalog.districts.some((d) => d.code === c))} />
      <FilterBar filters={selection.filters} />
      <FilterChips filters={selection.filters} />
      <FilterNotices issues={[...issues, ...selection.issues]} />
      <ExploreNotice messages={dropped} testId="compare-dropped" />
      <DemoBanner />
      {data ? (
        <>
          <CompareTotals data={data} entities={entities} programTotals={programTotals} locale={locale} />
          <div className="grid grid--two">
            {METRIC_KEYS.map((metric) => (
              <ComparePanel key={metric} metric={metric} points={data[metric]} entities={entities} />
            ))}
          </div>
        </>
      ) : null}
    </ViewProvider>
  );
}
