"use client";

import { IntentLink } from "@/components/intent-link";
import { useTranslations } from "next-intl";
import { useCatalog } from "@/components/catalog-context";
import { supporterLabel } from "@/lib/flow-shapes";
import { parenthetical } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import type { MapDatum } from "@/lib/map-shapes";
import { useProfileHref } from "./fixed-scope";

type Props = { datum: MapDatum | null; unit: string; format: (stored: number) => string };

/** The district under the pointer or focus: its value, its supporters, and a link to its profile. */
export function MapDetail({ datum, unit, format }: Props) {
  const t = useTranslations("explore.map");
  const tc = useTranslations("confidence");
  const locale = useAppLocale();
  const { catalog } = useCatalog();
  const hrefOf = useProfileHref();
  if (!datum) return <p className="map-detail map-detail--empty" data-testid="map-detail" data-export-ignore>{t("detailHint")}</p>;
  const pairings = catalog.pairings.filter((p) => p.districtCode === datum.code);
  return (
    <div className="map-detail" data-testid="map-detail">
      <p className="map-detail__head">
        <strong>{datum.label}</strong> · {format(datum.value)} {unit}
      </p>
      <p className="map-detail__supporters">
        {pairings.length === 0
          ? t("pairing.none")
          : t("supporters", {
              names: pairings
                .map((p) => `${supporterLabel(p.supporterCode, catalog, locale)}${p.confidence === "unverified" ? parenthetical(tc("unverified"), locale) : ""}`)
                .join(locale === "en" ? ", " : "、"),
            })}
      </p>
      <IntentLink href={hrefOf("district", datum.code)} className="map-detail__link" data-testid="map-detail-link">
        {t("openProfile", { name: datum.label })}
      </IntentLink>
    </div>
  );
}
