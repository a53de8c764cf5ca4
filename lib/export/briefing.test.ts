import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { MetricTotal } from "@/lib/queries/totals";
import { readPdfPages } from "@/lib/testing/pdf-reader";
import { briefingContent, briefingGlyphs, type BriefingInput, type BriefingText } from "./briefing-content";
import { renderBriefingPdf } from "./briefing-pdf";
import { subsetFont } from "./server/font-subset";
import type { Drawing } from "./pdf-vector";

const total = (metric: MetricTotal["metric"], value: number, demo: number, applicable = true): MetricTotal => ({
  metric, applicable, value, demo, lastYear: { year: 2022, value: 0 }, previousYear: null, share: null, leftOut: 0,
});

const text: BriefingText = {
  t: (key, values) => `${key}${values ? `(${Object.values(values).join(",")})` : ""}`,
  sourceLine: (s) => `来源：${s}`,
  asOfLine: (d) => `数据截至 ${d}`,
  demoNote: "含示例数据。",
  demoBanner: "示例数据说明。",
  demoLabel: "示例数据",
};

/** A chart frame as the browser reads it: its title as text, one bar and its district's name in the chart SVG. */
function drawing(width: number, height: number, title: string, district: string): Drawing {
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${width - 40}" height="${height - 80}"><rect x="80" y="20" width="300" height="24" style="fill:rgb(0, 114, 178)"/><text x="76" y="32" text-anchor="end" style="font-size:12px"><tspan x="76" dy="0.355em">${district}</tspan></text></svg>`;
  return {
    width,
    height,
    primitives: [
      { kind: "text", x: [...title].map((_, i) => 16 + i * 16), y: 30, text: title, size: 16, weight: 700, paint: { color: "#1b2430", alpha: 1 } },
      { kind: "svg", x: 20, y: 60, width: width - 40, height: height - 80, markup, texts: [{ weight: 400, text: district }] },
    ],
  };
}

const input: BriefingInput = {
  locale: "zh-CN",
  caption: "区县：万州区；年份：2013–2022",
  source: "某报道（2023-10-11）",
  asOf: "2022-12-31",
  generatedAt: "2025-01-01 08:00 (UTC+8)",
  unfiltered: false,
  totals: [total("funds", 2_135_300, 1_900_000), total("projects", 120, 100), total("trained", 0, 0, false), total("schools", 30, 30), total("cadres", 12, 12)],
  charts: [
    { title: "引入资金年度变化", summary: "s1", table: { columns: ["年份", "合计"], rows: [["2013", 1]] }, drawing: drawing(1272, 462, "引入资金年度变化", "万州区") },
    { title: "引入资金：按受援区县", summary: "s2", table: { columns: ["区县", "合计"], rows: [["万州区", 213.53]] }, drawing: drawing(628, 800, "引入资金：按受援区县", "忠县") },
    { title: "引入资金：按支援省市", summary: "摘要三", table: { columns: ["支援方", "合计（亿元）"], rows: [["上海市", 12.3456]], decimals: 2 }, drawing: null },
  ],
  sources: [{ titleZh: "真实来源", titleEn: "Real", publishedOn: "2023-10-11", isDemo: false }, { titleZh: "示例", titleEn: "Demo", publishedOn: null, isDemo: true }],
  dataset: { generator: "demo-v1", seed: 20231011, loadedAt: "2025-01-01T00:00:00Z" },
};

