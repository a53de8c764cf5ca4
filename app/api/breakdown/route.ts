import type { NextRequest } from "next/server";
import { parseApiRequest } from "@/lib/api/parse-request";
import { viewMetric } from "@/lib/filters";
import { getBreakdown } from "@/lib/queries/breakdown";

export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric", "by"]);
  if (!parsed.ok) return parsed.response;
  const { db, filters, view } = parsed.ctx;
  // parseApiRequest has checked `by` against its choices (lib/api/request-rules.ts).
  const by = view.by === "supporter" ? "supporter" : "district";
  const metric = viewMetric(view, "metric", "funds");
  return Response.json({ filters, metric, by, data: getBreakdown(db, filters, metric, by) });
}
