import type { NextRequest } from "next/server";
import { cachedJson } from "@/lib/api/cached-json";
import { badRequest, parseApiRequest } from "@/lib/api/parse-request";
import { cacheKey } from "@/lib/cache/cache-key";
import { viewMetric } from "@/lib/filters";
import { cachedBreakdown } from "@/lib/queries/cached";

export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric", "by"]);
  if (!parsed.ok) return parsed.response;
  const { filters, view, locale } = parsed.ctx;
  const by = view.by;
  if (by !== "district" && by !== "supporter") {
    return badRequest([{ param: "by", code: "invalid_value", value: by ?? "", severity: "warning" }], locale);
  }
  const metric = viewMetric(view, "metric", "funds");
  return cachedJson(request, cacheKey("/api/breakdown", filters, metric, by), () => ({ filters, metric, by, data: cachedBreakdown(filters, metric, by) }));
}