describe("briefingContent", () => {
  const briefing = briefingContent(input, text);

  it("opens with the title, the filters, the time and the demonstration notice", () => {
    expect(briefing.blocks.slice(0, 4)).toEqual([
      { kind: "title", text: "title" },
      { kind: "paragraph", text: "filters(区县：万州区；年份：2013–2022)" },
      { kind: "paragraph", text: "generated(2025-01-01 08:00 (UTC+8)) · 数据截至 2022-12-31", tone: "muted" },
      { kind: "paragraph", text: "示例数据说明。", tone: "demo" },
    ]);
    expect(briefing.demo).toBe(true);
    expect(briefing.footer).toBe("generated(2025-01-01 08:00 (UTC+8)) · 示例数据");
  });

  it("tabulates the five key figures with units and demonstration shares", () => {
    const table = briefing.blocks.find((b) => b.kind === "table");
    expect(table).toMatchObject({ columns: ["kpiMetric", "kpiValue", "kpiDemo"] });
    const rows = table?.kind === "table" ? table.rows : [];
    expect(rows[0]).toEqual(["引入资金", "213.53 亿元", "89%"]);
    expect(rows[2]).toEqual(["培训人才", "notApplicable", ""]);
  });

  it("places drawn charts as drawings and a chart not drawn as its table", () => {
    expect(briefing.blocks.filter((b) => b.kind === "drawing")).toHaveLength(2);
    const fallback = briefing.blocks.find((b) => b.kind === "heading" && b.text.startsWith("tableOf"));
    expect(fallback).toEqual({ kind: "heading", text: "tableOf(引入资金：按支援省市)" });
    expect(briefing.blocks).toContainEqual({ kind: "table", columns: ["支援方", "合计（亿元）"], rows: [["上海市", "12.35"]], numeric: [false, true] });
  });

  it("says only the summary for a chart with nothing to show", () => {
    const empty = briefingContent({ ...input, charts: [{ title: "培训人才年度变化", summary: "没有数据。", table: { columns: ["年份"], rows: [] }, drawing: null }] }, text);
    const at = empty.blocks.findIndex((b) => b.kind === "heading" && b.text === "tableOf(培训人才年度变化)");
    expect(empty.blocks[at + 1]).toEqual({ kind: "paragraph", text: "没有数据。", tone: "muted" });
  });

  it("gives the frame's reason for a chart that cannot be drawn", () => {
    const na = briefingContent({ ...input, charts: [{ title: "培训人才年度变化", summary: "x", unavailable: "该指标不按产业分类", table: { columns: [], rows: [] }, drawing: null }] }, text);
    const at = na.blocks.findIndex((b) => b.kind === "heading" && b.text === "培训人才年度变化");
    expect(na.blocks[at + 1]).toEqual({ kind: "paragraph", text: "该指标不按产业分类", tone: "muted" });
  });

  it("lists every source, marking demonstration ones, and the data set", () => {
    const paragraphs = briefing.blocks.filter((b) => b.kind === "paragraph").map((b) => (b.kind === "paragraph" ? b.text : ""));
    expect(paragraphs).toContain("• 真实来源（2023-10-11）");
    expect(paragraphs).toContain("• 示例demoSource");
    expect(paragraphs).toContain("dataset(demo-v1,20231011,2025-01-01)");
  });
});

describe("renderBriefingPdf", () => {
  it("writes a PDF with the intro, one page per chart and the sources, every page numbered", async () => {
    const briefing = briefingContent(input, text);
    const glyphs = briefingGlyphs(briefing, "第 0 页，共 0 页");
    const fonts = { regular: await subsetFont(400, glyphs.regular), bold: await subsetFont(700, glyphs.bold) };
    const { bytes, pages } = await renderBriefingPdf(briefing, fonts, {
      pageLabel: (page, count) => `第 ${page} 页，共 ${count} 页`,
      language: "zh-CN",
      subject: input.caption,
      createdAt: new Date("2025-01-01T00:00:00Z"),
    });
    const pdf = await PDFDocument.load(bytes);
    // Intro page, the two chart pages, then the table of the undrawn chart and the sources.
    expect(pages).toBe(4);
    expect(pdf.getPageCount()).toBe(4);
    const [first, wide, tall] = pdf.getPages();
    expect(first!.getWidth()).toBeLessThan(first!.getHeight());
    expect(wide!.getWidth()).toBeGreaterThan(wide!.getHeight());
    expect(tall!.getWidth()).toBeLessThan(tall!.getHeight());
    expect(pdf.getTitle()).toBe("title");
    expect(bytes.byteLength).toBeLessThan(200_000);
    // Read back as a viewer reads it: the charts' text is text, in tagged font subsets.
    const read = await readPdfPages(bytes);
    expect(read[1]!.text).toContain("引入资金年度变化");
    expect(read[1]!.text).toContain("万州区");
    expect(read[2]!.text).toContain("忠县");
    expect(read[3]!.text).toContain("tableOf(引入资金：按支援省市)");
    for (const page of read) for (const font of page.fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
  }, 30_000);
});
