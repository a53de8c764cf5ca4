import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** A stand-in for the browser's IntersectionObserver: the test says which elements came near. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed = new Set<unknown>();
  constructor(private readonly callback: (entries: { target: unknown; isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: unknown) { this.observed.add(el); }
  unobserve(el: unknown) { this.observed.delete(el); }
  near(...els: unknown[]) { this.callback(els.map((target) => ({ target, isIntersecting: true }))); }
}

/** An element that contains the elements listed as its children. */
const element = (children: unknown[] = []) => ({ contains: (other: unknown) => children.includes(other) }) as unknown as Element;

async function load() {
  vi.resetModules();
  return import("./draw-queue");
}

describe("draw queue", () => {
  beforeEach(() => {
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("draws nothing until a chart comes near, then one chart at a time", async () => {
    const { deferDrawing } = await load();
    const order: string[] = [];
    let finishFirst = () => {};
    const a = element(), b = element(), c = element();
    deferDrawing(a, () => { order.push("a"); return new Promise<void>((resolve) => (finishFirst = resolve)); });
    deferDrawing(b, async () => void order.push("b"));
    deferDrawing(c, async () => void order.push("c"));
    await vi.runAllTimersAsync();
    expect(order).toEqual([]);

    FakeObserver.last!.near(a, b);
    await vi.runAllTimersAsync();
    // b waits while a is still drawing; c never came near.
    expect(order).toEqual(["a"]);
    finishFirst();
    await vi.runAllTimersAsync();
    expect(order).toEqual(["a", "b"]);
    expect(FakeObserver.last!.observed.has(a)).toBe(false);
    expect(FakeObserver.last!.observed.has(c)).toBe(true);
  });

  it("drawChartsIn draws at once every waiting chart inside the root, each once, and waits for them", async () => {
    const { deferDrawing, drawChartsIn } = await load();
    const drawn: string[] = [];
    const a = element(), b = element(), outside = element();
    deferDrawing(a, async () => void drawn.push("a"));
    deferDrawing(b, async () => void drawn.push("b"));
    deferDrawing(outside, async () => void drawn.push("outside"));
    await drawChartsIn(element([a, b]));
    expect(drawn.sort()).toEqual(["a", "b"]);
    FakeObserver.last!.near(a, b);
    await drawChartsIn(element([a, b]));
    await vi.runAllTimersAsync();
    expect(drawn.sort()).toEqual(["a", "b"]);
  });

  it("an unregistered chart (unmounted) is never drawn", async () => {
    const { deferDrawing, drawChartsIn } = await load();
    const draw = vi.fn(async () => {});
    const a = element();
    const unregister = deferDrawing(a, draw);
    unregister();
    FakeObserver.last!.near(a);
    await vi.runAllTimersAsync();
    await drawChartsIn(element([a]));
    expect(draw).not.toHaveBeenCalled();
  });

  it("a chart with its own stand-in is drawn on a reader's intent (pointer, focus, touch) or an export, once, and never when it came near", async () => {
    const { drawOnIntent, drawChartsIn } = await load();
    const drawn: string[] = [];
    const withEvents = () => {
      const target = new EventTarget();
      return Object.assign(target, { contains: () => false }) as unknown as Element;
    };
    const hovered = withEvents(), focused = withEvents(), exported = withEvents(), gone = withEvents();
    drawOnIntent(hovered, async () => void drawn.push("hovered"));
    drawOnIntent(focused, async () => void drawn.push("focused"));
    drawOnIntent(exported, async () => void drawn.push("exported"));
    const unregister = drawOnIntent(gone, async () => void drawn.push("gone"));
    FakeObserver.last?.near(hovered, focused, exported, gone);
    await vi.runAllTimersAsync();
    expect(drawn).toEqual([]);

    hovered.dispatchEvent(new Event("pointerenter"));
    hovered.dispatchEvent(new Event("pointerenter"));
    focused.dispatchEvent(new Event("focusin"));
    await vi.runAllTimersAsync();
    expect(drawn).toEqual(["hovered", "focused"]);

    unregister();
    gone.dispatchEvent(new Event("touchstart"));
    await drawChartsIn(element([exported, gone]));
    expect(drawn).toEqual(["hovered", "focused", "exported"]);
  });
});

