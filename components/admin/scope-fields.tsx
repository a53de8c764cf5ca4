"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCatalog } from "@/components/catalog-context";
import { placeName } from "@/lib/place-names";

/** Districts and supporters an editor may write for, as two lists of checkboxes. */
export function ScopeFields({ districts, supporters, idPrefix }: { districts: readonly string[]; supporters: readonly string[]; idPrefix: string }) {
  const t = useTranslations("admin.users");
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const { catalog } = useCatalog();
  return (
    <div className="scope-fields">
      <fieldset>
        <legend>{t("districts")}</legend>
        {catalog.districts.map((d) => (
          <label key={d.code} htmlFor={`${idPrefix}-d-${d.code}`}>
            <input id={`${idPrefix}-d-${d.code}`} type="checkbox" name="districts" value={d.code} defaultChecked={districts.includes(d.code)} />
            {placeName(d, locale)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("supporters")}</legend>
        {catalog.supporters.map((s) => (
          <label key={s.code} htmlFor={`${idPrefix}-s-${s.code}`}>
            <input id={`${idPrefix}-s-${s.code}`} type="checkbox" name="supporters" value={s.code} defaultChecked={supporters.includes(s.code)} />
            {placeName(s, locale)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
