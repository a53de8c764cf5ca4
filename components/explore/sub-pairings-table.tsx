import { getTranslations } from "next-intl/server";
import { localized, type Locale } from "@/lib/i18n/config";
import { PROGRAM } from "@/lib/program";
import { cachedSources } from "@/lib/queries/cached";
import type { SubPairing } from "@/lib/queries/profiles";
import { sourceText } from "./highlights-list";
import { DataText } from "@/components/data-text";
import { englishOf } from "@/lib/data-english";

/** Town-, school- and hospital-level pairings on record (the program counts 192 in all). */
export async function SubPairingsTable({ rows, locale }: { rows: SubPairing[]; locale: Locale }) {
  const t = await getTranslations("explore.subPairings");
  const original = (await getTranslations("officials.dataText"))("original");
  const data = (text: string) => <DataText text={text} en={englishOf(text)} locale={locale} originalLabel={original} />;
  // The count of 192 is the article's; name it where the figure shows.
  const article = cachedSources().find((s) => s.id === PROGRAM.headlineSourceId);
  const source = article ? localized({ zh: article.titleZh, en: article.titleEn }, locale) : "";
  return (
    <section className="panel" aria-labelledby="sub-pairings-heading" data-testid="sub-pairings">
      <h2 id="sub-pairings-heading" className="chart-frame__title">{t("title")}</h2>
      <p className="chart-frame__caption">{t("caption", { total: PROGRAM.subLevelPairings, source })}</p>
      {rows.length === 0 ? (
        <p className="chart-frame__message">{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("columns.supporting")}</th>
                <th scope="col">{t("columns.receiving")}</th>
                <th scope="col">{t("columns.since")}</th>
                <th scope="col">{t("columns.source")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    {data(r.supportingUnit)}
                    <span className="record-note">
                      {r.supportingParent ? <>{data(r.supportingParent)} · </> : null}
                      {localized({ zh: r.supporterZh, en: r.supporterEn }, locale)}
                    </span>
                    {r.note ? <span className="record-note">{data(r.note)}</span> : null}
                  </td>
                  <td>
                    {data(r.receivingUnit)}
                    <span className="record-note">{localized({ zh: r.districtZh, en: r.districtEn }, locale)}</span>
                  </td>
                  <td>{r.sinceYear ?? t("sinceUnknown")}</td>
                  <td>{sourceText(r, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
