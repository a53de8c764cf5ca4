import { getTranslations } from "next-intl/server";
import { parenthetical } from "@/lib/format";
import { localized, type Locale } from "@/lib/i18n/config";
import type { Highlight, SourceRef } from "@/lib/queries/profiles";

export function sourceText(s: SourceRef, locale: Locale): string {
  const title = localized({ zh: s.sourceZh, en: s.sourceEn }, locale);
  return s.publishedOn ? `${title}${parenthetical(s.publishedOn, locale)}` : title;
}

/** Named real results from published reports, each with its source; facts, so no filter narrows them. */
export async function HighlightsList({ highlights, locale, showDistrict }: { highlights: Highlight[]; locale: Locale; showDistrict: boolean }) {
  const t = await getTranslations("explore.highlights");
  const tDemo = await getTranslations("demo");
  return (
    <section className="panel" aria-labelledby="highlights-heading" data-testid="highlights">
      <h2 id="highlights-heading" className="chart-frame__title">{t("title")}</h2>
      <p className="chart-frame__caption">{t("caption")}</p>
      {highlights.length === 0 ? (
        <p className="chart-frame__message">{t("empty")}</p>
      ) : (
        <ul className="highlights">
          {highlights.map((h) => (
            <li key={h.id} className="highlights__item">
              <p className="highlights__text">
                <span className="badge badge--real">{tDemo("realBadge")}</span> {localized({ zh: h.textZh, en: h.textEn }, locale)}
              </p>
              <p className="highlights__meta">
                {[
                  h.year ? t("year", { year: h.year }) : null,
                  showDistrict ? localized({ zh: h.districtZh, en: h.districtEn }, locale) : null,
                  h.supporterZh && h.supporterEn ? localized({ zh: h.supporterZh, en: h.supporterEn }, locale) : null,
                  t("source", { source: sourceText(h, locale) }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
