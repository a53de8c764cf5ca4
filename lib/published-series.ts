import type { Filters } from "./filters";
import { formatMetricValue, metricUnit } from "./format";
import type { Locale } from "./i18n/config";
import { METRICS, type MetricKey } from "./metrics";
import { PROGRAM } from "./program";

/**
 * The same program-wide series published at other dates (reference/pairings.md, "Other published
 * figures"). They are cumulative to the end of their year, on a scope that is not quite the 2022
 * article's (2018 includes goods valued in money), so they are drawn as their own marked points and
 * never added to any total. Values in stored units (万元, projects).
 */
export type PublishedPoint = {
  metric: MetricKey;
  year: number;
  value: number;
  sourceId: string;
  /** A message key under truth.published for the caveat, or null. */
  caveat: "caveat2018" | "caveat2024Funds" | "caveat2024Projects" | null;
  /** True for the article's own 2022 total, which the yearly bars add up to (drawn hollow, for reference). */
  reference?: boolean;
};

export const PUBLISHED_CUMULATIVE: readonly PublishedPoint[] = [
  { metric: "funds", year: 2018, value: 18_157_000, sourceId: "published-series-2018", caveat: "caveat2018" },
  { metric: "projects", year: 2018, value: 1_768, sourceId: "published-series-2018", caveat: null },
  { metric: "funds", year: 2024, value: 18_830_000, sourceId: "published-series-2024", caveat: "caveat2024Funds" },
  { metric: "projects", year: 2024, value: 2_200, sourceId: "published-series-2024", caveat: "caveat2024Projects" },
];

/**
 * The published cumulative points for a metric under a filter: only for the whole program (no
 * district, supporter or sector chosen), since the figures are program-wide; with the article's
 * 2022 total as a hollow reference point so the other dates can be read against it.
 */
export function publishedPoints(metric: MetricKey, filters: Filters): PublishedPoint[] {
  if (filters.districts.length || filters.supporters.length || filters.sectors.length) return [];
  const points = PUBLISHED_CUMULATIVE.filter((p) => p.metric === metric);
  if (!points.length) return [];
  const reference: PublishedPoint = { metric, year: PROGRAM.asOfYear, value: METRICS[metric].publishedTotal, sourceId: PROGRAM.headlineSourceId, caveat: null, reference: true };
  return [...points, reference].sort((a, b) => a.year - b.year);
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One point in words: "截至2018年底公布累计：1,815.7 亿元（含实物折款）". */
export function publishedPointText(p: PublishedPoint, locale: Locale, t: Translate): string {
  const value = `${formatMetricValue(p.metric, p.value, locale)} ${metricUnit(p.metric, locale)}`;
  const caveat = p.caveat ? (locale === "en" ? ` (${t(p.caveat)})` : `（${t(p.caveat)}）`) : "";
  return `${t("point", { year: p.year, value })}${caveat}`;
}

/** The chart note naming the other-date points and their caveats; null when none applies. */
export function publishedNote(points: PublishedPoint[], locale: Locale, t: Translate): string | null {
  const others = points.filter((p) => !p.reference);
  if (!others.length) return null;
  return t("note", { points: others.map((p) => publishedPointText(p, locale, t)).join(locale === "en" ? "; " : "；") });
}
