import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getRequestCatalog } from "@/lib/queries/cached";

/**
 * Checks the code before anything streams: a page's own loading boundary would otherwise send
 * the 200 status before notFound() could turn it into a 404. Former codes are redirected by proxy.ts.
 */
export default async function DistrictLayout({ params, children }: { params: Promise<{ code: string }>; children: ReactNode }) {
  const { code } = await params;
  if (!getRequestCatalog().districts.some((d) => d.code === code)) notFound();
  return children;
}
