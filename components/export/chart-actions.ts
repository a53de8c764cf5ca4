import type { ExportText } from "@/lib/export/chart-export";
import { drawChartsIn } from "@/lib/charts/draw-queue";
import { ExportError } from "@/lib/export/export-errors";
import type { ChartExportMeta } from "@/lib/export/export-meta";
import { saveBlob } from "@/lib/export/download";
import { exportFileName, pngFileName } from "@/lib/export/file-name";

/** What the export menu of a chart can do, and the sentence it reports back. */
export type ChartAction = { kind: "png"; ratio: 1 | 2 | 3 } | { kind: "svg" } | { kind: "copy" } | { kind: "csv" } | { kind: "xlsx" };
export type ActionResult = { tone: "ok" | "error"; message: string };
export type Status = (key: "downloaded" | "copied" | "clipboardUnavailable" | "clipboardDenied" | "failed" | "fontFailed" | "imageFailed", values?: Record<string, string>) => string;

export const IMAGE_ACTIONS = new Set<ChartAction["kind"]>(["png", "svg", "copy"]);

function clipboardAvailable(): boolean {
  return window.isSecureContext && typeof ClipboardItem !== "undefined" && typeof navigator.clipboard?.write === "function";
}

/** The sentence for an export failure, naming the stage that failed (font, drawing) when known. */
export function describeExportError(error: unknown, status: Status): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ExportError) return status(error.stage === "font" ? "fontFailed" : "imageFailed", { message });
  return message;
}

function failure(error: unknown, status: Status): ActionResult {
  return { tone: "error", message: status("failed", { message: describeExportError(error, status) }) };
}

export async function runChartAction(action: ChartAction, element: HTMLElement, meta: ChartExportMeta, text: ExportText, status: Status): Promise<ActionResult> {
  try {
    // The export code (SVG drawing, PNG, XLSX) is fetched by the first export, not by the page.
    const { chartCsv, chartPng, chartSvg, chartXlsx } = await import("@/lib/export/chart-export");
    if (action.kind === "copy") {
      if (!clipboardAvailable()) return { tone: "error", message: status("clipboardUnavailable") };
      // The PNG is handed over as a promise so the write starts inside the click (Safari requires it).
      const png = drawChartsIn(element).then(() => chartPng(element, meta, text, 2)).then((r) => r.blob);
      try {
        await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
      } catch (error) {
        await png; // a drawing failure is reported as such, not as a clipboard refusal
        return { tone: "error", message: status("clipboardDenied", { message: error instanceof Error ? error.message : String(error) }) };
      }
      return { tone: "ok", message: status("copied") };
    }
    // A chart still waiting to be drawn (not yet scrolled near) is drawn before its image is made.
    if (IMAGE_ACTIONS.has(action.kind)) await drawChartsIn(element);
    let file: string;
    if (action.kind === "png") {
      file = pngFileName(meta.name, meta.slug, action.ratio);
      saveBlob((await chartPng(element, meta, text, action.ratio)).blob, file);
    } else if (action.kind === "svg") {
      file = exportFileName(meta.name, meta.slug, "svg");
      saveBlob(new Blob([(await chartSvg(element, meta, text)).svg], { type: "image/svg+xml;charset=utf-8" }), file);
    } else if (action.kind === "csv") {
      file = exportFileName(meta.name, meta.slug, "csv");
      saveBlob(chartCsv(meta, text), file);
    } else {
      file = exportFileName(meta.name, meta.slug, "xlsx");
      saveBlob(await chartXlsx(meta, text), file);
    }
    return { tone: "ok", message: status("downloaded", { file }) };
  } catch (error) {
    return failure(error, status);
  }
}
