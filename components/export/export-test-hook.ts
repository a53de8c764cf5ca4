"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

/**
 * window.duikouExport: the page's export functions without the download step, timed with
 * performance.now(), for the end-to-end tests and scripts/bench-exports.ts.
 */
export type ExportHook = {
  charts: () => string[];
  chartPng: (name: string, pixelRatio: number) => Promise<{ ms: number; width: number; height: number; size: number }>;
  briefing: () => Promise<{ ms: number; pages: number; size: number }>;
  zip: () => Promise<{ ms: number; size: number }>;
};

declare global {
  interface Window {
    duikouExport?: ExportHook;
  }
}

export function useExportTestHook(hook: ExportHook) {
  const latest = useRef(hook);
  useLayoutEffect(() => {
    latest.current = hook;
  });
  useEffect(() => {
    window.duikouExport = {
      charts: () => latest.current.charts(),
      chartPng: (name, ratio) => latest.current.chartPng(name, ratio),
      briefing: () => latest.current.briefing(),
      zip: () => latest.current.zip(),
    };
    return () => {
      delete window.duikouExport;
    };
  }, []);
}

export async function timed<T>(work: () => Promise<T>): Promise<T & { ms: number }> {
  const start = performance.now();
  const result = await work();
  return { ...result, ms: performance.now() - start };
}
