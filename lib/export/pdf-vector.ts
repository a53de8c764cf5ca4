import { PDFDocument, PDFHexString, PDFRef, type PDFFont } from "pdf-lib";
import { parsePath, type PathSegment } from "./svg-path";
import { parseCssColor, type Paint, type Primitive } from "./svg-compose";
import { parseXml, type XmlElement, type XmlNode } from "./xml-tree";

/**
 * Draws an export's primitives (the same ones the chart PNG and SVG are made of) into a PDF
 * form XObject as vector graphics: boxes, lines, paths, hatch patterns as PDF tiling patterns,
 * and text as real text in the embedded fonts, so a briefing's charts are sharp at any zoom and
 * their titles, axis labels and names can be selected and searched.
 *
 * The chart SVG markup (Recharts, the river map, the Sankey) is read with a small XML reader
 * and drawn element by element: svg (viewBox), g, rect, circle, ellipse, line, polyline,
 * polygon, path, text/tspan, with fill/stroke/opacity/dashes/transforms as the browser computed
 * them. Clip paths and markers are not used by our charts and are ignored.
 */
export type VectorFonts = { regular: PDFFont; bold: PDFFont };
export type Drawing = { width: number; height: number; primitives: readonly Primitive[] };

/** [a b c d e f]: (x, y) → (a·x + c·y + e, b·x + d·y + f), as PDF's cm. */
type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** First `m`, then `n`. */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const num = (v: number) => {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? "0" : String(r);
};

/** An SVG transform list ("translate(4 5) rotate(45)") as one matrix. */
export function parseTransform(text: string | undefined): Matrix {
  let out = IDENTITY;
  if (!text) return out;
  for (const m of text.matchAll(/(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)/g)) {
    const a = (m[2] ?? "").split(/[\s,]+/).filter(Boolean).map(Number);
    let t: Matrix = IDENTITY;
    switch (m[1]) {
      case "matrix":
        if (a.length === 6) t = a as Matrix;
        break;
      case "translate":
        t = [1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0];
        break;
      case "scale":
        t = [a[0] ?? 1, 0, 0, a[1] ?? a[0] ?? 1, 0, 0];
        break;
      case "rotate": {
        const r = ((a[0] ?? 0) * Math.PI) / 180;
        const [cx, cy] = [a[1] ?? 0, a[2] ?? 0];
        t = multiply(multiply([1, 0, 0, 1, -cx, -cy], [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]), [1, 0, 0, 1, cx, cy]);
        break;
      }
      case "skewX":
        t = [1, 0, Math.tan(((a[0] ?? 0) * Math.PI) / 180), 1, 0, 0];
        break;
      case "skewY":
        t = [1, Math.tan(((a[0] ?? 0) * Math.PI) / 180), 0, 1, 0, 0];
        break;
    }
    // Later transforms in the list apply first (closest to the element).
    out = multiply(t, out);
  }
  return out;
}

const NAMED: Record<string, string> = { black: "#000000", white: "#ffffff", red: "#ff0000", gray: "#808080", grey: "#808080" };

/** A CSS colour as PDF RGB and alpha; null for none/transparent or anything unreadable. */
export function colorOf(css: string): { rgb: [number, number, number]; alpha: number } | null {
  const paint: Paint | null = parseCssColor(NAMED[css.trim().toLowerCase()] ?? css);
  if (!paint) return null;
  let hex = paint.color.replace(/^#/, "");
  if (!/^[0-9a-f]+$/i.test(hex)) return null;
  if (hex.length === 3 || hex.length === 4) hex = [...hex].map((c) => c + c).join("");
  if (hex.length !== 6 && hex.length !== 8) return null;
  const channel = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16) / 255;
  const alpha = hex.length === 8 ? channel(6) : 1;
  return { rgb: [channel(0), channel(2), channel(4)], alpha: alpha * paint.alpha };
}

type PaintSpec = { kind: "none" } | { kind: "color"; rgb: [number, number, number]; alpha: number } | { kind: "pattern"; id: string };

