import { compareCodes } from "./compare-codes";
import type { ChartTable } from "./chart-shapes";
import { formatMetricValue, formatShare, formatTableValue, metricLabel, metricUnit, tableUnit, toDisplayValue, withProvince } from "./format";
import type { Locale } from "./i18n/config";
import type { MetricKey } from "./metrics";
import type { Catalog } from "./queries/catalog";
import type { Confidence, FlowRow } from "./queries/flows";
import { shortName } from "./map-shapes";
import { placeName } from "@/lib/place-names";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** How sure the pairing behind a flow is; "unlisted" when records name a pair no pairing lists. */
export type FlowStatus = "known" | "unverified" | "unlisted";

export type FlowNode = {
  name: string;
  /** A name short enough for the side of the diagram (广西, Guangxi, Changshou). */
  short: string;
  code: string;
  kind: "supporter" | "district";
  /** Every flow of this node rests on an unverified (or unlisted) pairing. */
  unverified: boolean;
  selected: boolean;
  stored: number;
};

export type FlowLink = {
  source: number;
  target: number;
  /** Display units (亿元 for funds): the Sankey sizes links by it. */
  value: number;
  stored: number;
  demo: number;
  status: FlowStatus;
  supporterCode: string;
  districtCode: string;
};

export type FlowModel = { nodes: FlowNode[]; links: FlowLink[]; total: number };

export function flowStatus(confidence: Confidence | null): FlowStatus {
  if (confidence === null) return "unlisted";
  return confidence === "unverified" ? "unverified" : "known";
}

/** "广州市（广东）": a city is named with its province so the two never read as one. */
export function supporterLabel(code: string, catalog: Pick<Catalog, "supporters">, locale: Locale): string {
  const s = catalog.supporters.find((x) => x.code === code);
  if (!s) return code;
  const name = placeName(s, locale);
  const parent = s.parentCode ? catalog.supporters.find((x) => x.code === s.parentCode) : undefined;
  if (!parent) return name;
  return withProvince(name, placeName(parent, locale), locale);
}

/** The name table's short form ("广西", "Guangxi"); cities keep their province. */
export function shortSupporterLabel(code: string, catalog: Pick<Catalog, "supporters">, locale: Locale): string {
  const s = catalog.supporters.find((x) => x.code === code);
  if (!s) return code;
  const name = placeName(s, locale, "short");
  const parent = s.parentCode ? catalog.supporters.find((x) => x.code === s.parentCode) : undefined;
  return parent ? withProvince(name, placeName(parent, locale, "short"), locale) : name;
}

export function districtLabel(code: string, catalog: Pick<Catalog, "districts">, locale: Locale): string {
  const d = catalog.districts.find((x) => x.code === code);
  return d ? placeName(d, locale) : code;
}

export function shortDistrictLabel(code: string, catalog: Pick<Catalog, "districts">, locale: Locale): string {
  const d = catalog.districts.find((x) => x.code === code);
  return d ? shortName(d, locale) : code;
}

/**
 * Nodes and links for the Sankey. Districts keep their order along the river (west→east);
 * supporters follow the district they send most to, which keeps links from crossing. Flows of
 * zero cannot be drawn and stay in the table view only.
 */
export function flowModel(flows: readonly FlowRow[], catalog: Catalog, metric: MetricKey, selected: { districts: string[]; supporters: string[] }, locale: Locale): FlowModel {
  const drawn = flows.filter((f) => f.value > 0);
  const riverIndex = new Map(catalog.districts.map((d, i) => [d.code, i]));
  const districtCodes = [...new Set(drawn.map((f) => f.districtCode))].sort((a, b) => (riverIndex.get(a) ?? 0) - (riverIndex.get(b) ?? 0));
  const supporterTotal = (code: string) => drawn.filter((f) => f.supporterCode === code).reduce((a, f) => a + f.value, 0);
  const mainDistrict = (code: string) =>
    drawn.filter((f) => f.supporterCode === code).reduce((best, f) => (f.value > best.value ? f : best)).districtCode;
  const supporterCodes = [...new Set(drawn.map((f) => f.supporterCode))].sort(
    (a, b) => (riverIndex.get(mainDistrict(a)) ?? 0) - (riverIndex.get(mainDistrict(b)) ?? 0) || supporterTotal(b) - supporterTotal(a) || compareCodes(a, b),
  );
  const allUnverified = (match: (f: FlowRow) => boolean) => drawn.filter(match).every((f) => flowStatus(f.confidence) !== "known");
  const nodes: FlowNode[] = [
    ...supporterCodes.map((code) => ({
      name: supporterLabel(code, catalog, locale),
      short: shortSupporterLabel(code, catalog, locale),
      code,
      kind: "supporter" as const,
      unverified: allUnverified((f) => f.supporterCode === code),
      selected: selected.supporters.includes(code),
      stored: supporterTotal(code),
    })),
    ...districtCodes.map((code) => ({
      name: districtLabel(code, catalog, locale),
      short: shortDistrictLabel(code, catalog, locale),
      code,
      kind: "district" as const,
      unverified: allUnverified((f) => f.districtCode === code),
      selected: selected.districts.includes(code),
      stored: drawn.filter((f) => f.districtCode === code).reduce((a, f) => a + f.value, 0),
    })),
  ];
  const links = drawn
    .map((f) => ({
      source: supporterCodes.indexOf(f.supporterCode),
      target: supporterCodes.length + districtCodes.indexOf(f.districtCode),
      value: toDisplayValue(metric, f.value),
      stored: f.value,
      demo: f.demo,
      status: flowStatus(f.confidence),
      supporterCode: f.supporterCode,
      districtCode: f.districtCode,
    }))
    .sort((a, b) => a.source - b.source || a.target - b.target);
  return { nodes, links, total: drawn.reduce((a, f) => a + f.value, 0) };
}

export function flowTable(flows: readonly FlowRow[], catalog: Catalog, metric: MetricKey, locale: Locale, t: Translate, confidenceLabel: (c: Confidence) => string): ChartTable {
  const unit = tableUnit(metric, locale);
  return {
    unit,
    columns: [t("flows.columns.supporter"), t("flows.columns.district"), t("flows.columns.confidence"), t("flows.columns.value", { unit }), t("flows.columns.demo", { unit })],
    rows: flows.map((f) => [
      supporterLabel(f.supporterCode, catalog, locale),
      districtLabel(f.districtCode, catalog, locale),
      f.confidence ? confidenceLabel(f.confidence) : t("flows.unlisted"),
      formatTableValue(metric, f.value, locale),
      formatTableValue(metric, f.demo, locale),
    ]),
  };
}

export function flowSummary(flows: readonly FlowRow[], catalog: Catalog, metric: MetricKey, locale: Locale, t: Translate): string {
  const base = { metric: metricLabel(metric, locale), unit: metricUnit(metric, locale) };
  const drawn = flows.filter((f) => f.value > 0);
  const top = drawn[0];
  if (!top) return t("flows.summaryEmpty", base);
  const total = drawn.reduce((a, f) => a + f.value, 0);
  return t("flows.summary", {
    ...base,
    count: drawn.length,
    total: formatMetricValue(metric, total, locale),
    top: `${supporterLabel(top.supporterCode, catalog, locale)} → ${districtLabel(top.districtCode, catalog, locale)}`,
    value: formatMetricValue(metric, top.value, locale),
    share: formatShare(top.value, total, locale),
    unverified: flows.filter((f) => flowStatus(f.confidence) !== "known").length,
  });
}
