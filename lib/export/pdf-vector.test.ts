import fontkit from "@pdf-lib/fontkit";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { readPdfPages } from "@/lib/testing/pdf-reader";
import { subsetFont } from "./server/font-subset";
import { subsetFontName, subsetTag } from "./pdf-font-name";
import { embedDrawing, parseTransform, type Drawing } from "./pdf-vector";
import { glyphsNeeded } from "./svg-compose";

/** A bar chart as Recharts writes it (axis ticks in tspans, a hatched demo bar, a grid path). */
const chartMarkup = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200" overflow="visible">
<defs><pattern id="demo-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" style="fill:rgb(230, 159, 0)"/><line x1="0" y1="0" x2="0" y2="6" style="stroke:rgb(138, 90, 0);stroke-width:2px"/></pattern></defs>
<g><path d="M60,10H390M60,60H390" style="fill:none;stroke:rgb(229, 231, 235);stroke-dasharray:3px, 3px"/></g>
<g><text x="56" y="40" text-anchor="end" style="fill:rgb(75, 85, 99);font-size:12px"><tspan x="56" dy="0.355em">万州区</tspan></text>
<text x="56" y="90" text-anchor="end" style="fill:rgb(75, 85, 99);font-size:12px"><tspan x="56" dy="0.355em">Zhong County</tspan></text></g>
<rect x="60" y="30" width="200" height="20" style="fill:rgb(0, 114, 178)"/>
<rect x="60" y="80" width="120" height="20" style="fill:url(&quot;#demo-hatch&quot;)"/>
<path d="M 60 150 C 100 120, 140 180, 180 150 A 10 10 0 0 1 200 150 Q 220 130 240 150 Z" style="fill:none;stroke:rgb(0, 0, 0)"/>
<circle cx="300" cy="150" r="5" style="fill:rgb(213, 94, 0);opacity:0.5"/>
<text x="330" y="100" text-anchor="middle" transform="rotate(-90, 330, 100)" style="fill:rgb(75, 85, 99);font-size:11px;font-weight:700">亿元 &amp; more</text>
</svg>`;

const drawing: Drawing = {
  width: 440,
  height: 260,
  primitives: [
    { kind: "rect", x: 0.5, y: 0.5, width: 439, height: 259, radius: 6, fill: { color: "#ffffff", alpha: 1 }, stroke: { color: "#d9dee5", alpha: 1 }, strokeWidth: 1, dashed: false },
    { kind: "text", x: [16, 32, 48, 64, 80, 96, 112, 128], y: 30, text: "引入资金年度变化", size: 16, weight: 700, paint: { color: "#1b2430", alpha: 1 } },
    { kind: "line", x1: 16, y1: 40, x2: 424, y2: 40, stroke: { color: "#d9dee5", alpha: 1 }, width: 1, dashed: true },
    { kind: "svg", x: 20, y: 50, width: 400, height: 200, markup: chartMarkup, texts: [] },
    // A legend swatch: its own little SVG, filled with the hatch the chart defines.
    { kind: "svg", x: 380, y: 20, width: 12, height: 12, markup: `<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12"><rect width="12" height="12" style="fill:url(&quot;#demo-hatch&quot;)"/></svg>`, texts: [] },
  ],
};

async function render(d: Drawing) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const needs = glyphsNeeded(d.primitives);
  const chartText = "万州区Zhong County亿元 & more";
  const regularBytes = await subsetFont(400, needs[400] + chartText);
  const boldBytes = await subsetFont(700, needs[700] + chartText);
  const regular = await doc.embedFont(regularBytes, { subset: false, customName: subsetFontName(regularBytes) });
  const bold = await doc.embedFont(boldBytes, { subset: false, customName: subsetFontName(boldBytes) });
  const page = doc.addPage([d.width, d.height]);
  const form = await embedDrawing(doc, d, { regular, bold });
  const name = page.node.newXObject("Chart", form);
  const { drawObject, pushGraphicsState, popGraphicsState } = await import("pdf-lib");
  page.pushOperators(pushGraphicsState(), drawObject(name), popGraphicsState());
  return { bytes: await doc.save(), form };
}

