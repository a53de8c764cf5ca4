"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useCatalog } from "@/components/catalog-context";
import { ChartFrame } from "@/components/chart-frame";
import { RiverMapChart } from "@/components/charts/river-map-chart";
import { MetricSelect } from "@/components/metric-select";
import { chartState } from "@/components/panels/chart-state";
import { useView } from "@/components/view-context";
import type { VIEW_PARAMS } from "@/lib/filter-params";
import { formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { useBreakdownQuery, type Initial } from "@/lib/hooks/use-dashboard-queries";
import { replaceViewParam, useFilterNavigation } from "@/lib/hooks/use-filter-navigation";
import { mapModel, mapSummary, mapTable, type MapDatum } from "@/lib/map-shapes";
import type { MetricKey } from "@/lib/metrics";
import type { BreakdownRow } from "@/lib/queries/breakdown";
import { layoutRiverMap } from "@/lib/river-map-layout";
import { MapDetail } from "./map-detail";
import { MapLegend } from "./map-legend";

type Props = {
  /** Breakdown by district under the filter without its district part (the map always shows all 14). */
  initial: Initial<BreakdownRow[] | null>;
  /** The view param that keeps the chosen metric ("map" on the overview, "metric" on /map). */
  param: (typeof VIEW_PARAMS)[number];
  /** The frame's heading level (ChartFrame): 2 where the map is a section of its own (/map). */
  headingLevel?: 2 | 3;
};

/** The river map, coloured by a metric; a click (or Enter) on a district filters the whole view. */
export function MapPanel({ initial, param, headingLevel }: Props) {
  const t = useTranslations("explore");
  const locale = useAppLocale();
  const { catalog } = useCatalog();
  const { filters } = useView();
  const navigate = useFilterNavigation();
  const [metric, setMetric] = useState<MetricKey>(initial.metric);
  const [active, setActive] = useState<string | null>(null);
  const query = useBreakdownQuery({ ...filters, districts: [] }, metric, "district", initial);
  const model = mapModel(query.data ?? [], catalog.districts, catalog.pairings, filters.districts, locale);
  const layout = useMemo(() => layoutRiverMap(catalog.districts), [catalog.districts]);
  const unit = metricUnit(metric, locale);
  const format = (stored: number) => formatMetricValue(metric, stored, locale);
  const total = model.data.reduce((a, d) => a + d.value, 0);

  const select = (code: string, additive: boolean) => {
    const chosen = filters.districts.includes(code);
    const districts = additive
      ? chosen ? filters.districts.filter((c) => c !== code) : [...filters.districts, code].sort()
      : chosen && filters.districts.length === 1 ? [] : [code];
    navigate({ ...filters, districts });
  };
  const tileLabel = (d: MapDatum) =>
    t("map.tileLabel", { name: d.label, value: format(d.value), unit, state: d.selected ? t("map.selected") : t("map.notSelected") }) +
    (d.pairing === "known" ? "" : ` ${t(`map.pairing.${d.pairing}`)}`);

  return (
    <ChartFrame
      headingLevel={headingLevel}
      name={`${metric}-river-map`}
      title={t("map.title", { metric: metricLabel(metric, locale) })}
      unit={unit}
      demo={model.data.some((d) => d.demo > 0)}
      summary={mapSummary(model, metric, locale, t)}
      table={mapTable(model, catalog.districts, metric, locale, t)}
      state={chartState(query, total)}
      errorMessage={query.error?.message}
      onRetry={() => void query.refetch()}
      note={t("map.note")}
      controls={
        <MetricSelect
          value={metric}
          testId="map-metric"
          onChange={(m) => {
            setMetric(m);
            replaceViewParam(param, m === "funds" ? null : m);
          }}
        />
      }
    >
      {/* How to use the map on screen: no such hint belongs in an exported image or briefing. */}
      <p className="river-map__hint" id="river-map-hint" data-export-ignore>{t("map.hint")}</p>
      <p className="river-map__scroll-cue" aria-hidden="true" data-export-ignore>{t("map.scrollCue")}</p>
      <div className="river-map__scroll" data-testid="river-map-scroll">
        <RiverMapChart
          layout={layout}
          data={model.data}
          classCount={model.classes.length}
          format={format}
          onSelect={select}
          onActive={setActive}
          labels={{ title: t("map.svgLabel"), upstream: t("map.upstream"), downstream: t("map.downstream"), river: t("map.river"), noPairing: t("map.tag.none"), unverified: t("map.tag.unverified"), tile: tileLabel }}
        />
      </div>
      <MapLegend classes={model.classes} format={format} unit={unit} hasSelection={filters.districts.length > 0} />
      <MapDetail datum={model.data.find((d) => d.code === (active ?? filters.districts[0])) ?? null} unit={unit} format={format} />
    </ChartFrame>
  );
}
