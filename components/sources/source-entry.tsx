import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import { formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import { localized, type Locale } from "@/lib/i18n/config";
import { METRIC_KEYS } from "@/lib/metrics";
import type { SourceCitations } from "@/lib/queries/sources";
import { DataText } from "@/components/data-text";
import { englishOf } from "@/lib/data-english";

/** One source in full: citation fields (unknown ones said so), what was inferred, what it backs, and what cites it. */
export async function SourceEntry({ entry, locale }: { entry: SourceCitations; locale: Locale }) {
  const t = await getTranslations("truth.sources");
  const tj = await getTranslations("truth.joint");
  const original = (await getTranslations("officials.dataText"))("original");
  const { source } = entry;
  const unknown = <span className="source-entry__unknown">{t("unknown")}</span>;
  const counted = METRIC_KEYS.filter((m) => entry.counts[m] > 0);
  return (
    <section id={source.id} className="panel source-entry" aria-labelledby={`${source.id}-title`} data-testid={`source-${source.id}`}>
      <h2 id={`${source.id}-title`} className="chart-frame__title">
        {localized({ zh: source.titleZh, en: source.titleEn }, locale)}
        {source.isDemo ? <span className="badge badge--demo">{t("demo")}</span> : null}
      </h2>
      <dl className="source-entry__fields">
        <dt>{t("headline")}</dt>
        <dd lang="zh-CN">{source.titleZh}</dd>
        <dt>{t("outlet")}</dt>
        <dd>{source.publisher ?? unknown}</dd>
        <dt>{t("date")}</dt>
        <dd>{source.publishedOn ?? unknown}</dd>
        <dt>{t("authors")}</dt>
        <dd>{source.authors ?? unknown}</dd>
        <dt>{t("address")}</dt>
        <dd>{source.url ? <a href={source.url} rel="noreferrer">{source.url}</a> : unknown}</dd>
        {source.inferredZh ? (
          <>
            <dt>{t("inferred")}</dt>
            <dd className="source-entry__inferred" data-testid="source-inferred">{localized({ zh: source.inferredZh, en: source.inferredEn ?? source.inferredZh }, locale)}</dd>
          </>
        ) : null}
        <dt>{t("backs")}</dt>
        <dd>{localized({ zh: source.backsZh ?? "", en: source.backsEn ?? source.backsZh ?? "" }, locale)}</dd>
        {source.note ? (
          <>
            <dt>{t("note")}</dt>
            <dd><DataText text={source.note} en={englishOf(source.note)} locale={locale} originalLabel={original} /></dd>
          </>
        ) : null}
      </dl>
      <h3 className="source-entry__subtitle">{t("citedBy")}</h3>
      <ul className="source-entry__counts" data-testid="source-counts">
        {counted.map((m) => (
          <li key={m}>{source.isDemo ? t("demoRecords", { metric: metricLabel(m, locale), count: entry.counts[m] }) : t("recordCount", { metric: metricLabel(m, locale), count: entry.counts[m] })}</li>
        ))}
        {entry.pairings ? <li>{t("pairings", { count: entry.pairings })} · <IntentLink href="/map#pairing-table-heading">{t("link")}</IntentLink></li> : null}
        {entry.highlights ? <li>{t("highlights", { count: entry.highlights })}</li> : null}
        {entry.subPairings ? <li>{t("subPairings", { count: entry.subPairings })}</li> : null}
        {entry.targets ? <li>{t("targets", { count: entry.targets })} · <IntentLink href="/progress">{t("link")}</IntentLink></li> : null}
        {source.id.startsWith("published-series-") ? <li>{t("publishedPoints")}</li> : null}
        {counted.length === 0 && !entry.pairings && !entry.highlights && !entry.subPairings && !entry.targets && !source.id.startsWith("published-series-") ? <li>{t("noRecords")}</li> : null}
      </ul>
      {entry.records.length ? (
        <div className="table-scroll">
          <table className="data-table" data-testid="source-records">
            <tbody>
              {entry.records.map((r) => (
                <tr key={`${r.metric}-${r.id}`}>
                  <th scope="row">{metricLabel(r.metric, locale)}</th>
                  <td>{r.periodFrom && r.periodFrom !== r.year ? `${r.periodFrom}–${r.year}` : r.year}</td>
                  <td>
                    <IntentLink href={`/supporters/${r.supporterCode}`}>{localized({ zh: r.supporterZh, en: r.supporterEn }, locale)}</IntentLink>
                    {r.partnersZh ? <span className="record-note">{tj("badge")}：{localized({ zh: r.partnersZh, en: r.partnersEn ?? r.partnersZh }, locale)}</span> : null}
                  </td>
                  <td><IntentLink href={`/districts/${r.districtCode}`}>{localized({ zh: r.districtZh, en: r.districtEn }, locale)}</IntentLink></td>
                  <td className="num">{formatMetricValue(r.metric, r.value, locale)} {metricUnit(r.metric, locale)}</td>
                  <td>{r.title ? <DataText text={r.title} en={r.titleEn} locale={locale} originalLabel={original} /> : null}{r.note ? <span className="record-note"><DataText text={r.note} en={r.noteEn} locale={locale} originalLabel={original} /></span> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
