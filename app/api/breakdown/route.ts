import type { NextRequest } from "next/server";
import { cachedJson } from "@/lib/api/cached-json";
import { parseApiRequest } from "@/lib/api/parse-request";
import { cacheKey } from "@/lib/cache/cache-key";
import { viewMetric } from "@/lib/filters";
import { cachedBreakdown } from "@/lib/queries/cached";

export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric", "by"]);
  if (!parsed.ok) return parsed.response;
  const { filters, view } = parsed.ctx;
  // parseApiRequest has checked `by` against its choices (lib/api/request-rules.ts).
  const by = view.by === "supporter" ? "supporter" : "district";
  const metric = viewMetric(view, "metric", "funds");
  return cachedJson(request, cacheKey("/api/breakdown", filters, metric, by), () => ({ filters, metric, by, data: cachedBreakdown(filters, metric, by) }));
}
