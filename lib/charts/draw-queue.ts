import "client-only";
import { switchToInterfaceFont } from "@/lib/fonts/interface-font-switch";

/**
 * When each chart drawing is made in the browser. Drawing a Recharts chart is the costliest
 * thing a page does on the main thread (its store settles in one synchronous run: about a
 * second of a throttled phone's CPU for three charts), so a chart is drawn only once it comes
 * near the viewport, and then one chart per idle moment, never several in one long task.
 * Exports and printing need every drawing: they ask for them with drawChartsIn().
 */
type Deferred = { element: Element; draw: () => Promise<void> };

/**
 * A chart half a screen away starts drawing before the reader scrolls to it (a drawing takes a
 * phone a few hundred milliseconds; scrolling half a screen takes longer). A whole screen drew
 * the overview's trend chart on a phone at load, below the fold: its longest task.
 */
const NEAR = "50% 0px";
const pending = new Map<Element, Deferred>();
const queue: Deferred[] = [];
let observer: IntersectionObserver | null = null;
let running = false;

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 1500 });
    else setTimeout(resolve, 50);
  });
}

async function drainQueue() {
  if (running) return;
  running = true;
  while (queue.length) {
    await idle();
    const next = queue.shift();
    if (next && pending.get(next.element) === next) await start(next);
  }
  running = false;
}

function start(deferred: Deferred): Promise<void> {
  pending.delete(deferred.element);
  observer?.unobserve(deferred.element);
  return deferred.draw();
}

function watch(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const deferred = pending.get(entry.target);
        if (entry.isIntersecting && deferred && !queue.includes(deferred)) queue.push(deferred);
      }
      void drainQueue();
    },
    { rootMargin: NEAR },
  );
  return observer;
}

/** Registers a chart not yet drawn; draw() resolves once its drawing is on the page. Returns the unregister. */
export function deferDrawing(element: Element, draw: () => Promise<void>): () => void {
  const deferred = { element, draw };
  pending.set(element, deferred);
  if (typeof IntersectionObserver === "undefined") void start(deferred);
  else watch().observe(element);
  return () => {
    if (pending.get(element) !== deferred) return;
    pending.delete(element);
    observer?.unobserve(element);
  };
}

const INTENT = ["pointerenter", "focusin", "touchstart"] as const;

/**
 * Registers a chart that already shows a drawing of its own (a server-drawn stand-in): it is drawn
 * only when a reader points at it, focuses or touches it, or drawChartsIn() asks. Returns the unregister.
 */
export function drawOnIntent(element: Element, draw: () => Promise<void>): () => void {
  const deferred = { element, draw };
  pending.set(element, deferred);
  const go = () => {
    if (pending.get(element) === deferred) void start(deferred);
  };
  for (const type of INTENT) element.addEventListener(type, go, { once: true, passive: true });
  return () => {
    for (const type of INTENT) element.removeEventListener(type, go);
    if (pending.get(element) === deferred) pending.delete(element);
  };
}

/**
 * Draws every chart not yet drawn inside root (the whole page by default) and waits for them all,
 * in the interface font (a first visit may still show the system's): what goes on paper or into
 * an image looks the same from every machine and every visit.
 */
export async function drawChartsIn(root: ParentNode = document): Promise<void> {
  const inside = [...pending.values()].filter((d) => root === d.element || root.contains(d.element));
  await Promise.all([switchToInterfaceFont(), ...inside.map(start)]);
}

/** Ctrl+P / ⌘P with charts still waiting: draw them first, then print (as the page's Print button does). */
function printWithCharts(event: KeyboardEvent) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== "p" || pending.size === 0) return;
  event.preventDefault();
  void drawChartsIn().then(() => window.print());
}

if (typeof window !== "undefined") {
  window.addEventListener("keydown", printWithCharts);
  // Printing from the browser's own menu cannot wait: draw what is still waiting for the next print;
  // this one shows the placeholders' print note (components/charts/draw-when-near.tsx).
  window.addEventListener("beforeprint", () => void drawChartsIn());
}
