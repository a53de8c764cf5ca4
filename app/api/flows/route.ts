import type { NextRequest } from "next/server";
import { parseApiRequest } from "@/lib/api/parse-request";
import { viewMetric } from "@/lib/filters";
import { getFlows } from "@/lib/queries/flows";

/** Supporter → district flows of one metric under the filters (the pairing view's data). */
export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric"]);
  if (!parsed.ok) return parsed.response;
  const { db, filters, view } = parsed.ctx;
  const metric = viewMetric(view, "metric", "funds");
  return Response.json({ filters, metric, data: getFlows(db, filters, metric) });
}
