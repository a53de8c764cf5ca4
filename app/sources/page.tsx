import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SourceEntry } from "@/components/sources/source-entry";
import { getDb } from "@/db";
import { getAppLocale } from "@/lib/i18n/server";
import { getSourceCitations } from "@/lib/queries/sources";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("truth.sources");
  return { title: t("title") };
}

/** Every source with its full citation, what was inferred, what it backs and the records citing it. Every chart's source line links here. */
export default async function SourcesPage() {
  const t = await getTranslations("truth.sources");
  const locale = await getAppLocale();
  const citations = getSourceCitations(getDb());
  return (
    <>
      <h1 className="page-title">{t("title")}</h1>
      <p className="page-lead">{t("intro")}</p>
      <nav aria-label={t("title")}>
        <ul className="source-index" data-testid="source-index">
          {citations.map((c) => (
            <li key={c.source.id}><a href={`#${c.source.id}`}>{locale === "en" ? c.source.titleEn : c.source.titleZh}</a></li>
          ))}
        </ul>
      </nav>
      {citations.map((c) => (
        <SourceEntry key={c.source.id} entry={c} locale={locale} />
      ))}
    </>
  );
}
