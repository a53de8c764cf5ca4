// Runs in the browser only (DOM, canvas, fetch of font subsets): kept out of server bundles.
import "client-only";
import { cleanExportText } from "./clean-text";
import { parseCssColor, type ExportFontWeight, type Primitive, type SvgPrimitive } from "./svg-compose";

/**
 * Reads what an element shows — boxes, text, chart SVGs — into drawing primitives, at the
 * positions the browser laid them out. The exported image is then the on-screen chart frame
 * (minus its controls) at any pixel ratio, whatever chart sits inside: Recharts, a map, a flow.
 *
 * Skipped: [data-export-ignore] (the frame's controls, loading marks), tooltips, anything hidden
 * or visually hidden (screen-reader text).
 */
const SKIP = "[data-export-ignore], .recharts-tooltip-wrapper";
const SVG_SKIP = ".recharts-tooltip-cursor, .recharts-active-dot, [data-export-ignore]";

/** Noto Sans SC: ascender 1160, descender 288 (units per em 1000); a text box's baseline sits at 1160/1448 of its height. */
const BASELINE = 1160 / 1448;

/** SVG presentation properties worth freezing into the copy, with their initial values (left out when unchanged). */
const SVG_STYLE: Record<string, string> = {
  fill: "rgb(0, 0, 0)",
  "fill-opacity": "1",
  stroke: "none",
  "stroke-width": "1px",
  "stroke-opacity": "1",
  "stroke-dasharray": "none",
  opacity: "1",
  "font-size": "",
  "font-weight": "400",
  "text-anchor": "start",
  "dominant-baseline": "auto",
  visibility: "visible",
};

type Origin = { x: number; y: number };

export function fontWeightOf(css: string): ExportFontWeight {
  const value = css === "bold" ? 700 : Number.parseInt(css, 10);
  return value >= 600 ? 700 : 400;
}

function isHidden(element: Element, style: CSSStyleDeclaration): boolean {
  if (style.display === "none" || style.visibility === "hidden" || style.opacity === "0") return true;
  const clip = style.clip.replace(/\s/g, "");
  if (clip === "rect(0px,0px,0px,0px)" || clip === "rect(0,0,0,0)") return true;
  const rect = element.getBoundingClientRect();
  return style.position === "absolute" && rect.width <= 1 && rect.height <= 1;
}

function boxPrimitives(element: Element, style: CSSStyleDeclaration, origin: Origin, out: Primitive[]) {
  const rect = element.getBoundingClientRect();
  const x = rect.left - origin.x;
  const y = rect.top - origin.y;
  const radius = Number.parseFloat(style.borderTopLeftRadius) || 0;
  const fill = parseCssColor(style.backgroundColor);
  const sides = (["Top", "Right", "Bottom", "Left"] as const).map((side) => ({
    side,
    width: style[`border${side}Style`] === "none" ? 0 : Number.parseFloat(style[`border${side}Width`]) || 0,
    paint: parseCssColor(style[`border${side}Color`]),
    dashed: style[`border${side}Style`] === "dashed" || style[`border${side}Style`] === "dotted",
  }));
  const uniform = sides.every((s) => s.width > 0 && s.width === sides[0]!.width && s.paint?.color === sides[0]!.paint?.color);
  if (fill || uniform) {
    const inset = uniform ? sides[0]!.width / 2 : 0;
    out.push({
      kind: "rect",
      x: x + inset,
      y: y + inset,
      width: rect.width - 2 * inset,
      height: rect.height - 2 * inset,
      radius,
      fill,
      stroke: uniform ? sides[0]!.paint : null,
      strokeWidth: uniform ? sides[0]!.width : 0,
      dashed: uniform && sides[0]!.dashed,
    });
  }
  if (uniform) return;
  for (const s of sides) {
    if (!s.width || !s.paint) continue;
    const h = s.width / 2;
    const line = {
      Top: [x, y + h, x + rect.width, y + h],
      Bottom: [x, y + rect.height - h, x + rect.width, y + rect.height - h],
      Left: [x + h, y, x + h, y + rect.height],
      Right: [x + rect.width - h, y, x + rect.width - h, y + rect.height],
    }[s.side];
    out.push({ kind: "line", x1: line[0]!, y1: line[1]!, x2: line[2]!, y2: line[3]!, stroke: s.paint, width: s.width, dashed: s.dashed });
  }
}

