"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useView } from "@/components/view-context";
import { NO_FIXED_SCOPE, profileHref, withoutFixed, type FixedScope } from "@/lib/profile-scope";

const FixedScopeContext = createContext<FixedScope>(NO_FIXED_SCOPE);

/** Tells filter navigation which codes the page path fixes, so they never get written to the URL. */
export function FixedScopeProvider({ value, children }: { value: FixedScope; children: ReactNode }) {
  return <FixedScopeContext.Provider value={value}>{children}</FixedScopeContext.Provider>;
}

export function useFixedScope(): FixedScope {
  return useContext(FixedScopeContext);
}

/**
 * Links to profiles from anywhere in a view: they keep the filter the user chose, but not the
 * codes this page fixes (a link from 万州区's page to 上海市 opens all of 上海市, same years).
 */
export function useProfileHref(): (kind: "district" | "supporter", code: string) => string {
  const { filters } = useView();
  const fixed = useFixedScope();
  return (kind, code) => profileHref(kind, code, withoutFixed(filters, fixed));
}
