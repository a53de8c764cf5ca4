import { INTERFACE_FONT_FILES } from "./interface-font";

/**
 * When the interface is drawn in its own Noto Sans SC subset rather than the system's CJK font.
 *
 * The two subset files (~280 KB) are not fetched before a first visit's first paint: on a phone
 * that would hold the first paint behind them, and laying the page out again when they arrive is
 * the costliest style work of a page. A first visit paints in the system's CJK font (the stack in
 * app/globals.css), fetches the subsets when the page is idle (components/interface-font-warmup.tsx)
 * and uses them from its next page on; every later page load, where they sit in the HTTP cache
 * (immutable URLs), uses them from the first paint (the head script below). Exports and printing
 * switch at once and wait for the faces (lib/charts/draw-queue.ts), so paper and images never
 * depend on which visit it is.
 */

/** On <html>: app/globals.css puts "Noto Sans SC" first in the font stack. */
export const INTERFACE_FONT_CLASS = "ui-font";

/** localStorage: which files this browser has cached (the URLs; a new subset has new URLs). */
export const INTERFACE_FONT_STORAGE_KEY = "duikou:interface-font";
export const INTERFACE_FONT_STAMP = Object.values(INTERFACE_FONT_FILES).join(" ");

/** Runs in <head> before the first paint: the class only when this browser already holds the files. */
export const INTERFACE_FONT_HEAD_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(INTERFACE_FONT_STORAGE_KEY)})===${JSON.stringify(INTERFACE_FONT_STAMP)})document.documentElement.classList.add(${JSON.stringify(INTERFACE_FONT_CLASS)})}catch(e){}`;

export function interfaceFontCached(): boolean {
  try {
    return localStorage.getItem(INTERFACE_FONT_STORAGE_KEY) === INTERFACE_FONT_STAMP;
  } catch {
    return false; // storage refused (private mode, policy): the fetch below still fills the HTTP cache
  }
}

let warming: Promise<void> | null = null;

/** Fetches both files into the HTTP cache (low priority) and records that they are there. */
export function warmInterfaceFont(): Promise<void> {
  warming ??= Promise.all(
    Object.values(INTERFACE_FONT_FILES).map((url) =>
      fetch(url, { priority: "low" }).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.arrayBuffer();
      }),
    ),
  ).then(
    () => {
      try {
        localStorage.setItem(INTERFACE_FONT_STORAGE_KEY, INTERFACE_FONT_STAMP);
      } catch {
        // not recorded: the next page load paints in the system font again, nothing worse
      }
    },
    () => {
      warming = null; // offline or refused: try again on a later page
    },
  );
  return warming;
}

/** Switches the page to the interface font now and resolves once both faces are loaded (or could not be). */
export async function switchToInterfaceFont(): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return; // no page to draw (draw-queue's unit tests)
  document.documentElement.classList.add(INTERFACE_FONT_CLASS);
  await Promise.all(["400", "700"].map((weight) => document.fonts.load(`${weight} 16px "Noto Sans SC"`, "对口").catch(() => [])));
}
