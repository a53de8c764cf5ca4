import type { NextRequest } from "next/server";
import { parseApiRequest } from "@/lib/api/parse-request";
import { viewMetric } from "@/lib/filters";
import { getTopRecords } from "@/lib/queries/top-records";

export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric"]);
  if (!parsed.ok) return parsed.response;
  const { db, filters, view } = parsed.ctx;
  const metric = viewMetric(view, "metric", "funds");
  return Response.json({ filters, metric, data: getTopRecords(db, filters, metric, 10) });
}
