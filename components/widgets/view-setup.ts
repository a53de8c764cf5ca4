import "server-only";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/db/client";
import type { ViewContextValue } from "@/components/view-context";
import { catalogNames, describeFilters, filterSlug } from "@/lib/describe";
import { parseSearchParams, type Filters, type ParsedParams, type RawSearchParams } from "@/lib/filters";
import { localized, type Locale } from "@/lib/i18n/config";
import { getAppLocale } from "@/lib/i18n/server";
import { PROGRAM } from "@/lib/program";
import { cachedSources, getFilterCatalog, getRequestCatalog } from "@/lib/queries/cached";
import type { Catalog } from "@/lib/queries/catalog";

export type ViewSetup = ParsedParams & { catalog: Catalog; locale: Locale; view: ParsedParams["view"]; context: ViewContextValue; urlFilters: Filters };

/**
 * What every dashboard page does first: parse the URL once, then word the filter and the source line.
 * `scope` turns the URL filter into the one the page shows (a profile fixes its district or supporter).
 */
export async function setUpView(db: Db, raw: RawSearchParams, scope?: (filters: Filters, catalog: Catalog) => Filters): Promise<ViewSetup> {
  const catalog = getRequestCatalog();
  const fromUrl = parseSearchParams(raw, getFilterCatalog());
  const parsed = scope ? { ...fromUrl, filters: scope(fromUrl.filters, catalog) } : fromUrl;
  const locale = await getAppLocale();
  const tCaption = await getTranslations("filters.caption");
  const tFrame = await getTranslations("frame");
  const caption = describeFilters(parsed.filters, catalogNames(catalog), locale, (k, v) => tCaption(k, v));
  const article = cachedSources().find((s) => s.id === PROGRAM.headlineSourceId);
  const source = article
    ? tFrame("sourceLine", { article: localized({ zh: article.titleZh, en: article.titleEn }, locale), date: article.publishedOn ?? "" })
    : "";
  return {
    ...parsed,
    urlFilters: fromUrl.filters,
    catalog,
    locale,
    context: { filters: parsed.filters, caption, slug: filterSlug(parsed.filters), source, asOf: PROGRAM.asOfDate },
  };
}