describe("embedDrawing", () => {
  it("draws text a PDF reader extracts: the title, axis labels and names", async () => {
    const { bytes } = await render(drawing);
    const [page] = await readPdfPages(bytes);
    expect(page!.text).toContain("引入资金年度变化");
    expect(page!.text).toContain("万州区");
    expect(page!.text).toContain("Zhong County");
    expect(page!.text).toContain("亿元 & more");
    // Both fonts as tagged subsets of Noto Sans SC.
    expect(page!.fonts.every((f) => /^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/.test(f)), page!.fonts.join()).toBe(true);
    expect(page!.fonts.map((f) => f.slice(7)).sort()).toEqual(["NotoSansSC-Bold", "NotoSansSC-Regular"]);
  });

  it("writes vectors, not images: paths, a tiling pattern for the hatch, no image XObject", async () => {
    const { bytes } = await render(drawing);
    const doc = await PDFDocument.load(bytes);
    const objects = doc.context.enumerateIndirectObjects().map(([, o]) => o);
    const streams = objects.filter((o): o is PDFRawStream => o instanceof PDFRawStream);
    const subtype = (s: PDFRawStream) => s.dict.get(PDFName.of("Subtype"))?.toString();
    expect(streams.some((s) => subtype(s) === "/Image")).toBe(false);
    const pattern = streams.find((s) => s.dict.get(PDFName.of("PatternType"))?.toString() === "1");
    expect(pattern).toBeDefined();
    const formText = new TextDecoder().decode(decodePDFRawStream(streams.find((s) => subtype(s) === "/Form")!).decode());
    // The grid's dashes, the bars as rectangles, the curve as Bézier segments, the hatch used as a pattern fill.
    expect(formText).toContain("[3 3] 0 d");
    expect(formText).toMatch(/60 30 200 20 re/);
    expect(formText).toMatch(/ c\n/);
    expect(formText).toMatch(/\/Pattern cs \/P1 scn/);
    // The legend's swatch finds the chart's hatch too (placed where the swatch is: a second pattern).
    expect(formText).toMatch(/\/Pattern cs \/P2 scn/);
  });

  it("reads transforms as SVG does: later ones apply first", () => {
    const m = parseTransform("translate(10 20) rotate(90)");
    // (1, 0) rotated by 90° is (0, 1), then moved by (10, 20).
    const [a, b, c, d, e, f] = m;
    expect([a * 1 + c * 0 + e, b * 1 + d * 0 + f].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([10, 21]);
  });

  it("tags a subset with six capital letters derived from its bytes", () => {
    expect(subsetTag(new Uint8Array([1, 2, 3]))).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag(new Uint8Array([1, 2, 3]))).toBe(subsetTag(new Uint8Array([1, 2, 3])));
    expect(subsetTag(new Uint8Array([1, 2, 3]))).not.toBe(subsetTag(new Uint8Array([1, 2, 4])));
  });

  it("renders in poppler when it is installed (a second, independent reader)", async (context) => {
    let hasPoppler = true;
    try {
      execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    } catch {
      hasPoppler = false;
    }
    if (!hasPoppler) return context.skip();
    const { bytes } = await render(drawing);
    const dir = mkdtempSync(path.join(tmpdir(), "pdf-vector-"));
    writeFileSync(path.join(dir, "chart.pdf"), bytes);
    const text = execFileSync("pdftotext", [path.join(dir, "chart.pdf"), "-"]).toString();
    expect(text).toContain("万州区");
    const fonts = execFileSync("pdffonts", [path.join(dir, "chart.pdf")]).toString();
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    if (process.env.PDF_VECTOR_PNG) execFileSync("pdftoppm", ["-png", "-r", "150", path.join(dir, "chart.pdf"), process.env.PDF_VECTOR_PNG]);
  });
});
