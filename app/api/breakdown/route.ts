import type { NextRequest } from "next/server";
import { badRequest, parseApiRequest } from "@/lib/api/parse-request";
import { viewMetric } from "@/lib/filters";
import { getBreakdown } from "@/lib/queries/breakdown";

export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric", "by"]);
  if (!parsed.ok) return parsed.response;
  const { db, filters, view, locale } = parsed.ctx;
  const by = view.by;
  if (by !== "district" && by !== "supporter") {
    return badRequest([{ param: "by", code: "invalid_value", value: by ?? "", severity: "warning" }], locale);
  }
  const metric = viewMetric(view, "metric", "funds");
  return Response.json({ filters, metric, by, data: getBreakdown(db, filters, metric, by) });
}
