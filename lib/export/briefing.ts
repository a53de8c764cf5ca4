// Runs in the browser only (DOM, canvas, fetch of font subsets): kept out of server bundles.
import "client-only";
import { briefingContent, briefingGlyphs, type BriefingChart, type BriefingInput, type BriefingText } from "./briefing-content";
import { chartCsv, chartPng, ExportError, type ExportText } from "./chart-export";
import { domToPrimitives } from "./dom-to-svg";
import type { Drawing } from "./pdf-vector";
import { exportFileName, pngFileName } from "./file-name";
import { fontSubset } from "./font-client";
import { ChartExportError } from "./export-errors";
import type { ExportableChart } from "./registry";

/**
 * Exports of the whole view, made in the browser from the same chart images as the menu's
 * PNGs: the briefing PDF (key figures, every chart, filters, sources, page numbers, time) and a
 * ZIP of every chart as PNG and CSV.
 */
export type BriefingStep =
  | { step: "chart"; index: number; count: number; title: string }
  | { step: "fonts" }
  | { step: "pdf" }
  | { step: "zip" };

export { ChartExportError } from "./export-errors";

async function chartImages(charts: ExportableChart[], text: ExportText, onStep: (s: BriefingStep) => void) {
  const results: { chart: ExportableChart; png: { bytes: Uint8Array; width: number; height: number } | null }[] = [];
  for (const [i, chart] of charts.entries()) {
    const meta = chart.meta();
    onStep({ step: "chart", index: i + 1, count: charts.length, title: meta.title });
    const element = chart.element();
    if (!element || !chart.imageReady()) {
      results.push({ chart, png: null });
      continue;
    }
    try {
      const { blob, width, height } = await chartPng(element, meta, text, 2);
      results.push({ chart, png: { bytes: new Uint8Array(await blob.arrayBuffer()), width: width / 2, height: height / 2 } });
    } catch (error) {
      throw new ChartExportError(meta.title, error);
    }
  }
  return results;
}

/** Each chart frame as drawing primitives, for the briefing's vector pages. */
function chartDrawings(charts: ExportableChart[], onStep: (s: BriefingStep) => void): (Drawing | null)[] {
  return charts.map((chart, i) => {
    const meta = chart.meta();
    onStep({ step: "chart", index: i + 1, count: charts.length, title: meta.title });
    const element = chart.element();
    if (!element || !chart.imageReady()) return null;
    try {
      return domToPrimitives(element);
    } catch (error) {
      throw new ChartExportError(meta.title, error);
    }
  });
}

export type BriefingRequest = {
  charts: ExportableChart[];
  exportText: ExportText;
  briefingText: BriefingText;
  base: Omit<BriefingInput, "charts">;
  slug: string;
  pageLabel: (page: number, pages: number) => string;
  onStep: (step: BriefingStep) => void;
};

export async function buildBriefingPdf(request: BriefingRequest): Promise<{ blob: Blob; pages: number; fileName: string }> {
  const drawings = chartDrawings(request.charts, request.onStep);
  const charts: BriefingChart[] = request.charts.map((chart, i) => {
    const meta = chart.meta();
    return { title: meta.title, summary: meta.summary, unavailable: meta.unavailable, table: meta.table, drawing: drawings[i] ?? null };
  });
  const briefing = briefingContent({ ...request.base, charts }, request.briefingText);
  request.onStep({ step: "fonts" });
  const glyphs = briefingGlyphs(briefing, request.pageLabel(0, 0));
  // One subset per weight for the whole briefing, charts included: a failure here names the font, not a chart.
  const [regular, bold] = await Promise.all([fontSubset(400, glyphs.regular), fontSubset(700, glyphs.bold || "0")]).catch((error: unknown) => {
    throw new ExportError("font", error instanceof Error ? error.message : String(error));
  });
  request.onStep({ step: "pdf" });
  // pdf-lib and fontkit are large: loaded only when a briefing is asked for.
  const { renderBriefingPdf } = await import("./briefing-pdf");
  const { bytes, pages } = await renderBriefingPdf(briefing, { regular: regular.bytes, bold: bold.bytes }, {
    pageLabel: request.pageLabel,
    language: request.base.locale,
    subject: request.base.caption,
    createdAt: new Date(),
  });
  return { blob: new Blob([bytes as BlobPart], { type: "application/pdf" }), pages, fileName: exportFileName("briefing", request.slug, "pdf") };
}

export async function buildChartsZip(request: Pick<BriefingRequest, "charts" | "exportText" | "slug" | "onStep">): Promise<{ blob: Blob; count: number; fileName: string }> {
  const images = await chartImages(request.charts, request.exportText, request.onStep);
  request.onStep({ step: "zip" });
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const { chart, png } of images) {
    const meta = chart.meta();
    if (png) zip.file(pngFileName(meta.name, meta.slug, 2), png.bytes);
    zip.file(exportFileName(meta.name, meta.slug, "csv"), await chartCsv(meta, request.exportText).arrayBuffer());
  }
  // PNGs are compressed already; deflating them again only costs time.
  const blob = await zip.generateAsync({ type: "blob", compression: "STORE" });
  return { blob, count: images.length, fileName: exportFileName("charts", request.slug, "zip") };
}
