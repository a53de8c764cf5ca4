import { getTranslations } from "next-intl/server";
import { compareTotals, type CompareEntity } from "@/lib/compare-shapes";
import { formatMetricValue, formatShare, metricLabel, metricUnit, withUnit } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { METRIC_KEYS, type MetricKey } from "@/lib/metrics";
import type { CompareData } from "@/lib/queries/compare";

type Props = { data: CompareData; entities: CompareEntity[]; programTotals: Record<MetricKey, number>; locale: Locale };

/** The five metrics side by side: each entity's total, its share of the program over the same years, the largest marked in words. */
export async function CompareTotals({ data, entities, programTotals, locale }: Props) {
  const t = await getTranslations("explore.compare");
  const tFrame = await getTranslations("frame");
  const codes = entities.map((e) => e.code);
  const demo = METRIC_KEYS.some((m) => compareTotals(data[m] ?? [], codes).some((x) => x.demo > 0));
  return (
    <section className="panel" aria-labelledby="compare-totals-heading" data-testid="compare-totals">
      <h2 id="compare-totals-heading" className="chart-frame__title">
        {t("totalsTitle")}
        {demo ? <span className="badge badge--demo" data-testid="demo-label">{tFrame("demoLabel")}</span> : null}
      </h2>
      <p className="chart-frame__caption">{t("totalsCaption")}</p>
      <div className="table-scroll">
        <table className="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t("metric")}</th>
              {entities.map((e) => (
                <th key={e.code} scope="col" className="num">{e.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {METRIC_KEYS.map((metric) => {
              const points = data[metric];
              const totals = points ? compareTotals(points, codes) : [];
              const max = Math.max(0, ...totals.map((x) => x.value));
              return (
                <tr key={metric} data-testid={`compare-row-${metric}`}>
                  <th scope="row">{withUnit(metricLabel(metric, locale), metricUnit(metric, locale), locale)}</th>
                  {entities.map((e) => {
                    if (!points) return <td key={e.code} className="num">{t("notApplicable")}</td>;
                    const value = totals.find((x) => x.code === e.code)?.value ?? 0;
                    return (
                      <td key={e.code} className="num" data-value={value}>
                        <span className="compare-table__value">{formatMetricValue(metric, value, locale)}</span>
                        {max > 0 && value === max ? <span className="compare-table__top">{t("largest")}</span> : null}
                        <span className="compare-table__share">{t("share", { share: formatShare(value, programTotals[metric], locale) })}</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {demo ? <p className="chart-frame__demo-note">{tFrame("demoNote")}</p> : null}
    </section>
  );
}
