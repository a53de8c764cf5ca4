"use client";

import type { VIEW_PARAMS } from "../filter-params";

type ViewParam = (typeof VIEW_PARAMS)[number];

/**
 * Sets several view params at once (null removes one) without a server round trip: paging,
 * sorting and search of a record table change together and must land in one history entry.
 */
export function replaceViewParams(values: Partial<Record<ViewParam, string | null>>): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  window.history.replaceState(window.history.state, "", url);
}
