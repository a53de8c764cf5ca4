"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { INTERFACE_FONT_CLASS, interfaceFontCached, warmInterfaceFont } from "@/lib/fonts/interface-font-switch";

/**
 * A first visit's side of lib/fonts/interface-font-switch.ts: once the page has loaded and the
 * browser is idle, fetch the interface font into the cache; from the next page on, use it.
 */
export function InterfaceFontWarmup() {
  const pathname = usePathname();
  useEffect(() => {
    const root = document.documentElement;
    if (root.classList.contains(INTERFACE_FONT_CLASS)) return;
    // Fetched during an earlier page of this visit: this page is new content anyway, switch now.
    if (interfaceFontCached()) {
      root.classList.add(INTERFACE_FONT_CLASS);
      return;
    }
    let idle = 0;
    const whenIdle = () => {
      idle = typeof requestIdleCallback === "function" ? requestIdleCallback(() => void warmInterfaceFont(), { timeout: 10_000 }) : window.setTimeout(() => void warmInterfaceFont(), 2000);
    };
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    return () => {
      window.removeEventListener("load", whenIdle);
      if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
      window.clearTimeout(idle);
    };
  }, [pathname]);
  return null;
}