function paintOf(value: string): PaintSpec {
  const url = value.match(/url\(\s*["']?[^"')]*#([^"')]+)["']?\s*\)/);
  if (url) return { kind: "pattern", id: url[1]! };
  const color = colorOf(value);
  return color ? { kind: "color", ...color } : { kind: "none" };
}

/** The presentation properties the drawing uses, after inheritance. */
type Style = {
  fill: PaintSpec;
  fillOpacity: number;
  stroke: PaintSpec;
  strokeOpacity: number;
  strokeWidth: number;
  dash: number[] | null;
  fontSize: number;
  bold: boolean;
  anchor: "start" | "middle" | "end";
  baseline: string;
  visible: boolean;
  /** Group opacity, multiplied down (an approximation of SVG's group compositing). */
  opacity: number;
};

const ROOT_STYLE: Style = {
  fill: { kind: "color", rgb: [0, 0, 0], alpha: 1 },
  fillOpacity: 1,
  stroke: { kind: "none" },
  strokeOpacity: 1,
  strokeWidth: 1,
  dash: null,
  fontSize: 16,
  bold: false,
  anchor: "start",
  baseline: "auto",
  visible: true,
  opacity: 1,
};

/** A length in user units; em relative to the font size. */
function length(value: string | undefined, fontSize: number, fallback = 0): number {
  if (value === undefined || value.trim() === "") return fallback;
  const v = Number.parseFloat(value);
  if (!Number.isFinite(v)) return fallback;
  return /em\s*$/.test(value) ? v * fontSize : v;
}

function declarations(style: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (style ?? "").split(";")) {
    const colon = part.indexOf(":");
    if (colon > 0) out[part.slice(0, colon).trim().toLowerCase()] = part.slice(colon + 1).trim();
  }
  return out;
}

function styleOf(element: XmlElement, parent: Style): Style {
  const css = declarations(element.attributes.style);
  const get = (name: string) => {
    const v = css[name] ?? element.attributes[name];
    return v === undefined || v === "inherit" ? undefined : v;
  };
  const fontSize = length(get("font-size"), parent.fontSize, parent.fontSize);
  const dashText = get("stroke-dasharray");
  const dash = dashText === undefined ? parent.dash : dashText === "none" ? null : dashText.split(/[\s,]+/).map((d) => length(d, fontSize)).filter((d) => Number.isFinite(d));
  const weight = get("font-weight");
  const anchor = get("text-anchor");
  const visibility = get("visibility");
  const fill = get("fill");
  const stroke = get("stroke");
  const number = (name: string, fallback: number) => {
    const v = get(name);
    if (v === undefined) return fallback;
    const n = Number.parseFloat(v);
    return Number.isFinite(n) ? (v.trim().endsWith("%") ? n / 100 : n) : fallback;
  };
  return {
    fill: fill === undefined ? parent.fill : paintOf(fill),
    fillOpacity: number("fill-opacity", parent.fillOpacity),
    stroke: stroke === undefined ? parent.stroke : paintOf(stroke),
    strokeOpacity: number("stroke-opacity", parent.strokeOpacity),
    strokeWidth: get("stroke-width") === undefined ? parent.strokeWidth : length(get("stroke-width"), fontSize, 1),
    dash: dash && dash.length && dash.some((d) => d > 0) ? dash : null,
    fontSize,
    bold: weight === undefined ? parent.bold : weight === "bold" || weight === "bolder" || Number.parseInt(weight, 10) >= 600,
    anchor: anchor === "middle" || anchor === "end" || anchor === "start" ? anchor : parent.anchor,
    baseline: get("dominant-baseline") ?? parent.baseline,
    visible: visibility === undefined ? parent.visible : visibility !== "hidden" && visibility !== "collapse",
    opacity: parent.opacity * number("opacity", 1),
  };
}

/** How far below the given y the alphabetic baseline sits, per dominant-baseline (Noto Sans SC metrics). */
function baselineShift(baseline: string, size: number): number {
  switch (baseline) {
    case "middle":
      return 0.27 * size;
    case "central":
      return 0.38 * size;
    case "hanging":
    case "text-before-edge":
    case "text-top":
      return 0.88 * size;
    case "text-after-edge":
    case "text-bottom":
    case "ideographic":
      return -0.12 * size;
    default:
      return 0;
  }
}

