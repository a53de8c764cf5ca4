import { getTranslations } from "next-intl/server";
import { formatMetricValue, metricUnit } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { METRICS, type MetricKey } from "@/lib/metrics";

/**
 * The published total stays the headline reference; beside it, what the database holds now and
 * the difference, so imported real figures (and retired demonstration ones) show their effect.
 */
export async function PublishedVsDatabase({ metric, value, locale }: { metric: MetricKey; value: number; locale: Locale }) {
  const t = await getTranslations("kpiDb");
  const published = METRICS[metric].publishedTotal;
  const unit = metricUnit(metric, locale);
  const diff = value - published;
  const sign = diff > 0 ? "+" : diff < 0 ? "−" : "±";
  return (
    <p className="kpi-card__meta" data-testid="kpi-db" data-published={published} data-database={value} data-difference={diff}>
      {t("published", { value: formatMetricValue(metric, published, locale), unit })}
      {" · "}
      {t("database", { value: formatMetricValue(metric, value, locale), unit })}
      {" · "}
      {t("difference", { value: `${sign}${formatMetricValue(metric, Math.abs(diff), locale)}`, unit })}
    </p>
  );
}
