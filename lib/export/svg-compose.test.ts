import { describe, expect, it } from "vitest";
import { composeSvg, escapeXml, glyphsNeeded, parseCssColor, type Primitive } from "./svg-compose";

const black = { color: "#1b2430", alpha: 1 };
const primitives: Primitive[] = [
  { kind: "text", x: [16, 32, 48], y: 30, text: "万州区", size: 16, weight: 700, paint: black },
  { kind: "text", x: [16, 28], y: 50, text: "<&", size: 12, weight: 400, paint: { color: "#4a5563", alpha: 0.5 } },
  { kind: "rect", x: 10, y: 10, width: 40, height: 18, radius: 4, fill: { color: "#fff4dc", alpha: 1 }, stroke: { color: "#8a5a00", alpha: 1 }, strokeWidth: 1, dashed: true },
  { kind: "line", x1: 0, y1: 100, x2: 200, y2: 100, stroke: black, width: 1, dashed: false },
  { kind: "svg", x: 16, y: 60, width: 100, height: 40, markup: '<svg width="100" height="40"><text>涪陵区</text></svg>', texts: [{ weight: 400, text: "涪陵区" }] },
];

describe("composeSvg", () => {
  const svg = composeSvg({ width: 300.4, height: 200, title: "引入资金：按受援区县", description: "区县：万州区；年份：2013–2022", primitives, fonts: { 400: "AAAA", 700: "BBBB" } });

  it("is a standalone SVG with white background, title and description", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('width="300.4" height="200" viewBox="0 0 300.4 200"');
    expect(svg).toContain("<title>引入资金：按受援区县</title>");
    expect(svg).toContain("<desc>区县：万州区；年份：2013–2022</desc>");
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });

  it("embeds each font weight as a data URI @font-face", () => {
    expect(svg).toContain("font-weight:400;font-style:normal;src:url(data:font/ttf;base64,AAAA)");
    expect(svg).toContain("font-weight:700;font-style:normal;src:url(data:font/ttf;base64,BBBB)");
  });

  it("places text per character and escapes markup", () => {
    expect(svg).toContain('<text xml:space="preserve" style="white-space:pre" x="16 32 48" y="30" font-size="16" font-weight="700" fill="#1b2430">万州区</text>');
    expect(svg).toContain('fill="#4a5563" fill-opacity="0.5">&lt;&amp;</text>');
  });

  it("draws boxes, rules and nested chart SVGs", () => {
    expect(svg).toContain('rx="4" fill="#fff4dc" stroke="#8a5a00" stroke-width="1" stroke-dasharray="3 2"/>');
    expect(svg).toContain('<line x1="0" y1="100" x2="200" y2="100" stroke="#1b2430" stroke-width="1"/>');
    expect(svg).toContain('<g transform="translate(16 60)"><svg width="100" height="40"><text>涪陵区</text></svg></g>');
  });
});

describe("glyphsNeeded", () => {
  it("collects the distinct characters per weight, chart text included", () => {
    expect(glyphsNeeded(primitives)).toEqual({ 400: "<&涪陵区", 700: "万州区" });
  });
});

describe("parseCssColor", () => {
  it("reads computed colours", () => {
    expect(parseCssColor("rgb(27, 36, 48)")).toEqual({ color: "#1b2430", alpha: 1 });
    expect(parseCssColor("rgba(255, 255, 255, 0.9)")).toEqual({ color: "#ffffff", alpha: 0.9 });
    expect(parseCssColor("rgb(0 114 178 / 50%)")).toEqual({ color: "#0072b2", alpha: 0.5 });
    expect(parseCssColor("#abc")).toEqual({ color: "#abc", alpha: 1 });
  });

  it("treats transparent as nothing to draw", () => {
    expect(parseCssColor("rgba(0, 0, 0, 0)")).toBeNull();
    expect(parseCssColor("transparent")).toBeNull();
    expect(parseCssColor("")).toBeNull();
  });

  it("escapes XML", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});
