import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import type { Filters } from "@/lib/filters";
import { formatMetricValue, metricLabel, metricUnit, withUnit } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { METRIC_KEYS } from "@/lib/metrics";
import { cachedBreakdown } from "@/lib/queries/cached";
import type { SupporterRow } from "@/lib/queries/catalog";
import { placeName } from "@/lib/place-names";

type Props = { filters: Filters; province: SupporterRow; cities: SupporterRow[]; locale: Locale; href: (code: string) => string };

/** A province and each of its cities side by side, so the toggle's effect can be read line by line. */
export async function MembersTable({ filters, province, cities, locale, href }: Props) {
  const t = await getTranslations("explore.members");
  const tFrame = await getTranslations("frame");
  const members = [province, ...cities];
  const byMetric = METRIC_KEYS.map((metric) => ({ metric, rows: cachedBreakdown(filters, metric, "supporter") }));
  const demo = byMetric.some(({ rows }) => rows?.some((r) => r.demo > 0));
  return (
    <section className="panel" aria-labelledby="members-heading" data-testid="members-table">
      <h2 id="members-heading" className="chart-frame__title">
        {t("title")}
        {demo ? <span className="badge badge--demo">{tFrame("demoLabel")}</span> : null}
      </h2>
      <p className="chart-frame__caption">{t("caption")}</p>
      <div className="table-scroll">
        <table className="data-table members-table">
          <thead>
            <tr>
              <th scope="col">{t("member")}</th>
              {METRIC_KEYS.map((m) => (
                <th key={m} scope="col" className="num">{withUnit(metricLabel(m, locale), metricUnit(m, locale), locale)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {members.map((s) => (
              <tr key={s.code}>
                <th scope="row">
                  {s.code === province.code ? t("own", { name: placeName(s, locale) }) : <IntentLink href={href(s.code)}>{placeName(s, locale)}</IntentLink>}
                </th>
                {byMetric.map(({ metric, rows }) => (
                  <td key={metric} className="num">{rows === null ? "—" : formatMetricValue(metric, rows.find((r) => r.code === s.code)?.value ?? 0, locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {demo ? <p className="chart-frame__demo-note">{tFrame("demoNote")}</p> : null}
    </section>
  );
}
