// Runs in the browser only (DOM, canvas, fetch of font subsets): kept out of server bundles.
import "client-only";
import fontkit from "@pdf-lib/fontkit";
import { concatTransformationMatrix, drawObject, PDFDocument, popGraphicsState, pushGraphicsState, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import QRCode from "qrcode";
import type { Block, Briefing } from "./briefing-content";
import { cleanExportStrings } from "./clean-text";
import { embedDrawing } from "./pdf-vector";
import { subsetFontName } from "./pdf-font-name";
import { wrapText } from "./text-wrap";

/**
 * Lays a briefing out on A4 with pdf-lib, in the browser (or Node, for tests): no headless
 * browser, no outside service. Text flows on portrait pages; each chart gets a page of its own,
 * portrait or landscape, whichever shows it larger, never above 1 pt per CSS pixel, drawn as
 * vector graphics with real (selectable, searchable) text. The fonts are the server's Noto Sans
 * SC subsets holding exactly the characters drawn, named as tagged subsets (ABCDEF+Name).
 */
export type PdfFonts = { regular: Uint8Array; bold: Uint8Array };
export type PdfMeta = { pageLabel: (page: number, pages: number) => string; language: string; subject: string; createdAt: Date };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
const TOP = 58;
const BOTTOM = 50;
const INK = rgb(0.106, 0.141, 0.188);
const MUTED = rgb(0.29, 0.333, 0.388);
const DEMO = rgb(0.541, 0.353, 0);
const LINE = rgb(0.851, 0.871, 0.898);
const HEAD_FILL = rgb(0.969, 0.976, 0.984);

type Layout = { doc: PDFDocument; regular: PDFFont; bold: PDFFont; page: PDFPage | null; y: number };

function newPage(layout: Layout, landscape = false): PDFPage {
  layout.page = layout.doc.addPage(landscape ? [A4[1], A4[0]] : A4);
  layout.y = layout.page.getHeight() - TOP;
  return layout.page;
}

function contentWidth(page: PDFPage): number {
  return page.getWidth() - 2 * MARGIN;
}

/** Room for `height` more points on the current text page, or a new portrait page. */
function room(layout: Layout, height: number): PDFPage {
  if (!layout.page || layout.page.getWidth() > layout.page.getHeight() || layout.y - height < BOTTOM) return newPage(layout);
  return layout.page;
}

function drawLines(layout: Layout, text: string, font: PDFFont, size: number, color: RGB, lineHeight: number) {
  const width = contentWidth(layout.page ?? newPage(layout));
  for (const line of wrapText(text, width, (s) => font.widthOfTextAtSize(s, size))) {
    const page = room(layout, lineHeight);
    layout.y -= lineHeight;
    page.drawText(line, { x: MARGIN, y: layout.y + (lineHeight - size) / 2 + size * 0.12, size, font, color });
  }
}

function drawTable(layout: Layout, block: Extract<Block, { kind: "table" }>) {
  const size = 9.5;
  const rowHeight = 17;
  const width = contentWidth(layout.page ?? newPage(layout));
  const natural = block.columns.map((c, i) => Math.max(layout.bold.widthOfTextAtSize(c, size), ...block.rows.map((r) => layout.regular.widthOfTextAtSize(r[i] ?? "", size))) + 12);
  const scale = Math.min(1, width / natural.reduce((a, b) => a + b, 0));
  const widths = natural.map((w) => w * scale);
  const row = (cells: string[], font: PDFFont, header: boolean) => {
    const page = room(layout, rowHeight);
    layout.y -= rowHeight;
    if (header) page.drawRectangle({ x: MARGIN, y: layout.y, width: widths.reduce((a, b) => a + b, 0), height: rowHeight, color: HEAD_FILL });
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      let text = cell;
      while (text.length > 1 && font.widthOfTextAtSize(text, size) > w - 8) text = `${text.slice(0, -2)}…`;
      const textWidth = font.widthOfTextAtSize(text, size);
      const tx = block.numeric[i] ? x + w - 6 - textWidth : x + 6;
      page.drawText(text, { x: tx, y: layout.y + 5, size, font, color: header ? MUTED : INK });
      x += w;
    });
    page.drawLine({ start: { x: MARGIN, y: layout.y }, end: { x: MARGIN + widths.reduce((a, b) => a + b, 0), y: layout.y }, thickness: 0.5, color: LINE });
  };
  row(block.columns, layout.bold, true);
  block.rows.forEach((cells) => {
    // A table continued on a new page repeats its header.
    if (layout.page && layout.y - rowHeight < BOTTOM) {
      newPage(layout);
      row(block.columns, layout.bold, true);
    }
    row(cells, layout.regular, false);
  });
  layout.y -= 6;
}

