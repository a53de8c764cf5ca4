"use client";

import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import type { ChartExportMeta } from "@/lib/export/export-meta";
import { registerChart } from "@/lib/export/registry";

/**
 * Keeps the frame's current export data in refs (updated after each render) and registers the
 * frame for whole-view exports while it is mounted. Returns a reader for the menu.
 */
export function useRegisterChart(element: RefObject<HTMLElement | null>, meta: ChartExportMeta, imageReady: boolean) {
  const metaRef = useRef(meta);
  const readyRef = useRef(imageReady);
  useLayoutEffect(() => {
    metaRef.current = meta;
    readyRef.current = imageReady;
  });
  useEffect(
    () => registerChart({ element: () => element.current, meta: () => metaRef.current, imageReady: () => readyRef.current }),
    [element],
  );
  return () => ({ element: element.current, meta: metaRef.current });
}