/** One primitive per line of a text node: each character placed where the browser put it. */
function textPrimitives(node: Text, style: CSSStyleDeclaration, origin: Origin, out: Primitive[]) {
  const paint = parseCssColor(style.color);
  if (!paint || !node.data.trim()) return;
  const size = Number.parseFloat(style.fontSize);
  const weight = fontWeightOf(style.fontWeight);
  const range = document.createRange();
  let run: { top: number; y: number; x: number[]; chars: string[]; right: number } | null = null;
  const flush = () => {
    if (run && run.chars.join("").trim()) out.push({ kind: "text", x: run.x, y: run.y, text: run.chars.join(""), size, weight, paint });
    run = null;
  };
  for (let i = 0; i < node.data.length; ) {
    const code = node.data.codePointAt(i)!;
    const length = code > 0xffff ? 2 : 1;
    range.setStart(node, i);
    range.setEnd(node, i + length);
    i += length;
    const rect = [...range.getClientRects()].find((r) => r.width > 0);
    if (!rect) continue; // collapsed white space
    const char = /\s/.test(String.fromCodePoint(code)) ? " " : String.fromCodePoint(code);
    const current = run as { top: number; y: number; x: number[]; chars: string[]; right: number } | null;
    if (!current || Math.abs(rect.top - current.top) > 0.5 || rect.left < current.right - 1) {
      flush();
      run = { top: rect.top, y: rect.top - origin.y + rect.height * BASELINE, x: [], chars: [], right: rect.left };
    }
    run!.x.push(rect.left - origin.x);
    run!.chars.push(char);
    run!.right = rect.right;
  }
  flush();
}

/** Copies a chart SVG with its computed presentation styles written in, so it draws the same outside the page. */
function svgPrimitive(svg: SVGSVGElement, origin: Origin): SvgPrimitive {
  const rect = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  const texts: SvgPrimitive["texts"] = [];
  originals.forEach((original, i) => {
    const target = copies[i] as SVGElement;
    const computed = getComputedStyle(original);
    const declarations = Object.entries(SVG_STYLE)
      .map(([property]) => [property, computed.getPropertyValue(property)] as const)
      .filter(([property, value]) => value && value !== SVG_STYLE[property] && (property !== "font-size" || original instanceof SVGTextElement || original instanceof SVGTSpanElement))
      .map(([property, value]) => `${property}:${value}`);
    if (declarations.length) target.setAttribute("style", declarations.join(";"));
    else target.removeAttribute("style");
    target.removeAttribute("class");
    if (original instanceof SVGTextElement && original.textContent) texts.push({ weight: fontWeightOf(computed.fontWeight), text: original.textContent });
  });
  for (const transient of copy.querySelectorAll(SVG_SKIP)) transient.remove();
  // XMLSerializer writes any character it is given; the file must stay well-formed XML.
  const textNodes = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = textNodes.nextNode(); node; node = textNodes.nextNode()) node.nodeValue = cleanExportText(node.nodeValue ?? "");
  copy.setAttribute("width", String(rect.width));
  copy.setAttribute("height", String(rect.height));
  copy.setAttribute("overflow", "visible");
  return {
    kind: "svg",
    x: rect.left - origin.x,
    y: rect.top - origin.y,
    width: rect.width,
    height: rect.height,
    markup: new XMLSerializer().serializeToString(copy),
    texts,
  };
}

function walk(element: Element, origin: Origin, out: Primitive[], isRoot: boolean) {
  if (element.matches(SKIP)) return;
  const style = getComputedStyle(element);
  if (isHidden(element, style)) return;
  if (element instanceof SVGSVGElement) {
    out.push(svgPrimitive(element, origin));
    return;
  }
  if (element instanceof HTMLCanvasElement) {
    const rect = element.getBoundingClientRect();
    out.push({ kind: "image", x: rect.left - origin.x, y: rect.top - origin.y, width: rect.width, height: rect.height, href: element.toDataURL("image/png") });
    return;
  }
  if (!isRoot) boxPrimitives(element, style, origin, out);
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) textPrimitives(child as Text, style, origin, out);
    else if (child instanceof Element) walk(child, origin, out, false);
  }
}

/** Class set on the root while it is measured: hides [data-export-ignore] (see app/exports.css). */
export const CAPTURE_CLASS = "export-capture";

/**
 * The primitives of an element and its size in CSS pixels (whole pixels, so ratio × size is
 * exact). The element is laid out without its controls for the measurement and restored in the
 * same task, so the page never paints the intermediate state.
 */
export function domToPrimitives(root: HTMLElement): { width: number; height: number; primitives: Primitive[] } {
  // Every exported image names the view it came from, so a reader can get back to the live figures.
  const urlSlots = [...root.querySelectorAll<HTMLElement>("[data-view-url]")];
  for (const slot of urlSlots) slot.textContent = window.location.href;
  root.classList.add(CAPTURE_CLASS);
  try {
    const rect = root.getBoundingClientRect();
    const primitives: Primitive[] = [];
    walk(root, { x: rect.left, y: rect.top }, primitives, true);
    return { width: Math.ceil(rect.width), height: Math.ceil(rect.height), primitives };
  } finally {
    root.classList.remove(CAPTURE_CLASS);
    for (const slot of urlSlots) slot.textContent = "";
  }
}
