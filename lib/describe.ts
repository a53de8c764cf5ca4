import type { Filters } from "./filter-params";
import { DEFAULT_FILTERS } from "./filter-params";
import type { Locale } from "./i18n/config";
import { localized } from "./i18n/config";
import { SECTORS } from "./sectors";

export type NameLookup = {
  district: (code: string) => { zh: string; en: string } | undefined;
  supporter: (code: string) => { zh: string; en: string } | undefined;
  /** A province's cities (codes); without it, a filter's codes are described one by one. */
  cities?: (code: string) => string[];
};

type CatalogLike = { districts: readonly { code: string; nameZh: string; nameEn: string }[]; supporters: readonly { code: string; nameZh: string; nameEn: string; parentCode: string | null }[] };

/** The one lookup of district and supporter names (and a province's cities) from the catalog. */
export function catalogNames(catalog: CatalogLike): NameLookup {
  const districts = new Map(catalog.districts.map((d) => [d.code, { zh: d.nameZh, en: d.nameEn }]));
  const supporters = new Map(catalog.supporters.map((s) => [s.code, { zh: s.nameZh, en: s.nameEn }]));
  return {
    district: (c) => districts.get(c),
    supporter: (c) => supporters.get(c),
    cities: (c) => catalog.supporters.filter((s) => s.parentCode === c).map((s) => s.code),
  };
}

/**
 * The supporters of a filter as an official reads them: a province chosen with its cities is one
 * entry, "广东省（含广州市、深圳市、珠海市）", and the cities it covers are not listed again.
 */
export function supporterScopeLabels(filters: Filters, names: NameLookup, locale: Locale): string[] {
  const label = (c: string) => (names.supporter(c) ? localized(names.supporter(c)!, locale) : c);
  const joiner = locale === "en" ? ", " : "、";
  const citiesOf = (c: string) => names.cities?.(c) ?? [];
  const covered = new Set(filters.excludeCities ? [] : filters.supporters.flatMap(citiesOf));
  return filters.supporters
    .filter((c) => !covered.has(c))
    .map((c) => {
      const cities = citiesOf(c);
      if (!cities.length) return label(c);
      if (filters.excludeCities) return locale === "en" ? `${label(c)} (without its cities)` : `${label(c)}（不含下属城市）`;
      return locale === "en" ? `${label(c)} (with ${cities.map(label).join(joiner)})` : `${label(c)}（含${cities.map(label).join(joiner)}）`;
    });
}

/** Message lookup for the caption keys (filters.caption.*), so this stays free of any i18n runtime. */
export type CaptionText = (key: "all" | "district" | "supporter" | "years" | "sector" | "separator", values?: Record<string, string | number>) => string;

/**
 * The active filters in words ("区县：万州区；年份：2013–2022"): shown above charts, drawn into
 * exported images, written into exported files. Names are listed in full up to four.
 */
export function describeFilters(filters: Filters, names: NameLookup, locale: Locale, text: CaptionText): string {
  const list = (codes: string[], lookup: (c: string) => { zh: string; en: string } | undefined, given?: string[]) => {
    const labels = given ?? codes.map((c) => (lookup(c) ? localized(lookup(c)!, locale) : c));
    const joiner = locale === "en" ? ", " : "、";
    return labels.length > 4 ? `${labels.slice(0, 4).join(joiner)}${locale === "en" ? ` +${labels.length - 4}` : ` 等${labels.length}个`}` : labels.join(joiner);
  };
  const parts: string[] = [];
  if (filters.districts.length) parts.push(text("district", { names: list(filters.districts, names.district) }));
  if (filters.supporters.length) parts.push(text("supporter", { names: list(filters.supporters, names.supporter, supporterScopeLabels(filters, names, locale)) }));
  if (filters.sectors.length) parts.push(text("sector", { names: list(filters.sectors, (s) => SECTORS[s as keyof typeof SECTORS]) }));
  if (!parts.length) parts.push(text("all"));
  parts.push(text("years", { from: filters.yearFrom, to: filters.yearTo }));
  return parts.join(text("separator"));
}

/** Short slug of a filter for file names: "500101_2013-2022"; "all_1992-2022" when unfiltered. */
export function filterSlug(filters: Filters): string {
  const parts = [
    ...(filters.districts.length ? [filters.districts.slice(0, 3).join("-") + (filters.districts.length > 3 ? "-etc" : "")] : []),
    ...(filters.supporters.length ? [`s${filters.supporters.slice(0, 3).join("-")}${filters.supporters.length > 3 ? "-etc" : ""}`] : []),
    ...(filters.sectors.length ? [filters.sectors.slice(0, 2).join("-")] : []),
  ];
  const years = `${filters.yearFrom ?? DEFAULT_FILTERS.yearFrom}-${filters.yearTo ?? DEFAULT_FILTERS.yearTo}`;
  return [...(parts.length ? parts : ["all"]), years].join("_");
}
