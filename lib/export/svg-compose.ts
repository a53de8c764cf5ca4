/**
 * Composes the self-describing SVG of an export from drawing primitives (boxes, lines, text
 * runs with per-character positions, nested chart SVGs), with the Noto Sans SC subset it needs
 * embedded as @font-face, so the file looks the same on every machine and as a PNG.
 */
import { cleanExportText } from "./clean-text";

export const EXPORT_FONT_WEIGHTS = [400, 700] as const;
export type ExportFontWeight = (typeof EXPORT_FONT_WEIGHTS)[number];
export const EXPORT_FONT_FAMILY = "Duikou Export Sans";
const FONT_STACK = `'${EXPORT_FONT_FAMILY}', 'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif`;

export type Paint = { color: string; alpha: number };
export type TextPrimitive = { kind: "text"; x: number[]; y: number; text: string; size: number; weight: ExportFontWeight; paint: Paint };
export type RectPrimitive = { kind: "rect"; x: number; y: number; width: number; height: number; radius: number; fill: Paint | null; stroke: Paint | null; strokeWidth: number; dashed: boolean };
export type LinePrimitive = { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: Paint; width: number; dashed: boolean };
export type SvgPrimitive = { kind: "svg"; x: number; y: number; width: number; height: number; markup: string; texts: { weight: ExportFontWeight; text: string }[] };
export type ImagePrimitive = { kind: "image"; x: number; y: number; width: number; height: number; href: string };
export type Primitive = TextPrimitive | RectPrimitive | LinePrimitive | SvgPrimitive | ImagePrimitive;

export type SvgDocument = {
  width: number;
  height: number;
  /** Spoken and indexed, not drawn: <title> and <desc>. */
  title: string;
  description: string;
  primitives: readonly Primitive[];
  /** Base64 TrueType subsets by weight. */
  fonts: Partial<Record<ExportFontWeight, string>>;
};

export function escapeXml(text: string): string {
  return cleanExportText(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** Parses a computed CSS colour ("rgb(1, 2, 3)", "rgba(…)", "rgb(1 2 3 / 0.5)", "#abc") into colour and alpha; null when invisible. */
export function parseCssColor(css: string): Paint | null {
  const value = css.trim().toLowerCase();
  if (!value || value === "transparent" || value === "none") return null;
  const rgb = value.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (rgb) {
    const alphaText = rgb[4];
    const alpha = alphaText === undefined ? 1 : alphaText.endsWith("%") ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
    if (alpha <= 0) return null;
    const hex = [rgb[1], rgb[2], rgb[3]].map((c) => Math.round(Number(c)).toString(16).padStart(2, "0")).join("");
    return { color: `#${hex}`, alpha: Math.min(1, alpha) };
  }
  return { color: value, alpha: 1 };
}

function paintAttrs(kind: "fill" | "stroke", paint: Paint | null): string {
  if (!paint) return `${kind}="none"`;
  return `${kind}="${escapeXml(paint.color)}"${paint.alpha < 1 ? ` ${kind}-opacity="${n(paint.alpha)}"` : ""}`;
}

function primitiveMarkup(p: Primitive): string {
  switch (p.kind) {
    case "rect":
      return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}"${p.radius ? ` rx="${n(p.radius)}"` : ""} ${paintAttrs("fill", p.fill)} ${paintAttrs("stroke", p.stroke)}${p.stroke ? ` stroke-width="${n(p.strokeWidth)}"` : ""}${p.dashed ? ' stroke-dasharray="3 2"' : ""}/>`;
    case "line":
      return `<line x1="${n(p.x1)}" y1="${n(p.y1)}" x2="${n(p.x2)}" y2="${n(p.y2)}" ${paintAttrs("stroke", p.stroke)} stroke-width="${n(p.width)}"${p.dashed ? ' stroke-dasharray="3 2"' : ""}/>`;
    case "text":
      // Spaces kept as laid out (SVG would otherwise drop leading and trailing ones and shift the x list).
      return `<text xml:space="preserve" style="white-space:pre" x="${p.x.map(n).join(" ")}" y="${n(p.y)}" font-size="${n(p.size)}" font-weight="${p.weight}" ${paintAttrs("fill", p.paint)}>${escapeXml(p.text)}</text>`;
    case "svg":
      return `<g transform="translate(${n(p.x)} ${n(p.y)})">${p.markup}</g>`;
    case "image":
      return `<image x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}" href="${escapeXml(p.href)}"/>`;
  }
}

/** The characters each weight must draw, so the font subsets hold exactly those. */
export function glyphsNeeded(primitives: readonly Primitive[]): Record<ExportFontWeight, string> {
  const sets: Record<ExportFontWeight, Set<string>> = { 400: new Set(), 700: new Set() };
  for (const p of primitives) {
    if (p.kind === "text") for (const c of p.text) sets[p.weight].add(c);
    if (p.kind === "svg") for (const t of p.texts) for (const c of t.text) sets[t.weight].add(c);
  }
  return { 400: [...sets[400]].join(""), 700: [...sets[700]].join("") };
}

export function fontFaceCss(fonts: SvgDocument["fonts"]): string {
  return EXPORT_FONT_WEIGHTS.filter((w) => fonts[w])
    .map((w) => `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-weight:${w};font-style:normal;src:url(data:font/ttf;base64,${fonts[w]}) format('truetype');}`)
    .join("");
}

export function composeSvg(doc: SvgDocument): string {
  const { width, height } = doc;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(doc.title)}</title>`,
    `<desc>${escapeXml(doc.description)}</desc>`,
    `<style>${fontFaceCss(doc.fonts)}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...doc.primitives.map(primitiveMarkup),
    `</svg>`,
  ].join("\n");
}
