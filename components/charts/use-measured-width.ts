"use client";

import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The element's width, measured once the page runs and on every resize; until then (the server's
 * HTML) the nominal width, which the drawing's viewBox scales to the panel.
 */
export function useMeasuredWidth(ref: RefObject<HTMLElement | null>, nominal: number): number {
  const [width, setWidth] = useState(nominal);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.round(element.getBoundingClientRect().width) || nominal);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, nominal]);
  return width;
}