function pathOps(segments: readonly PathSegment[]): string {
  return segments
    .map((s) => (s.op === "M" ? `${num(s.x)} ${num(s.y)} m` : s.op === "L" ? `${num(s.x)} ${num(s.y)} l` : s.op === "C" ? `${num(s.x1)} ${num(s.y1)} ${num(s.x2)} ${num(s.y2)} ${num(s.x)} ${num(s.y)} c` : "h"))
    .join("\n");
}

const KAPPA = 0.5522847498;

function ellipseOps(cx: number, cy: number, rx: number, ry: number): string {
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  return [
    `${num(cx + rx)} ${num(cy)} m`,
    `${num(cx + rx)} ${num(cy + ky)} ${num(cx + kx)} ${num(cy + ry)} ${num(cx)} ${num(cy + ry)} c`,
    `${num(cx - kx)} ${num(cy + ry)} ${num(cx - rx)} ${num(cy + ky)} ${num(cx - rx)} ${num(cy)} c`,
    `${num(cx - rx)} ${num(cy - ky)} ${num(cx - kx)} ${num(cy - ry)} ${num(cx)} ${num(cy - ry)} c`,
    `${num(cx + kx)} ${num(cy - ry)} ${num(cx + rx)} ${num(cy - ky)} ${num(cx + rx)} ${num(cy)} c`,
    "h",
  ].join("\n");
}

function rectOps(x: number, y: number, w: number, h: number, rxIn: number, ryIn: number): string {
  const rx = Math.min(Math.max(0, rxIn), w / 2);
  const ry = Math.min(Math.max(0, ryIn), h / 2);
  if (!rx || !ry) return `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`;
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  return [
    `${num(x + rx)} ${num(y)} m`,
    `${num(x + w - rx)} ${num(y)} l`,
    `${num(x + w - rx + kx)} ${num(y)} ${num(x + w)} ${num(y + ry - ky)} ${num(x + w)} ${num(y + ry)} c`,
    `${num(x + w)} ${num(y + h - ry)} l`,
    `${num(x + w)} ${num(y + h - ry + ky)} ${num(x + w - rx + kx)} ${num(y + h)} ${num(x + w - rx)} ${num(y + h)} c`,
    `${num(x + rx)} ${num(y + h)} l`,
    `${num(x + rx - kx)} ${num(y + h)} ${num(x)} ${num(y + h - ry + ky)} ${num(x)} ${num(y + h - ry)} c`,
    `${num(x)} ${num(y + ry)} l`,
    `${num(x)} ${num(y + ry - ky)} ${num(x + rx - kx)} ${num(y)} ${num(x + rx)} ${num(y)} c`,
    "h",
  ].join("\n");
}

function points(text: string | undefined): number[] {
  return (text ?? "").split(/[\s,]+/).filter(Boolean).map(Number).filter(Number.isFinite);
}

/** Resource names for one content stream (the chart form, or one hatch tile). */
class Resources {
  readonly gstates = new Map<string, { name: string; ca: number; CA: number }>();
  readonly patterns = new Map<string, { name: string; ref: PDFRef }>();
  readonly images = new Map<string, { name: string; ref: PDFRef }>();

  gstate(ca: number, CA: number): string {
    const key = `${num(ca)}|${num(CA)}`;
    let entry = this.gstates.get(key);
    if (!entry) this.gstates.set(key, (entry = { name: `G${this.gstates.size + 1}`, ca, CA }));
    return entry.name;
  }

  dict(doc: PDFDocument, fonts: VectorFonts) {
    return doc.context.obj({
      Font: { F1: fonts.regular.ref, F2: fonts.bold.ref },
      ExtGState: Object.fromEntries([...this.gstates.values()].map((g) => [g.name, { Type: "ExtGState", ca: g.ca, CA: g.CA }])),
      Pattern: Object.fromEntries([...this.patterns.values()].map((p) => [p.name, p.ref])),
      XObject: Object.fromEntries([...this.images.values()].map((i) => [i.name, i.ref])),
    });
  }
}

