import "server-only";
import { getTranslations } from "next-intl/server";
import type { ViewContextValue } from "@/components/view-context";
import { describeFilters, filterSlug } from "@/lib/describe";
import type { Filters } from "@/lib/filters";
import type { Locale } from "@/lib/i18n/config";
import type { Period } from "@/lib/progress/pace";
import type { Catalog } from "@/lib/queries/catalog";

/**
 * The frame's caption and file-name slug for progress: the scope filters and the plan period in
 * place of the year range (years and sectors do not apply to targets).
 */
export async function progressContext(context: ViewContextValue, filters: Filters, period: Period | null, catalog: Catalog, locale: Locale): Promise<ViewContextValue> {
  if (!period) return context;
  const tCaption = await getTranslations("filters.caption");
  const districts = new Map(catalog.districts.map((d) => [d.code, { zh: d.nameZh, en: d.nameEn }]));
  const supporters = new Map(catalog.supporters.map((s) => [s.code, { zh: s.nameZh, en: s.nameEn }]));
  const scoped: Filters = { ...filters, sectors: [], yearFrom: period.from, yearTo: period.to };
  const caption = describeFilters(scoped, { district: (c) => districts.get(c), supporter: (c) => supporters.get(c) }, locale, (k, v) => tCaption(k, v));
  return { ...context, filters: { ...filters }, caption, slug: filterSlug(scoped) };
}
