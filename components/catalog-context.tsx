"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { catalogNames, type NameLookup } from "@/lib/describe";
import type { Catalog } from "@/lib/queries/catalog";

type CatalogContextValue = { catalog: Catalog; names: NameLookup };

const CatalogContext = createContext<CatalogContextValue | null>(null);

/** Districts, supporters and pairings, read once by the server layout and shared with client widgets. */
export function CatalogProvider({ catalog, children }: { catalog: Catalog; children: ReactNode }) {
  const value = useMemo(() => ({ catalog, names: catalogNames(catalog) }), [catalog]);
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

export function useCatalog(): CatalogContextValue {
  const value = useContext(CatalogContext);
  if (!value) throw new Error("useCatalog outside CatalogProvider");
  return value;
}