/** Writes one content stream: the drawing commands, with the resources they name. */
class Painter {
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: VectorFonts,
    private readonly patterns: ReadonlyMap<string, XmlElement>,
    private readonly images: ReadonlyMap<string, PDFRef>,
    readonly resources = new Resources(),
    readonly out: string[] = [],
  ) {}

  private font(bold: boolean): { key: string; font: PDFFont } {
    return bold ? { key: "F2", font: this.fonts.bold } : { key: "F1", font: this.fonts.regular };
  }

  /** Fills and/or strokes the current path per the style; `ctm` maps user space to the stream's space. */
  private paint(path: string, style: Style, ctm: Matrix, canFill = true) {
    const fill = canFill ? style.fill : { kind: "none" as const };
    const stroke = style.strokeWidth > 0 ? style.stroke : { kind: "none" as const };
    const fillPattern = fill.kind === "pattern" ? this.pattern(fill.id, ctm, style) : null;
    const doFill = fill.kind === "color" || fillPattern !== null;
    const doStroke = stroke.kind === "color";
    if (!doFill && !doStroke) return;
    const ops: string[] = ["q"];
    const ca = doFill ? style.opacity * style.fillOpacity * (fill.kind === "color" ? fill.alpha : 1) : 1;
    const CA = doStroke ? style.opacity * style.strokeOpacity * stroke.alpha : 1;
    if (ca < 1 || CA < 1) ops.push(`/${this.resources.gstate(ca, CA)} gs`);
    if (fill.kind === "color") ops.push(`${fill.rgb.map(num).join(" ")} rg`);
    if (fillPattern) ops.push(`/Pattern cs /${fillPattern} scn`);
    if (doStroke) {
      ops.push(`${stroke.rgb.map(num).join(" ")} RG`, `${num(style.strokeWidth)} w`, "4 M");
      if (style.dash) ops.push(`[${style.dash.map(num).join(" ")}] 0 d`);
    }
    ops.push(path, doFill && doStroke ? "B" : doFill ? "f" : "S", "Q");
    this.out.push(...ops);
  }

  /** A tiling pattern for an SVG <pattern> (userSpaceOnUse), placed as it is for this element. */
  private pattern(id: string, ctm: Matrix, style: Style): string | null {
    const element = this.patterns.get(id);
    if (!element) return null;
    const w = length(element.attributes.width, style.fontSize);
    const h = length(element.attributes.height, style.fontSize);
    if (!(w > 0 && h > 0)) return null;
    const offset: Matrix = [1, 0, 0, 1, length(element.attributes.x, 0), length(element.attributes.y, 0)];
    // Pattern space → the element's user space → the stream's space.
    const matrix = multiply(multiply(offset, parseTransform(element.attributes.patternTransform)), ctm);
    const key = `${id}|${matrix.map(num).join(" ")}`;
    const known = this.resources.patterns.get(key);
    if (known) return known.name;
    const tile = new Painter(this.doc, this.fonts, new Map(), this.images);
    const tileStyle = styleOf(element, ROOT_STYLE);
    // The tile is drawn with its neighbours' edges around it, each clipped to its cell as SVG
    // clips a tile, and the cells overlap by a margin: renderers then draw no seams between tiles.
    const margin = Math.min(w, h) / 4;
    for (const [dx, dy] of [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => [i * w, j * h] as const))) {
      tile.out.push("q", `${num(dx)} ${num(dy)} ${num(w)} ${num(h)} re W n`, `1 0 0 1 ${num(dx)} ${num(dy)} cm`);
      for (const child of element.children) if (typeof child !== "string") tile.element(child, tileStyle, [1, 0, 0, 1, dx, dy]);
      tile.out.push("Q");
    }
    const stream = this.doc.context.flateStream(tile.out.join("\n"), {
      Type: "Pattern",
      PatternType: 1,
      PaintType: 1,
      TilingType: 1,
      BBox: [-margin, -margin, w + margin, h + margin],
      XStep: w,
      YStep: h,
      Matrix: matrix,
      Resources: tile.resources.dict(this.doc, this.fonts),
    });
    const name = `P${this.resources.patterns.size + 1}`;
    this.resources.patterns.set(key, { name, ref: this.doc.context.register(stream) });
    return name;
  }

  /** One run of text at a baseline, in y-down space (the text matrix flips glyphs upright). */
  private text(text: string, x: number, y: number, size: number, bold: boolean, fill: PaintSpec, alpha: number, advances?: number[]) {
    if (!text || fill.kind !== "color") return;
    const { key, font } = this.font(bold);
    const ops = ["q"];
    const a = alpha * fill.alpha;
    if (a < 1) ops.push(`/${this.resources.gstate(a, 1)} gs`);
    ops.push(`${fill.rgb.map(num).join(" ")} rg`, "BT", `/${key} ${num(size)} Tf`, `1 0 0 -1 ${num(x)} ${num(y)} Tm`);
    if (!advances) ops.push(`${this.encode(font, text)} Tj`);
    else {
      // Characters placed where the browser put them: runs that match the font's advances go
      // together, and a TJ adjustment moves to the next run (so the text stays one string).
      const chars = [...text];
      const parts: string[] = [];
      let start = 0;
      let pen = x;
      for (let i = 1; i <= chars.length; i++) {
        const run = chars.slice(start, i).join("");
        const next = advances[i];
        const end = pen + font.widthOfTextAtSize(run, size);
        if (i === chars.length || next === undefined || Math.abs(next - end) > 0.4) {
          parts.push(this.encode(font, run));
          if (i < chars.length && next !== undefined) parts.push(num(((end - next) * 1000) / size));
          pen = next ?? end;
          start = i;
        }
      }
      ops.push(`[${parts.join(" ")}] TJ`);
    }
    ops.push("ET", "Q");
    this.out.push(...ops);
  }

  private encode(font: PDFFont, text: string): string {
    return (font.encodeText(text) as PDFHexString).toString();
  }

  /** An SVG element and its children; `ctm` maps its parent's user space to this stream's space. */
  element(element: XmlElement, parent: Style, ctm: Matrix) {
    const name = element.name.replace(/^svg:/, "");
    if (["defs", "pattern", "clipPath", "mask", "marker", "symbol", "title", "desc", "style", "metadata", "linearGradient", "radialGradient", "foreignObject", "script"].includes(name)) return;
    if (element.attributes.display === "none" || declarations(element.attributes.style).display === "none") return;
    const style = styleOf(element, parent);
    const a = element.attributes;
    let transform = parseTransform(a.transform);
    if (name === "svg") transform = multiply(this.viewport(element, style), transform);
    const local = multiply(transform, ctm);
    const wrapped = transform.some((v, i) => v !== IDENTITY[i]);
    if (wrapped) this.out.push("q", `${transform.map(num).join(" ")} cm`);
    const L = (key: string) => length(a[key], style.fontSize);
    switch (name) {
      case "svg":
      case "g":
      case "a":
      case "switch":
        for (const child of element.children) if (typeof child !== "string") this.element(child, style, local);
        break;
      case "rect": {
        const w = L("width");
        const h = L("height");
        if (style.visible && w > 0 && h > 0) {
          const rx = a.rx !== undefined ? L("rx") : a.ry !== undefined ? L("ry") : 0;
          const ry = a.ry !== undefined ? L("ry") : rx;
          this.paint(rectOps(L("x"), L("y"), w, h, rx, ry), style, local);
        }
        break;
      }
      case "circle":
        if (style.visible && L("r") > 0) this.paint(ellipseOps(L("cx"), L("cy"), L("r"), L("r")), style, local);
        break;
      case "ellipse":
        if (style.visible && L("rx") > 0 && L("ry") > 0) this.paint(ellipseOps(L("cx"), L("cy"), L("rx"), L("ry")), style, local);
        break;
      case "line":
        if (style.visible) this.paint(`${num(L("x1"))} ${num(L("y1"))} m ${num(L("x2"))} ${num(L("y2"))} l`, style, local, false);
        break;
      case "polyline":
      case "polygon": {
        const p = points(a.points);
        if (style.visible && p.length >= 4) {
          const ops = [`${num(p[0]!)} ${num(p[1]!)} m`];
          for (let i = 2; i + 1 < p.length; i += 2) ops.push(`${num(p[i]!)} ${num(p[i + 1]!)} l`);
          if (name === "polygon") ops.push("h");
          this.paint(ops.join("\n"), style, local);
        }
        break;
      }
      case "path":
        if (style.visible && a.d) {
          const segments = parsePath(a.d);
          if (segments.length) this.paint(pathOps(segments), style, local);
        }
        break;
      case "text":
        this.svgText(element, style);
        break;
    }
    if (wrapped) this.out.push("Q");
  }

  /** The viewBox and size of a nested <svg> as a transform (preserveAspectRatio xMidYMid meet). */
  private viewport(element: XmlElement, style: Style): Matrix {
    const a = element.attributes;
    const x = length(a.x, style.fontSize);
    const y = length(a.y, style.fontSize);
    const box = points(a.viewBox);
    if (box.length !== 4 || !(box[2]! > 0 && box[3]! > 0)) return [1, 0, 0, 1, x, y];
    const width = length(a.width, style.fontSize, box[2]!);
    const height = length(a.height, style.fontSize, box[3]!);
    const s = Math.min(width / box[2]!, height / box[3]!);
    const tx = x + (width - box[2]! * s) / 2 - box[0]! * s;
    const ty = y + (height - box[3]! * s) / 2 - box[1]! * s;
    return [s, 0, 0, s, tx, ty];
  }

  /** <text> with its <tspan>s: chunks start where an x or y is given, each anchored on its own. */
  private svgText(element: XmlElement, style: Style) {
    type Run = { text: string; style: Style };
    type Chunk = { x: number; y: number; anchor: Style["anchor"]; runs: Run[] };
    const chunks: Chunk[] = [];
    let pen = { x: 0, y: 0 };
    const visit = (node: XmlElement, nodeStyle: Style, first: boolean) => {
      const a = node.attributes;
      const xs = points(a.x);
      const ys = points(a.y);
      const absolute = first || xs.length > 0 || ys.length > 0;
      pen = { x: xs[0] ?? pen.x, y: ys[0] ?? pen.y };
      pen.x += length(a.dx?.split(/[\s,]+/)[0], nodeStyle.fontSize);
      pen.y += length(a.dy?.split(/[\s,]+/)[0], nodeStyle.fontSize);
      if (absolute || !chunks.length) chunks.push({ x: pen.x, y: pen.y, anchor: nodeStyle.anchor, runs: [] });
      else if (a.dx || a.dy) chunks.push({ x: pen.x, y: pen.y, anchor: "start", runs: [] });
      for (const child of node.children as XmlNode[]) {
        if (typeof child === "string") {
          const text = child.replace(/[\n\r\t]/g, " ").replace(/ {2,}/g, " ");
          if (!text) continue;
          chunks.at(-1)!.runs.push({ text, style: nodeStyle });
          pen.x += this.font(nodeStyle.bold).font.widthOfTextAtSize(text, nodeStyle.fontSize);
        } else if (child.name === "tspan" && !(child.attributes.display === "none")) {
          visit(child, styleOf(child, nodeStyle), false);
        }
      }
    };
    visit(element, style, true);
    // White space at the ends of the whole text is not drawn (SVG's default xml:space).
    const runs = chunks.flatMap((c) => c.runs);
    if (runs.length) {
      runs[0]!.text = runs[0]!.text.trimStart();
      runs.at(-1)!.text = runs.at(-1)!.text.trimEnd();
    }
    for (const chunk of chunks) {
      const widths = chunk.runs.map((r) => this.font(r.style.bold).font.widthOfTextAtSize(r.text, r.style.fontSize));
      const total = widths.reduce((s, w) => s + w, 0);
      let x = chunk.x - (chunk.anchor === "middle" ? total / 2 : chunk.anchor === "end" ? total : 0);
      chunk.runs.forEach((run, i) => {
        const s = run.style;
        if (s.visible) this.text(run.text, x, chunk.y + baselineShift(s.baseline, s.fontSize), s.fontSize, s.bold, s.fill, s.opacity * s.fillOpacity);
        x += widths[i]!;
      });
    }
  }

  /** One primitive of the export, in the drawing's CSS-pixel space. */
  primitive(p: Primitive, ctm: Matrix) {
    switch (p.kind) {
      case "rect": {
        const style: Style = {
          ...ROOT_STYLE,
          fill: p.fill ? paintOf(p.fill.color) : { kind: "none" },
          fillOpacity: p.fill?.alpha ?? 1,
          stroke: p.stroke ? paintOf(p.stroke.color) : { kind: "none" },
          strokeOpacity: p.stroke?.alpha ?? 1,
          strokeWidth: p.stroke ? p.strokeWidth : 0,
          dash: p.dashed ? [3, 2] : null,
        };
        this.paint(rectOps(p.x, p.y, p.width, p.height, p.radius, p.radius), style, ctm);
        break;
      }
      case "line": {
        const style: Style = { ...ROOT_STYLE, fill: { kind: "none" }, stroke: paintOf(p.stroke.color), strokeOpacity: p.stroke.alpha, strokeWidth: p.width, dash: p.dashed ? [3, 2] : null };
        this.paint(`${num(p.x1)} ${num(p.y1)} m ${num(p.x2)} ${num(p.y2)} l`, style, ctm, false);
        break;
      }
      case "text":
        this.text(p.text, p.x[0] ?? 0, p.y, p.size, p.weight === 700, paintOf(p.paint.color), p.paint.alpha, p.x);
        break;
      case "svg": {
        const root = parsedSvg(p.markup);
        const place: Matrix = [1, 0, 0, 1, p.x, p.y];
        // Its own width and height are the on-screen size; x and y on the root are not used.
        const sized: XmlElement = { ...root, attributes: { ...root.attributes, x: "0", y: "0", width: String(p.width), height: String(p.height) } };
        this.out.push("q", `${place.map(num).join(" ")} cm`);
        this.element(sized, ROOT_STYLE, multiply(place, ctm));
        this.out.push("Q");
        break;
      }
      case "image": {
        const ref = this.images.get(p.href);
        if (!ref) break;
        let entry = this.resources.images.get(p.href);
        if (!entry) this.resources.images.set(p.href, (entry = { name: `I${this.resources.images.size + 1}`, ref }));
        this.out.push("q", `${num(p.width)} 0 0 ${num(-p.height)} ${num(p.x)} ${num(p.y + p.height)} cm`, `/${entry.name} Do`, "Q");
        break;
      }
    }
  }
}

