"use client";

import { useTranslations } from "next-intl";
import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";
import { deferDrawing, drawOnIntent } from "@/lib/charts/draw-queue";

/**
 * Holds the drawing's height until the draw queue (lib/charts/draw-queue.ts) says to draw it.
 * Printed from the browser's menu before it was drawn, it says so (app/globals.css, print only)
 * rather than leave an empty box on paper.
 */
export function ChartReserved({ height }: { height: number }) {
  const t = useTranslations("exports.briefing");
  return <div className="chart-reserved" style={{ height }} aria-hidden="true" data-print-note={t("printUndrawn")} />;
}

/**
 * Resolves once a drawing (an <svg>, not the server-drawn stand-in) is inside element; gives up
 * after a few seconds so an export never hangs.
 */
function whenDrawn(element: Element): Promise<void> {
  const until = Date.now() + 8000;
  return new Promise((resolve) => {
    const check = () => ((element.querySelector("svg") && !element.querySelector(".chart-static")) || Date.now() > until ? resolve() : setTimeout(check, 30));
    check();
  });
}

/**
 * One chart's place in the draw queue: registers the element (with deferDrawing or drawOnIntent),
 * and when the queue says so, draws in a transition (React keeps what shows until the chart's code
 * has arrived) and resolves once the drawing is there. Returns the element's ref and whether drawn.
 */
function useQueuedDrawing(register: typeof deferDrawing) {
  const ref = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    return register(element, () => {
      startTransition(() => setDrawn(true));
      return whenDrawn(element).then(() => {
        // Focused while waiting (a keyboard reader tabbed to it): the drawing takes the focus, where the arrow keys work.
        if (document.activeElement === element) element.querySelector<SVGElement>("svg[tabindex='0']")?.focus();
      });
    });
  }, [register]);
  return { ref, drawn };
}

/**
 * A chart drawn in the browser only when it comes near the viewport (or an export asks for it).
 * The server and the first paint show the reserved box of the same height, so nothing moves.
 */
export function DrawWhenNear({ height, children }: { height: number; children: ReactNode }) {
  const { ref, drawn } = useQueuedDrawing(deferDrawing);
  return (
    <div ref={ref} className="chart-deferred" data-drawn={drawn || undefined}>
      {drawn ? children : <ChartReserved height={height} />}
    </div>
  );
}

/**
 * A chart whose stand-in is a drawing already (components/charts/static-stacked-bar.tsx): the
 * interactive one is drawn only when a reader points at it, focuses or touches it, or an export
 * or print asks (lib/charts/draw-queue.ts). Keyboard readers reach it by Tab.
 */
export function DrawOnIntent({ standIn, children }: { standIn: ReactNode; children: ReactNode }) {
  const { ref, drawn } = useQueuedDrawing(drawOnIntent);
  // Once drawn, -1 rather than none: taking tabindex off the focused element would drop focus to the body.
  return (
    <div ref={ref} className="chart-deferred" data-drawn={drawn || undefined} tabIndex={drawn ? -1 : 0}>
      {drawn ? children : standIn}
    </div>
  );
}
