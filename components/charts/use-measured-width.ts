"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * Within this share of the nominal width the server's drawing stays: the viewBox scales it, and
 * text 4% off its size cannot be told apart, while a second drawing costs every bar and label.
 */
const CLOSE_ENOUGH = 0.04;

/**
 * The element's width, measured once the page runs and on every resize; until then (the server's
 * HTML) the nominal width, which the drawing's viewBox scales to the panel. Measured in a passive
 * effect: the scaled drawing is what the page already shows, and the redrawing runs in its own
 * task instead of lengthening hydration's.
 */
export function useMeasuredWidth(ref: RefObject<HTMLElement | null>, nominal: number): number {
  const [width, setWidth] = useState(nominal);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width) || nominal;
      setWidth(Math.abs(measured - nominal) <= nominal * CLOSE_ENOUGH ? nominal : measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, nominal]);
  return width;
}
