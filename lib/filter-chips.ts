import type { NameLookup } from "./describe";
import { DEFAULT_FILTERS, type Filters } from "./filter-params";
import { localized, type Locale } from "./i18n/config";
import { SECTORS } from "./sectors";

export type ChipKind = "district" | "supporter" | "sector" | "years";

/** One active filter value, and the filter that remains when it is removed. */
export type FilterChip = { id: string; kind: ChipKind; label: string; without: Filters };

/**
 * The chips of a filter, in the order of the filter bar. Each value is its own chip, so one
 * click removes exactly one thing; the year range is one chip that restores the full range.
 */
export function filterChips(filters: Filters, names: NameLookup, locale: Locale): FilterChip[] {
  const name = (label: { zh: string; en: string } | undefined, code: string) => (label ? localized(label, locale) : code);
  // A province counts with its cities (lib/filters.ts): its chip says so, and a city it covers gets none.
  const citiesOf = (code: string) => names.cities?.(code) ?? [];
  const coveredCities = new Set(filters.excludeCities ? [] : filters.supporters.flatMap(citiesOf));
  const withCities = (label: string, code: string) => {
    if (!citiesOf(code).length) return label;
    if (filters.excludeCities) return locale === "en" ? `${label} (without its cities)` : `${label}（不含下属城市）`;
    return locale === "en" ? `${label} (with its cities)` : `${label}（含下属城市）`;
  };
  const chips: FilterChip[] = [
    ...filters.districts.map((code) => ({
      id: `district-${code}`,
      kind: "district" as const,
      label: name(names.district(code), code),
      without: { ...filters, districts: filters.districts.filter((c) => c !== code) },
    })),
    ...filters.supporters.filter((code) => !coveredCities.has(code)).map((code) => ({
      id: `supporter-${code}`,
      kind: "supporter" as const,
      label: withCities(name(names.supporter(code), code), code),
      without: { ...filters, supporters: filters.supporters.filter((c) => c !== code) },
    })),
  ];
  if (filters.yearFrom !== DEFAULT_FILTERS.yearFrom || filters.yearTo !== DEFAULT_FILTERS.yearTo) {
    chips.push({
      id: "years",
      kind: "years",
      label: filters.yearFrom === filters.yearTo ? String(filters.yearFrom) : `${filters.yearFrom}–${filters.yearTo}`,
      without: { ...filters, yearFrom: DEFAULT_FILTERS.yearFrom, yearTo: DEFAULT_FILTERS.yearTo },
    });
  }
  for (const sector of filters.sectors) {
    chips.push({
      id: `sector-${sector}`,
      kind: "sector",
      label: localized(SECTORS[sector], locale),
      without: { ...filters, sectors: filters.sectors.filter((s) => s !== sector) },
    });
  }
  return chips;
}
