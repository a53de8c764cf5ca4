import { getTranslations } from "next-intl/server";
import { formatChange, formatMetricValue, formatShare, metricLabel, metricUnit, relativeChange } from "@/lib/format";
import { localized, type Locale } from "@/lib/i18n/config";
import { METRICS } from "@/lib/metrics";
import type { MetricTotal } from "@/lib/queries/totals";
import { PublishedVsDatabase } from "./published-vs-database";

type Props = { totals: MetricTotal[]; locale: Locale; unfiltered: boolean; noPairing?: boolean };

/**
 * A zero reads "—（无结对数据）" where no pairing is on record (石柱) and "—（无数据）" otherwise, with
 * no "0%" share; a previous year of zero is said to be zero, not missing.
 */
export async function KpiCards({ totals, locale, unfiltered, noPairing = false }: Props) {
  const t = await getTranslations("kpi");
  const tz = await getTranslations("officials.zero");
  const tDemo = await getTranslations("demo");
  return (
    <section aria-labelledby="kpi-heading" className="kpi-section">
      <h2 id="kpi-heading" className="visually-hidden">{t("heading")}</h2>
      <ul className="kpi-grid">
        {totals.map((total) => {
          const change = total.previousYear ? relativeChange(total.lastYear.value, total.previousYear.value) : null;
          return (
            <li key={total.metric} className="kpi-card" data-testid={`kpi-${total.metric}`} data-value={total.applicable ? total.value : ""}>
              <p className="kpi-card__label">
                {metricLabel(total.metric, locale)}
                {/* The whole-program figure is the published total itself: labelled as published, not as demonstration. */}
                {unfiltered && total.applicable ? (
                  <span className="badge badge--published" data-testid="kpi-published-badge">{tz("published")}</span>
                ) : total.demo > 0 ? (
                  <span className="badge badge--demo">{tDemo("badge")}</span>
                ) : null}
              </p>
              {total.applicable && total.value === 0 ? (
                <p className="kpi-card__value kpi-card__value--empty" data-testid="kpi-empty">
                  {tz(noPairing ? "noPairing" : "noData")}
                </p>
              ) : total.applicable ? (
                <>
                  <p className="kpi-card__value">
                    <span data-testid="kpi-value">{formatMetricValue(total.metric, total.value, locale)}</span>
                    <span className="kpi-card__unit">{metricUnit(total.metric, locale)}</span>
                  </p>
                  {total.share ? (
                    <p className="kpi-card__meta" data-testid="kpi-share">
                      {t(total.share.of === "same-years" ? "shareSameYears" : "shareAllYears", { share: formatShare(total.value, total.share.total, locale) })}
                    </p>
                  ) : null}
                  <p className="kpi-card__meta">
                    {change === null && total.previousYear?.value === 0
                      ? tz("previousZero", { year: total.lastYear.year, previous: total.previousYear.year })
                      : change === null
                      ? t("changeNone", { year: total.lastYear.year })
                      : t("change", { year: total.lastYear.year, change: formatChange(change, locale) })}
                  </p>
                  {total.leftOut > 0 ? (
                    <p className="kpi-card__meta kpi-card__meta--left-out" data-testid="kpi-left-out">
                      {t("leftOut", { value: formatMetricValue(total.metric, total.leftOut, locale), unit: metricUnit(total.metric, locale) })}
                    </p>
                  ) : null}
                  {total.demo > 0 ? <p className="kpi-card__meta kpi-card__meta--demo">{t("demoPart", { share: formatShare(total.demo, total.value, locale) })}</p> : null}
                  {unfiltered ? <p className="kpi-card__meta kpi-card__published">{t("published", { text: localized(METRICS[total.metric].publishedAs, locale) })}</p> : null}
                  {unfiltered ? <PublishedVsDatabase metric={total.metric} value={total.value} locale={locale} /> : null}
                </>
              ) : (
                <p className="kpi-card__na">{t("notApplicable")}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
