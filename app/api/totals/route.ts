import type { NextRequest } from "next/server";
import { parseApiRequest } from "@/lib/api/parse-request";
import { getTotals } from "@/lib/queries/totals";

export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request);
  if (!parsed.ok) return parsed.response;
  const { db, filters } = parsed.ctx;
  return Response.json({ filters, data: getTotals(db, filters) });
}
