"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The widths the server draws its SVG charts at, before the page is measured: a full-width panel
 * and one of two columns, as laid out on a desktop (1238 and 594 px inside the 1320 px page). A
 * chart drawn at its own column's width needs no second drawing when the page hydrates there.
 */
export const NOMINAL_WIDTHS = { full: 1238, half: 594 } as const;

const ColumnWidth = createContext<number>(NOMINAL_WIDTHS.full);

/** Two columns of panels (`.grid--two`) whose charts are drawn for half the page from the start. */
export function TwoColumns({ children }: { children: ReactNode }) {
  return (
    <div className="grid grid--two">
      <ColumnWidth.Provider value={NOMINAL_WIDTHS.half}>{children}</ColumnWidth.Provider>
    </div>
  );
}

export function useNominalWidth(): number {
  return useContext(ColumnWidth);
}
