"use client";

import { IntentLink } from "@/components/intent-link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import type { CitiesMode } from "@/lib/profile-scope";

/** Province pages: count the cities' contributions in, or show the province's own only (?cities=exclude). */
export function CitiesToggle({ mode, count }: { mode: CitiesMode; count: number }) {
  const t = useTranslations("explore.supporter");
  const pathname = usePathname();
  const params = useSearchParams();
  const href = (next: CitiesMode) => {
    const query = new URLSearchParams(params);
    query.delete("page");
    if (next === "include") query.delete("cities");
    else query.set("cities", next);
    const text = query.toString();
    return text ? `${pathname}?${text}` : pathname;
  };
  return (
    <div className="segmented" role="group" aria-label={t("citiesGroup")} data-testid="cities-toggle">
      {(["include", "exclude"] as const).map((m) => (
        <IntentLink key={m} href={href(m)} scroll={false} replace className="segmented__option" aria-current={m === mode ? "true" : undefined} data-testid={`cities-${m}`}>
          {m === "include" ? t("citiesInclude", { count }) : t("citiesExclude")}
        </IntentLink>
      ))}
    </div>
  );
}
