"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { useFixedScope } from "@/components/explore/fixed-scope";
import { filtersToSearchParams, VIEW_PARAMS, type Filters } from "../filter-params";
import { replaceViewParams } from "./replace-view-params";
import { withoutFixed } from "../profile-scope";

/**
 * Writes a new filter into the URL. push (not replace) so the back button restores the previous
 * view; view params (chosen metrics) are carried over. On a profile page, the codes its path
 * fixes stay out of the URL.
 */
export function useFilterNavigation() {
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams();
  const fixed = useFixedScope();
  return useCallback(
    (next: Filters) => {
      const params = filtersToSearchParams(withoutFixed(next, fixed));
      for (const key of VIEW_PARAMS) {
        const value = current.get(key);
        if (value !== null && key !== "page") params.set(key, value);
      }
      const query = params.toString();
      router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [router, pathname, current, fixed],
  );
}

/** Replaces one view param in the address bar without a server round trip (data comes via the API). */
export function replaceViewParam(key: (typeof VIEW_PARAMS)[number], value: string | null): void {
  replaceViewParams({ [key]: value });
}
