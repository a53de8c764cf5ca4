// Runs in the browser only (DOM, canvas, fetch of font subsets): kept out of server bundles.
import "client-only";
import { buildCsv } from "./csv";
import { domToPrimitives } from "./dom-to-svg";
import { chartNotes, formatGeneratedAt, type ChartExportMeta, type NoteKey } from "./export-meta";
import { fontSubsets } from "./font-client";
import { svgToPng } from "./render-png";
import { composeSvg, glyphsNeeded } from "./svg-compose";
import { typedRows } from "./table-data";
import { ExportError } from "./export-errors";

/**
 * The one export mechanism every chart frame uses: the frame element becomes a self-describing
 * SVG (then a PNG at a pixel ratio), and the frame's table becomes CSV or XLSX with the same notes.
 */
export type ExportText = {
  note: (key: NoteKey) => string;
  /** "单位：亿元" / "Unit: 100m yuan". */
  pair: (label: string, value: string) => string;
  demoNote: string;
  dataSheet: string;
  notesSheet: string;
};

export { ExportError } from "./export-errors";

export type ChartImage = { svg: string; width: number; height: number };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function chartSvg(element: HTMLElement, meta: ChartExportMeta, text: ExportText): Promise<ChartImage> {
  const { width, height, primitives } = domToPrimitives(element);
  const subsets = await fontSubsets(glyphsNeeded(primitives)).catch((error: unknown) => {
    throw new ExportError("font", messageOf(error));
  });
  const description = [
    meta.caption,
    text.pair(text.note("unit"), meta.unit),
    text.pair(text.note("source"), meta.source),
    text.pair(text.note("asOf"), meta.asOf),
    meta.demo ? text.demoNote : "",
  ].filter(Boolean);
  const svg = composeSvg({
    width,
    height,
    title: meta.title,
    description: description.join(" · "),
    primitives,
    fonts: { 400: subsets[400]?.base64, 700: subsets[700]?.base64 },
  });
  return { svg, width, height };
}

export async function chartPng(element: HTMLElement, meta: ChartExportMeta, text: ExportText, pixelRatio: number): Promise<{ blob: Blob; width: number; height: number }> {
  const image = await chartSvg(element, meta, text);
  const blob = await svgToPng(image.svg, image.width, image.height, pixelRatio).catch((error: unknown) => {
    throw new ExportError("image", messageOf(error));
  });
  return { blob, width: image.width * pixelRatio, height: image.height * pixelRatio };
}

export function chartCsv(meta: ChartExportMeta, text: ExportText, now = new Date()): Blob {
  const notes = chartNotes(meta, text.note, text.demoNote, formatGeneratedAt(now));
  return new Blob([buildCsv(notes, meta.table.columns, typedRows(meta.table))], { type: "text/csv;charset=utf-8" });
}

export async function chartXlsx(meta: ChartExportMeta, text: ExportText, now = new Date()): Promise<Blob> {
  // exceljs is large: loaded only when someone asks for a workbook.
  const { buildXlsx } = await import("./xlsx");
  const buffer = await buildXlsx({
    dataSheet: text.dataSheet,
    notesSheet: text.notesSheet,
    columns: meta.table.columns,
    rows: typedRows(meta.table),
    notes: chartNotes(meta, text.note, text.demoNote, formatGeneratedAt(now)),
    decimals: meta.table.decimals,
  });
  return new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