async function drawChart(layout: Layout, block: Extract<Block, { kind: "drawing" }>) {
  const fit = (w: number, h: number) => Math.min(1, (w - 2 * MARGIN) / block.width, (h - TOP - BOTTOM) / block.height);
  const landscape = fit(A4[1], A4[0]) > fit(A4[0], A4[1]);
  const page = newPage(layout, landscape);
  const scale = fit(page.getWidth(), page.getHeight());
  const form = await embedDrawing(layout.doc, block, { regular: layout.regular, bold: layout.bold });
  const name = page.node.newXObject("Chart", form);
  const width = block.width * scale;
  const height = block.height * scale;
  const x = (page.getWidth() - width) / 2;
  const y = page.getHeight() - TOP - height;
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(scale, 0, 0, scale, x, y), drawObject(name), popGraphicsState());
  page.drawRectangle({ x, y, width, height, borderColor: LINE, borderWidth: 0.5 });
  // Text after a chart starts on a fresh page.
  layout.page = null;
}

/** The view's QR code as vector squares (sharp at any zoom, no image), its caption beside it. */
function drawQr(layout: Layout, block: Extract<Block, { kind: "qr" }>) {
  const size = 84;
  const page = room(layout, size + 12);
  const qr = QRCode.create(block.url, { errorCorrectionLevel: "M" });
  const count = qr.modules.size;
  const cell = size / (count + 8);
  const top = layout.y - 6;
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) page.drawRectangle({ x: MARGIN + (col + 4) * cell, y: top - (row + 5) * cell, width: cell, height: cell, color: INK });
    }
  }
  const textX = MARGIN + size + 12;
  const width = page.getWidth() - MARGIN - textX;
  let y = top - 20;
  for (const line of wrapText(block.caption, width, (s) => layout.regular.widthOfTextAtSize(s, 9))) {
    page.drawText(line, { x: textX, y, size: 9, font: layout.regular, color: MUTED });
    y -= 13;
  }
  layout.y = top - size - 6;
}

function drawFurniture(layout: Layout, briefing: Briefing, meta: PdfMeta) {
  const pages = layout.doc.getPages();
  pages.forEach((page, i) => {
    const size = 8;
    const width = page.getWidth();
    let header = briefing.runningHeader;
    while (header.length > 1 && layout.regular.widthOfTextAtSize(header, size) > width - 2 * MARGIN) header = `${header.slice(0, -2)}…`;
    page.drawText(header, { x: MARGIN, y: page.getHeight() - 30, size, font: layout.regular, color: MUTED });
    page.drawLine({ start: { x: MARGIN, y: page.getHeight() - 36 }, end: { x: width - MARGIN, y: page.getHeight() - 36 }, thickness: 0.5, color: LINE });
    const label = meta.pageLabel(i + 1, pages.length);
    page.drawText(label, { x: width - MARGIN - layout.regular.widthOfTextAtSize(label, size), y: 24, size, font: layout.regular, color: MUTED });
    page.drawText(briefing.footer, { x: MARGIN, y: 24, size, font: layout.regular, color: briefing.demo ? DEMO : MUTED });
    if (briefing.viewUrl) {
      // Every page says where its live figures are.
      let url = briefing.viewUrl;
      while (url.length > 1 && layout.regular.widthOfTextAtSize(url, 7) > width - 2 * MARGIN) url = `${url.slice(0, -2)}…`;
      page.drawText(url, { x: MARGIN, y: 13, size: 7, font: layout.regular, color: MUTED });
    }
  });
}

export async function renderBriefingPdf(raw: Briefing, fonts: PdfFonts, meta: PdfMeta): Promise<{ bytes: Uint8Array; pages: number }> {
  const briefing = cleanExportStrings(raw);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // The fonts are already subsets (see /api/export/font); pdf-lib embeds them as they are,
  // under the tagged name a subset must carry, so readers do not look for the whole font.
  const embed = (bytes: Uint8Array) => doc.embedFont(bytes, { subset: false, customName: subsetFontName(bytes) });
  const [regular, bold] = await Promise.all([embed(fonts.regular), embed(fonts.bold)]);
  doc.setTitle(briefing.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setLanguage(meta.language);
  doc.setCreator("Duikou");
  doc.setProducer("Duikou (pdf-lib)");
  doc.setCreationDate(meta.createdAt);
  const layout: Layout = { doc, regular, bold, page: null, y: 0 };
  for (const block of briefing.blocks) {
    if (block.kind === "title") drawLines(layout, block.text, bold, 18, INK, 28);
    else if (block.kind === "heading") {
      room(layout, 70); // keep a heading with what follows it
      layout.y -= 8;
      drawLines(layout, block.text, bold, 13, INK, 20);
    } else if (block.kind === "paragraph") drawLines(layout, block.text, regular, 10, block.tone === "demo" ? DEMO : block.tone === "muted" ? MUTED : INK, 15);
    else if (block.kind === "table") drawTable(layout, block);
    else if (block.kind === "qr") drawQr(layout, block);
    else await drawChart(layout, block);
  }
  drawFurniture(layout, briefing, meta);
  return { bytes: await doc.save(), pages: doc.getPageCount() };
}
