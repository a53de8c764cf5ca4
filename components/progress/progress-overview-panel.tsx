"use client";

import { IntentLink } from "@/components/intent-link";
import { useTranslations } from "next-intl";
import { ChartFrame } from "@/components/chart-frame";
import { BulletChart } from "@/components/charts/bullet-chart";
import { useView, ViewProvider, type ViewContextValue } from "@/components/view-context";
import { DEFAULT_FILTERS, filtersToSearchParams } from "@/lib/filter-params";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { bulletData, progressSummary, progressTable } from "@/lib/progress/progress-shapes";
import type { ProgressRow } from "@/lib/queries/progress";

type Props = { rows: ProgressRow[]; period: string; applicable: boolean; caption: Pick<ViewContextValue, "caption"> };

/**
 * The progress panel of the overview and the profiles: one bullet per metric for the view's scope
 * (the program, the selected districts, or a supporter's pairings), and a link to /progress.
 */
export function ProgressOverviewPanel({ rows, period, applicable, caption }: Props) {
  const t = useTranslations("progress");
  const locale = useAppLocale();
  const view = useView();
  const { filters } = view;
  const tr = (k: string, v?: Record<string, string | number>) => t(k as never, v as never);
  const title = t("panelTitle", { period });
  const demoTarget = rows.some((r) => r.demoTarget);
  // The view's filter already holds a profile's own district or supporter; years and sectors do not apply.
  const params = filtersToSearchParams({ ...DEFAULT_FILTERS, districts: filters.districts, supporters: filters.supporters });
  params.set("period", period);
  return (
    // The plan period, not the page's year range, is what this frame shows; file names keep the page's slug.
    <ViewProvider value={{ ...view, caption: caption.caption }}>
    <ChartFrame
      name="progress-overview"
      title={title}
      unit={t("columns.achieved")}
      demo={demoTarget || rows.some((r) => r.demoActual > 0)}
      summary={progressSummary(rows, locale, tr, t("empty"))}
      table={progressTable(rows, locale, tr)}
      state={!applicable ? "not-applicable" : rows.length ? "ready" : "empty"}
      note={demoTarget ? t("demoNote") : undefined}
      controls={<IntentLink className="button button--ghost" href={`/progress?${params.toString()}`} data-testid="progress-see-all">{t("showAll")}</IntentLink>}
    >
      <BulletChart data={bulletData(rows, locale, tr)} labels={{ title, actual: t("legend.actual"), target: t("legend.target"), pace: t("legend.pace") }} />
    </ChartFrame>
    </ViewProvider>
  );
}
