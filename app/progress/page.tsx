import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/demo-banner";
import { ExploreNotice } from "@/components/explore/explore-notice";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterNotices } from "@/components/filters/filter-notices";
import { progressCaption } from "@/components/progress/progress-context";
import { ProgressPanel } from "@/components/progress/progress-panel";
import { ProgressTable } from "@/components/progress/progress-table";
import { ViewProvider } from "@/components/view-context";
import { setUpView } from "@/components/widgets/view-setup";
import { getDb } from "@/db";
import { isFullYearRange } from "@/lib/filters";
import { metricLabel } from "@/lib/format";
import { formatPercent } from "@/lib/progress/progress-shapes";
import { parseProgressView } from "@/lib/progress/progress-params";
import { thresholdsFromEnv } from "@/lib/progress/thresholds";
import { getProgress, getTargetPeriods } from "@/lib/queries/progress";
import { PageMessages } from "@/components/page-messages";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("progress");
  return { title: t("metaTitle") };
}

/** Every district, supporter or pairing × metric for a plan period: actual, target, pace and status, worst first. */
export default async function ProgressPage({ searchParams }: Props) {
  const db = getDb();
  const { filters, view, issues, locale, context } = await setUpView(db, await searchParams);
  const t = await getTranslations("progress");
  const periods = getTargetPeriods(db);
  const { by, metric, period, periodKey, issues: viewIssues } = parseProgressView(view, periods);
  const thresholds = thresholdsFromEnv();
  const rows = period ? getProgress(db, filters, by, metric, period, thresholds) : [];
  const notApplied = filters.sectors.length > 0 || !isFullYearRange(filters) ? [t("notApplied")] : [];

  return (
    <PageMessages name="progress">
    <ViewProvider value={period ? { ...context, ...(await progressCaption(filters, period)) } : context}>
      <h1 className="page-title">{t("heading")}</h1>
      <p className="page-lead">{t("intro")}</p>
      <FilterBar filters={filters} />
      <FilterChips filters={filters} />
      <FilterNotices issues={[...issues, ...viewIssues]} />
      <ExploreNotice messages={notApplied} testId="progress-not-applied" />
      <DemoBanner />
      <p className="page-lead">
        <IntentLink href={`/progress/targets?${new URLSearchParams({ scope: by, metric, ...(periodKey ? { period: periodKey } : {}) }).toString()}`} data-testid="progress-add-target">{t("addTarget")}</IntentLink>
      </p>
      <p className="page-lead" data-testid="progress-rules">
        {t("rules", { onTrack: formatPercent(thresholds.onTrack, locale), atRisk: formatPercent(thresholds.atRisk, locale) })} {t("asOfNote", { date: context.asOf })}
      </p>
      {periodKey ? (
        <>
          <ProgressPanel rows={rows} by={by} metric={metric} period={periodKey} periods={periods} />
          <ProgressTable rows={rows} caption={t("chartTitle", { metric: metricLabel(metric, locale), period: periodKey, by: t(`by.${by}`) })} />
        </>
      ) : (
        <p className="chart-frame__message">{t("empty")}</p>
      )}
    </ViewProvider>
    </PageMessages>
  );
}