function dataUrlBytes(href: string): Uint8Array | null {
  const m = href.match(/^data:image\/png;base64,(.*)$/);
  if (!m) return null;
  const binary = atob(m[1]!);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const parsed = new Map<string, XmlElement>();

/** Chart markup parsed once per drawing (the patterns are looked up across all of it). */
function parsedSvg(markup: string): XmlElement {
  let root = parsed.get(markup);
  if (!root) parsed.set(markup, (root = parseXml(markup)));
  return root;
}

/**
 * Every <pattern> of the drawing by id: a legend's swatch may use the hatch its chart defines
 * (in another <svg> of the same frame), as it does on the page.
 */
function drawingPatterns(primitives: readonly Primitive[]): Map<string, XmlElement> {
  const patterns = new Map<string, XmlElement>();
  const collect = (e: XmlElement) => {
    if (e.name === "pattern" && e.attributes.id && !patterns.has(e.attributes.id)) patterns.set(e.attributes.id, e);
    for (const c of e.children) if (typeof c !== "string") collect(c);
  };
  for (const p of primitives) if (p.kind === "svg") collect(parsedSvg(p.markup));
  return patterns;
}

/**
 * The drawing as a form XObject of `width` × `height` units (one per CSS pixel); place it with
 * `drawForm`. Text uses the given fonts, which must hold every character of the drawing.
 */
export async function embedDrawing(doc: PDFDocument, drawing: Drawing, fonts: VectorFonts): Promise<PDFRef> {
  // Canvas content (none of our charts today) stays a raster image inside the vector page.
  const images = new Map<string, PDFRef>();
  for (const p of drawing.primitives) {
    if (p.kind !== "image" || images.has(p.href)) continue;
    const bytes = dataUrlBytes(p.href);
    if (bytes) images.set(p.href, (await doc.embedPng(bytes)).ref);
  }
  parsed.clear();
  const painter = new Painter(doc, fonts, drawingPatterns(drawing.primitives), images);
  // SVG's y axis points down: flip once, so every coordinate below is the browser's.
  const flip: Matrix = [1, 0, 0, -1, 0, drawing.height];
  painter.out.push(`${flip.map(num).join(" ")} cm`);
  for (const p of drawing.primitives) painter.primitive(p, flip);
  parsed.clear();
  const stream = doc.context.flateStream(painter.out.join("\n"), {
    Type: "XObject",
    Subtype: "Form",
    BBox: [0, 0, drawing.width, drawing.height],
    Resources: painter.resources.dict(doc, fonts),
  });
  return doc.context.register(stream);
}
