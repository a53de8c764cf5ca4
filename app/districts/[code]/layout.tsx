import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db";
import { getCatalog } from "@/lib/queries/catalog";

/**
 * Checks the code before anything streams: a page's own loading boundary would otherwise send
 * the 200 status before notFound() could turn it into a 404.
 */
export default async function DistrictLayout({ params, children }: { params: Promise<{ code: string }>; children: ReactNode }) {
  const { code } = await params;
  if (!getCatalog(getDb()).districts.some((d) => d.code === code)) notFound();
  return children;
}
