import type { UseQueryResult } from "@tanstack/react-query";
import type { ChartState } from "@/components/chart-frame";

/** Maps a query to what the frame shows: null data means the metric does not apply to the filter. */
export function chartState(query: Pick<UseQueryResult<unknown>, "isError" | "isPending" | "isPlaceholderData" | "data" | "isFetching">, total: number): ChartState {
  if (query.isError) return "error";
  if (query.isPending) return "loading";
  if (query.data === null) return "not-applicable";
  if (query.isPlaceholderData && query.isFetching) return "loading";
  return total === 0 ? "empty" : "ready";
}
