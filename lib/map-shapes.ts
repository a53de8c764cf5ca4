import { compareCodes } from "./compare-codes";
import type { ChartTable } from "./chart-shapes";
import { formatMetricValue, formatTableValue, metricLabel, metricUnit, tableUnit } from "./format";
import type { Locale } from "./i18n/config";
import { quantileScale, type MapClass } from "./map-scale";
import type { MetricKey } from "./metrics";
import type { BreakdownRow } from "./queries/breakdown";
import type { DistrictRow, PairingRow } from "./queries/catalog";
import type { RiverSide } from "./river-map-layout";
import { placeName } from "@/lib/place-names";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What one tile of the river map shows. */
export type MapDatum = {
  code: string;
  /** Full name, for words (table, summary, screen readers). */
  label: string;
  /** Short name that fits a tile (石柱县, Shizhu). */
  short: string;
  side: RiverSide;
  value: number;
  demo: number;
  /** Colour class, null for zero (drawn hatched). */
  classIndex: number | null;
  /** "none": no pairing on record; "unverified": every pairing is still to be verified. */
  pairing: "known" | "unverified" | "none";
  selected: boolean;
};

export type MapModel = { data: MapDatum[]; classes: MapClass[] };

/** Tile label: the name table's short form (石柱县, Shizhu; Wanzhou for Wanzhou District). */
export function shortName(district: Pick<DistrictRow, "code" | "nameZh" | "nameEn">, locale: Locale): string {
  return placeName(district, locale, "short");
}

export function pairingStatus(code: string, pairings: readonly PairingRow[]): MapDatum["pairing"] {
  const mine = pairings.filter((p) => p.districtCode === code);
  if (mine.length === 0) return "none";
  return mine.every((p) => p.confidence === "unverified") ? "unverified" : "known";
}

export function mapModel(rows: readonly BreakdownRow[], districts: readonly DistrictRow[], pairings: readonly PairingRow[], selected: readonly string[], locale: Locale): MapModel {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const scale = quantileScale(districts.map((d) => byCode.get(d.code)?.value ?? 0));
  return {
    classes: scale.classes,
    data: districts.map((d) => {
      const row = byCode.get(d.code);
      const value = row?.value ?? 0;
      return {
        code: d.code,
        label: placeName(d, locale),
        short: shortName(d, locale),
        side: d.side,
        value,
        demo: row?.demo ?? 0,
        classIndex: scale.classOf(value),
        pairing: pairingStatus(d.code, pairings),
        selected: selected.includes(d.code),
      };
    }),
  };
}

/** "Upstream 4th on the main stream", "north of 万州区": where a district sits, in words. */
export function positionText(district: DistrictRow, districts: readonly DistrictRow[], locale: Locale, t: Translate): string {
  if (district.side === "main") return t("map.position.main", { order: district.riverOrder });
  const neighbour = districts.find((d) => d.side === "main" && d.riverOrder === district.riverOrder);
  const near = neighbour ? placeName(neighbour, locale) : "";
  return t(district.side === "north" ? "map.position.north" : "map.position.south", { near });
}

export function mapTable(model: MapModel, districts: readonly DistrictRow[], metric: MetricKey, locale: Locale, t: Translate): ChartTable {
  const unit = tableUnit(metric, locale);
  return {
    unit,
    columns: [t("map.columns.district"), t("map.columns.position"), t("map.columns.value", { unit }), t("map.columns.demo", { unit }), t("map.columns.pairing")],
    rows: model.data.map((d) => {
      const district = districts.find((x) => x.code === d.code)!;
      return [
        d.label,
        positionText(district, districts, locale, t),
        formatTableValue(metric, d.value, locale),
        formatTableValue(metric, d.demo, locale),
        t(`map.pairing.${d.pairing}`),
      ];
    }),
  };
}

/** One sentence from the data: the largest and smallest district, and the ones without any. */
export function mapSummary(model: MapModel, metric: MetricKey, locale: Locale, t: Translate): string {
  const base = { metric: metricLabel(metric, locale), unit: metricUnit(metric, locale) };
  const positive = model.data.filter((d) => d.value > 0).sort((a, b) => b.value - a.value || compareCodes(a.code, b.code));
  const top = positive[0];
  const bottom = positive[positive.length - 1];
  if (!top || !bottom) return t("map.summaryEmpty", base);
  // 石柱 has no supporter on record: say so beside its name, so its blank reads as "no pairing data".
  const none = model.data.filter((d) => d.value === 0).map((d) => (d.pairing === "none" ? `${d.label}${t("map.noPairingAside")}` : d.label));
  const sentence = positive.length === 1 ? t("map.summaryOne", { ...base, top: top.label, topValue: formatMetricValue(metric, top.value, locale) }) : t("map.summary", {
    ...base,
    top: top.label,
    topValue: formatMetricValue(metric, top.value, locale),
    bottom: bottom.label,
    bottomValue: formatMetricValue(metric, bottom.value, locale),
    count: positive.length,
  });
  return none.length ? `${sentence}${t("map.summaryNone", { names: none.join(locale === "en" ? ", " : "、") })}` : sentence;
}
