import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db";
import { getCatalog } from "@/lib/queries/catalog";

/** Checks the code before anything streams, so an unknown supporter is a real 404 (see the district layout). */
export default async function SupporterLayout({ params, children }: { params: Promise<{ code: string }>; children: ReactNode }) {
  const { code } = await params;
  if (!getCatalog(getDb()).supporters.some((s) => s.code === code)) notFound();
  return children;
}
