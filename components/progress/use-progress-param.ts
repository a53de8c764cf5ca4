"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/** Sets one view param of the progress view and re-renders on the server (targets are read there). */
export function useProgressParam(): (key: "by" | "metric" | "period", value: string | null) => void {
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams();
  return useCallback(
    (key, value) => {
      const params = new URLSearchParams(current.toString());
      if (value === null) params.delete(key);
      else params.set(key, value);
      const query = params.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [router, pathname, current],
  );
}
