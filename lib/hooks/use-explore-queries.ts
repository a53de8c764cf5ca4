"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { metricApplies, type Filters } from "../filter-params";
import type { MetricKey } from "../metrics";
import type { FlowRow } from "../queries/flows";
import type { RecordRow } from "../queries/record-select";
import type { RecordPage } from "../queries/records";
import type { RecordQuery } from "../record-query";
import { fetchApi } from "./api-fetch";
import { queryKey, type Initial } from "./use-dashboard-queries";

export function useFlowsQuery(filters: Filters, metric: MetricKey, initial: Initial<FlowRow[] | null>) {
  return useQuery({
    queryKey: queryKey("flows", filters, metric),
    queryFn: ({ signal }) => fetchApi<{ data: FlowRow[] | null }>("/api/flows", filters, { metric }, signal).then((r) => r.data),
    initialData: initial.metric === metric ? initial.data : undefined,
    placeholderData: keepPreviousData,
  });
}

/** The sort param as the API reads it: "-year" for descending. */
export function sortParam(query: Pick<RecordQuery, "sort" | "direction">): string {
  return `${query.direction === "desc" ? "-" : ""}${query.sort}`;
}

type RecordsResponse = { applicable: boolean; total: number; page: number; pageSize: number; pages: number; data: RecordRow[] };

/** One page of records; null when the sector filter does not apply to the metric. */
export function useRecordsQuery(filters: Filters, metric: MetricKey, query: RecordQuery, initial: { metric: MetricKey; query: RecordQuery; data: RecordPage | null }) {
  const same = initial.metric === metric && JSON.stringify(initial.query) === JSON.stringify(query);
  return useQuery({
    queryKey: queryKey("records", filters, metric, String(query.page), String(query.pageSize), sortParam(query), query.q),
    // The API refuses a sector filter on a metric without sectors; the panel says "not applicable" itself.
    queryFn: ({ signal }) => !metricApplies(filters, metric) ? Promise.resolve(null) :
      fetchApi<RecordsResponse>("/api/records", filters, { metric, page: String(query.page), pageSize: String(query.pageSize), sort: sortParam(query), ...(query.q ? { q: query.q } : {}) }, signal).then(
        (r): RecordPage | null => (r.applicable ? { rows: r.data, total: r.total, page: r.page, pageSize: r.pageSize, pages: r.pages } : null),
      ),
    initialData: same ? initial.data : undefined,
    placeholderData: keepPreviousData,
  });
}
