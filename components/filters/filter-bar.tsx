"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { useCatalog } from "@/components/catalog-context";
import { DEFAULT_FILTERS, isFiltered, type Filters } from "@/lib/filter-params";
import { localized } from "@/lib/i18n/config";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { useFilterNavigation } from "@/lib/hooks/use-filter-navigation";
import { YEARS } from "@/lib/program";
import { SECTOR_KEYS, SECTORS, type SectorKey } from "@/lib/sectors";
import { MultiSelect, type Option } from "./multi-select";
import { placeName } from "@/lib/place-names";

/** `hide` leaves out the selector of the side a profile page fixes by its path. */
export function FilterBar({ filters: current, hide }: { filters: Filters; hide?: "district" | "supporter" }) {
  const t = useTranslations("filters");
  const tc = useTranslations("officials.cities");
  const locale = useAppLocale();
  const { catalog } = useCatalog();
  const go = useFilterNavigation();
  // Show the choice at once; the server-rendered view follows when the navigation completes.
  const [filters, setOptimistic] = useOptimistic(current);
  const [pending, startTransition] = useTransition();
  // On a phone the filters sit behind a "筛选 (N)" button (the CSS shows it below 640 px only).
  const [open, setOpen] = useState(false);
  const tp = useTranslations("officials.phone");
  const active = filters.districts.length + filters.supporters.length + filters.sectors.length + (filters.yearFrom !== DEFAULT_FILTERS.yearFrom || filters.yearTo !== DEFAULT_FILTERS.yearTo ? 1 : 0);
  const navigate = (next: Filters) =>
    startTransition(() => {
      setOptimistic(next);
      go(next);
    });
  const paired = new Set(catalog.pairings.map((p) => p.districtCode));

  const districtOptions: Option[] = catalog.districts.map((d) => ({
    value: d.code,
    label: placeName(d, locale),
    ...(paired.has(d.code) ? {} : { note: t("noPairing") }),
  }));
  // Cities listed under their province; a ticked province counts its cities in (unless the
  // 含下属城市 switch is off), so they show ticked as part of it.
  const withCities = !filters.excludeCities;
  const supporterOptions: Option[] = catalog.supporters
    .filter((s) => !s.parentCode)
    .flatMap((p) => {
      const name = placeName(p, locale);
      const implied = withCities && filters.supporters.includes(p.code) ? tc("impliedNote", { name }) : undefined;
      return [
        { value: p.code, label: name },
        ...catalog.supporters
          .filter((c) => c.parentCode === p.code)
          .map((c) => ({ value: c.code, label: placeName(c, locale), indent: true, ...(implied ? { implied } : {}) })),
      ];
    });
  const provinceWithCities = filters.supporters.some((code) => catalog.supporters.some((c) => c.parentCode === code));
  const citiesSwitch = provinceWithCities || filters.excludeCities ? (
    <label className="multi-select__option multi-select__switch" title={tc("includeHint")}>
      <input
        type="checkbox"
        checked={withCities}
        data-testid="filter-cities"
        onChange={(e) => {
          const { excludeCities: _dropped, ...rest } = filters;
          navigate(e.target.checked ? rest : { ...rest, excludeCities: true });
        }}
      />
      <span>{tc("include")}</span>
    </label>
  ) : null;
  const sectorOptions: Option[] = SECTOR_KEYS.map((k) => ({ value: k, label: localized(SECTORS[k], locale) }));

  return (
    <section className={open ? "filter-bar filter-bar--open" : "filter-bar"} aria-label={t("heading")} aria-busy={pending} data-testid="filter-bar">
      <button type="button" className="button filter-bar__toggle" aria-expanded={open} aria-controls="filter-bar-fields" data-testid="filter-toggle" onClick={() => setOpen(!open)}>
        {tp("filters", { count: active })}
      </button>
      <div className="filter-bar__fields" id="filter-bar-fields">
      {hide === "district" ? null : (
        <MultiSelect label={t("district")} options={districtOptions} selected={filters.districts} testId="filter-district" onChange={(districts) => navigate({ ...filters, districts: districts.sort() })} />
      )}
      {hide === "supporter" ? null : (
        <MultiSelect label={t("supporter")} options={supporterOptions} selected={filters.supporters} testId="filter-supporter" footer={citiesSwitch} onChange={(supporters) => navigate({ ...filters, supporters: supporters.sort() })} />
      )}
      <div className="filter-field">
        <span className="filter-field__label">{t("years")}</span>
        <div className="filter-years">
          <select aria-label={t("from")} value={filters.yearFrom} data-testid="filter-from" onChange={(e) => navigate({ ...filters, yearFrom: Number(e.target.value), yearTo: Math.max(filters.yearTo, Number(e.target.value)) })}>
            {YEARS.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
          <span aria-hidden="true">–</span>
          <select aria-label={t("to")} value={filters.yearTo} data-testid="filter-to" onChange={(e) => navigate({ ...filters, yearTo: Number(e.target.value), yearFrom: Math.min(filters.yearFrom, Number(e.target.value)) })}>
            {YEARS.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
      </div>
      <div title={t("sectorHint")}>
        <MultiSelect label={t("sector")} options={sectorOptions} selected={filters.sectors} testId="filter-sector" onChange={(sectors) => navigate({ ...filters, sectors: sectors.sort() as SectorKey[] })} />
      </div>
      {isFiltered(filters) ? (
        <button type="button" className="button button--ghost filter-bar__clear" data-testid="filter-clear" onClick={() => navigate(DEFAULT_FILTERS)}>
          {t("clear")}
        </button>
      ) : null}
      </div>
    </section>
  );
}
