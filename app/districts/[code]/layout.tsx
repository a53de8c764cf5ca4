import { notFound, permanentRedirect } from "next/navigation";
import type { ReactNode } from "react";
import { getRequestCatalog } from "@/lib/queries/cached";

/**
 * Checks the code before anything streams: a page's own loading boundary would otherwise send
 * the 200 status before notFound() could turn it into a 404. A former code (开县 500234 →
 * 开州区 500154) still finds its district, as it does in the filter parser.
 */
export default async function DistrictLayout({ params, children }: { params: Promise<{ code: string }>; children: ReactNode }) {
  const { code } = await params;
  const districts = getRequestCatalog().districts;
  if (districts.some((d) => d.code === code)) return children;
  const renamed = districts.find((d) => d.formerCode === code);
  if (renamed) permanentRedirect(`/districts/${renamed.code}`);
  notFound();
}
