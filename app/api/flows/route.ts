import type { NextRequest } from "next/server";
import { cachedJson } from "@/lib/api/cached-json";
import { parseApiRequest } from "@/lib/api/parse-request";
import { cacheKey } from "@/lib/cache/cache-key";
import { viewMetric } from "@/lib/filters";
import { cachedFlows } from "@/lib/queries/cached";

/** Supporter → district flows of one metric under the filters (the pairing view's data). */
export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric"]);
  if (!parsed.ok) return parsed.response;
  const { filters, view } = parsed.ctx;
  const metric = viewMetric(view, "metric", "funds");
  return cachedJson(request, cacheKey("/api/flows", filters, metric), () => ({ filters, metric, data: cachedFlows(filters, metric) }));
}
