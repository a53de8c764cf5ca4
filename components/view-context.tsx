"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Filters } from "@/lib/filter-params";

/** What every chart of a view shares: the filter, its caption in words, the source line, the as-of date. */
export type ViewContextValue = {
  filters: Filters;
  caption: string;
  slug: string;
  source: string;
  asOf: string;
};

const ViewContext = createContext<ViewContextValue | null>(null);

export function ViewProvider({ value, children }: { value: ViewContextValue; children: ReactNode }) {
  return <ViewContext.Provider value={value}>{children}</ViewContext.Provider>;
}

export function useView(): ViewContextValue {
  const value = useContext(ViewContext);
  if (!value) throw new Error("useView outside ViewProvider");
  return value;
}
