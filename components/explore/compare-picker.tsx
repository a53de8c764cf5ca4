"use client";

import { IntentLink } from "@/components/intent-link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useCatalog } from "@/components/catalog-context";
import { compareHref, COMPARE_MAX, COMPARE_MIN } from "@/lib/compare-selection";
import type { Filters } from "@/lib/filter-params";
import { districtLabel, supporterLabel } from "@/lib/flow-shapes";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import type { CompareDimension } from "@/lib/queries/compare";

type Props = { by: CompareDimension; codes: string[]; filters: Filters; example: string[] };

/** What to compare: districts or supporters, and up to four of them (removed with the chip bar). */
export function ComparePicker({ by, codes, filters, example }: Props) {
  const t = useTranslations("explore.compare");
  const locale = useAppLocale();
  const router = useRouter();
  const { catalog } = useCatalog();
  const addId = useId();
  const options = by === "district" ? catalog.districts.map((d) => d.code) : catalog.supporters.map((s) => s.code);
  const label = (code: string) => (by === "district" ? districtLabel(code, catalog, locale) : supporterLabel(code, catalog, locale));
  const withCodes = (next: string[]) => (by === "district" ? { ...filters, districts: next } : { ...filters, supporters: next });
  const full = codes.length >= COMPARE_MAX;

  return (
    <section className="panel compare-picker" aria-labelledby="compare-picker-heading" data-testid="compare-picker">
      <h2 id="compare-picker-heading" className="chart-frame__title">{t("pickerTitle")}</h2>
      <div className="compare-picker__row">
        <div className="segmented" role="group" aria-label={t("byGroup")}>
          {(["district", "supporter"] as const).map((b) => (
            <IntentLink
              key={b}
              className="segmented__option"
              aria-current={b === by ? "true" : undefined}
              data-testid={`compare-by-${b}`}
              // Switching what is compared drops the codes of the side that was compared.
              href={compareHref(b, b === by ? filters : by === "district" ? { ...filters, districts: [] } : { ...filters, supporters: [] })}
            >
              {t(`by.${b}`)}
            </IntentLink>
          ))}
        </div>
        <span className="compare-picker__add">
          <label htmlFor={addId}>{t(by === "district" ? "addDistrict" : "addSupporter")}</label>
          <select
            id={addId}
            value=""
            disabled={full}
            data-testid="compare-add"
            onChange={(e) => e.target.value && router.push(compareHref(by, withCodes([...codes, e.target.value].sort())), { scroll: false })}
          >
            <option value="">{full ? t("full", { max: COMPARE_MAX }) : t("choose")}</option>
            {options.filter((c) => !codes.includes(c)).map((c) => (
              <option key={c} value={c}>{label(c)}</option>
            ))}
          </select>
        </span>
      </div>
      <p className="compare-picker__status" data-testid="compare-status">
        {codes.length < COMPARE_MIN ? t("needMore", { min: COMPARE_MIN, max: COMPARE_MAX, count: codes.length }) : t("comparing", { count: codes.length, max: COMPARE_MAX })}
      </p>
      {codes.length < COMPARE_MIN && by === "district" ? (
        <p>
          <IntentLink href={compareHref("district", { ...filters, districts: example })} data-testid="compare-example">
            {t("example", { names: example.map(label).join(locale === "en" ? ", " : "、") })}
          </IntentLink>
        </p>
      ) : null}
    </section>
  );
}
