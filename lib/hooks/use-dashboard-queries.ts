"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { filtersToSearchParams, type Filters } from "../filter-params";
import type { MetricKey } from "../metrics";
import type { BreakdownDimension, BreakdownRow } from "../queries/breakdown";
import type { YearPoint } from "../queries/series";
import type { RecordRow } from "../queries/top-records";
import { fetchApi } from "./api-fetch";

/** Server-rendered first answer, used while the metric is still the one the server chose. */
export type Initial<T> = { metric: MetricKey; data: T };

/** Every filter in the key, canonically serialised, so equal views share a cache entry. */
export const queryKey = (name: string, filters: Filters, ...rest: string[]) => [name, filtersToSearchParams(filters).toString(), ...rest];

export function useSeriesQuery(filters: Filters, metric: MetricKey, initial: Initial<YearPoint[] | null>) {
  return useQuery({
    queryKey: queryKey("series", filters, metric),
    queryFn: ({ signal }) => fetchApi<{ data: YearPoint[] | null }>("/api/series", filters, { metric }, signal).then((r) => r.data),
    initialData: initial.metric === metric ? initial.data : undefined,
    placeholderData: keepPreviousData,
  });
}

export function useBreakdownQuery(filters: Filters, metric: MetricKey, by: BreakdownDimension, initial: Initial<BreakdownRow[] | null>) {
  return useQuery({
    queryKey: queryKey("breakdown", filters, metric, by),
    queryFn: ({ signal }) => fetchApi<{ data: BreakdownRow[] | null }>("/api/breakdown", filters, { metric, by }, signal).then((r) => r.data),
    initialData: initial.metric === metric ? initial.data : undefined,
    placeholderData: keepPreviousData,
  });
}

export function useTopRecordsQuery(filters: Filters, metric: MetricKey, initial: Initial<RecordRow[] | null>) {
  return useQuery({
    queryKey: queryKey("top-records", filters, metric),
    queryFn: ({ signal }) => fetchApi<{ data: RecordRow[] | null }>("/api/top-records", filters, { metric }, signal).then((r) => r.data),
    initialData: initial.metric === metric ? initial.data : undefined,
    placeholderData: keepPreviousData,
  });
}
