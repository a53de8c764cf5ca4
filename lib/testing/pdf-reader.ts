import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Reads a PDF the way a viewer does (Mozilla's pdf.js), for tests: each page's text as a reader
 * extracts it (what selection, copy and search see) and the names of the fonts each page uses.
 */
export type PdfPageText = { text: string; items: string[]; fonts: string[] };

export async function readPdfPages(bytes: Uint8Array): Promise<PdfPageText[]> {
  // pdf.js takes ownership of the buffer it is given.
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.map((item) => ("str" in item ? item.str : "")).filter((s) => s.length > 0);
      // Loading the operator list makes pdf.js parse each font; its name is the PDF's BaseFont.
      const ops = await page.getOperatorList();
      const fontIds = new Set<string>();
      ops.fnArray.forEach((fn, i) => {
        if (fn === OPS.setFont) fontIds.add(String((ops.argsArray[i] as unknown[])[0]));
      });
      const fonts = [...fontIds].map((id) => (page.commonObjs.get(id) as { name?: string }).name ?? id);
      pages.push({ text: items.join(""), items, fonts });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
