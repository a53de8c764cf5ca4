"use client";

import { useTranslations } from "next-intl";
import { classColour } from "@/lib/map-scale";
import type { MapClass } from "@/lib/map-scale";
import { MAP_NONE_PATTERN_ID } from "@/components/charts/river-map-chart";

type Props = { classes: MapClass[]; format: (stored: number) => string; unit: string; hasSelection: boolean };

/** Colour classes with their ranges, then the marks that do not rely on colour. */
export function MapLegend({ classes, format, unit, hasSelection }: Props) {
  const t = useTranslations("explore.map.legend");
  return (
    <div className="map-legend" data-testid="map-legend">
      <span className="map-legend__title">{t("title", { unit })}</span>
      <ul className="map-legend__list">
        <li>
          <svg width="22" height="14" aria-hidden="true">
            <rect width="22" height="14" rx="3" fill={`url(#${MAP_NONE_PATTERN_ID})`} stroke="#7a8594" />
          </svg>
          {t("zero")}
        </li>
        {classes.map((c) => (
          <li key={c.index}>
            <svg width="22" height="14" aria-hidden="true">
              <rect width="22" height="14" rx="3" fill={classColour(c.index, classes.length)} stroke="#7a8594" />
            </svg>
            {c.from === c.to ? format(c.from) : t("range", { from: format(c.from), to: format(c.to) })}
          </li>
        ))}
      </ul>
      <ul className="map-legend__list map-legend__marks">
        {/* The "selected" mark explains a selection; with none, it is a hint that stays off exports. */}
        <li {...(hasSelection ? {} : { "data-export-ignore": true })}>
          <svg width="22" height="14" aria-hidden="true">
            <rect x="1.5" y="1.5" width="19" height="11" rx="3" fill="#fff" stroke="#1b2430" strokeWidth="2.5" />
          </svg>
          {t("selected")}
        </li>
        <li>
          <svg width="22" height="14" aria-hidden="true">
            <rect x="0.5" y="0.5" width="21" height="13" rx="3" fill="#fff" stroke="#7a8594" strokeDasharray="4 3" />
          </svg>
          {t("noPairing")}
        </li>
        <li>{t("unverified")}</li>
      </ul>
    </div>
  );
}
