import "server-only";
import { getDb } from "@/db";
import { readDataVersion } from "@/db/data-version";
import { cacheKey } from "@/lib/cache/cache-key";
import { VersionedCache } from "@/lib/cache/versioned-cache";
import type { Filters, FilterCatalog } from "@/lib/filters";
import type { MetricKey } from "@/lib/metrics";
import { getBreakdown, type BreakdownDimension } from "./breakdown";
import { getCatalog, toFilterCatalog, type Catalog } from "./catalog";
import { getDatasetInfo, getSources } from "./dataset";
import { getFlows } from "./flows";
import { getYearlySeries } from "./series";
import { getTopRecords } from "./top-records";
import { getTotals } from "./totals";

/**
 * Query results shared by pages and route handlers, kept until the data version changes (every
 * write bumps it in its own transaction). Between writes the same question is answered once.
 * Entries are counted, not sized: every cached result here is a few kilobytes at most.
 */
export const dataCache = new VersionedCache<unknown>(4000, () => readDataVersion(getDb()));

export function cachedRead<T>(key: string, compute: () => T): T {
  return dataCache.getOrCompute(key, compute).value as T;
}

/** Districts, supporters and pairings: read on every request, changed only by a write. */
export const getRequestCatalog = (): Catalog => cachedRead("catalog", () => getCatalog(getDb()));
export const getFilterCatalog = (): FilterCatalog => cachedRead("filter-catalog", () => toFilterCatalog(getRequestCatalog()));

export const cachedTotals = (filters: Filters) => cachedRead(cacheKey("totals", filters), () => getTotals(getDb(), filters));
export const cachedSeries = (filters: Filters, metric: MetricKey) => cachedRead(cacheKey("series", filters, metric), () => getYearlySeries(getDb(), filters, metric));
export const cachedBreakdown = (filters: Filters, metric: MetricKey, by: BreakdownDimension) =>
  cachedRead(cacheKey("breakdown", filters, metric, by), () => getBreakdown(getDb(), filters, metric, by));
export const cachedTopRecords = (filters: Filters, metric: MetricKey, limit: number) =>
  cachedRead(cacheKey("top-records", filters, metric, limit), () => getTopRecords(getDb(), filters, metric, limit));
export const cachedFlows = (filters: Filters, metric: MetricKey) => cachedRead(cacheKey("flows", filters, metric), () => getFlows(getDb(), filters, metric));
export const cachedSources = () => cachedRead("sources", () => getSources(getDb()));
export const cachedDatasetInfo = () => cachedRead("dataset-info", () => getDatasetInfo(getDb()));
