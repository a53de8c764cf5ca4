import type { NextRequest } from "next/server";
import { cachedJson } from "@/lib/api/cached-json";
import { parseApiRequest } from "@/lib/api/parse-request";
import { cacheKey } from "@/lib/cache/cache-key";
import { viewMetric } from "@/lib/filters";
import { cachedSeries } from "@/lib/queries/cached";

export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric"]);
  if (!parsed.ok) return parsed.response;
  const { filters, view } = parsed.ctx;
  const metric = viewMetric(view, "metric", "funds");
  return cachedJson(request, cacheKey("/api/series", filters, metric), () => ({ filters, metric, data: cachedSeries(filters, metric) }));
}
