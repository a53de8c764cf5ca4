import "server-only";
import { getTranslations } from "next-intl/server";
import type { ViewContextValue } from "@/components/view-context";
import { describeFilters, filterSlug } from "@/lib/describe";
import type { Filters } from "@/lib/filters";
import { getAppLocale } from "@/lib/i18n/server";
import type { Period } from "@/lib/progress/pace";
import { getRequestCatalog } from "@/lib/queries/cached";

export type ProgressCaption = Pick<ViewContextValue, "caption" | "slug">;

/**
 * The frame's caption and file-name slug for progress: the scope filters and the plan period in
 * place of the year range (years and sectors do not apply to targets).
 */
export async function progressCaption(filters: Filters, period: Period): Promise<ProgressCaption> {
  const locale = await getAppLocale();
  const catalog = getRequestCatalog();
  const tCaption = await getTranslations("filters.caption");
  const districts = new Map(catalog.districts.map((d) => [d.code, { zh: d.nameZh, en: d.nameEn }]));
  const supporters = new Map(catalog.supporters.map((s) => [s.code, { zh: s.nameZh, en: s.nameEn }]));
  const scoped: Filters = { ...filters, sectors: [], yearFrom: period.from, yearTo: period.to };
  const caption = describeFilters(scoped, { district: (c) => districts.get(c), supporter: (c) => supporters.get(c) }, locale, (k, v) => tCaption(k, v));
  return { caption, slug: filterSlug(scoped) };
}
