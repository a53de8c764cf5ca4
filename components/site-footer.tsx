import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import { localized, type Locale } from "@/lib/i18n/config";
import { PROGRAM } from "@/lib/program";
import { cachedDatasetInfo, cachedSources } from "@/lib/queries/cached";
import { DataText } from "@/components/data-text";
import { englishOf } from "@/lib/data-english";

/** Every source the figures on screen come from, and when the data was loaded. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations("footer");
  const info = cachedDatasetInfo();
  const sources = cachedSources();
  const original = (await getTranslations("officials.dataText"))("original");
  return (
    <footer className="site-footer" data-testid="site-footer">
      <h2 className="site-footer__heading">{t("sources")}</h2>
      <ul className="site-footer__sources">
        {sources.map((s) => (
          <li key={s.id}>
            {s.isDemo ? <span className="badge badge--demo">{t("demoSource")}</span> : null}
            <IntentLink href={`/sources#${s.id}`}>{localized({ zh: s.titleZh, en: s.titleEn }, locale)}</IntentLink>
            {s.publishedOn ? t("published", { date: s.publishedOn }) : ""}
            {s.note ? <span className="site-footer__note"><DataText text={s.note} en={englishOf(s.note)} locale={locale} originalLabel={original} /></span> : null}
          </li>
        ))}
      </ul>
      {info ? (
        <p className="site-footer__meta" data-testid="as-of">
          {t("asOf", { date: PROGRAM.asOfDate, loadedAt: info.loadedAt.slice(0, 10) })} · {t("dataset", { generator: info.generator, seed: info.seed })}
        </p>
      ) : null}
    </footer>
  );
}
