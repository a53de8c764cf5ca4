import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getRequestCatalog } from "@/lib/queries/cached";

/** Checks the code before anything streams, so an unknown supporter is a real 404 (see the district layout). */
export default async function SupporterLayout({ params, children }: { params: Promise<{ code: string }>; children: ReactNode }) {
  const { code } = await params;
  if (!getRequestCatalog().supporters.some((s) => s.code === code)) notFound();
  return children;
}
