import type { NextRequest } from "next/server";
import { cachedJson } from "@/lib/api/cached-json";
import { parseApiRequest } from "@/lib/api/parse-request";
import { cacheKey } from "@/lib/cache/cache-key";
import { cachedTotals } from "@/lib/queries/cached";

export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request);
  if (!parsed.ok) return parsed.response;
  const { filters } = parsed.ctx;
  return cachedJson(request, cacheKey("/api/totals", filters), () => ({ filters, data: cachedTotals(filters) }));
}
