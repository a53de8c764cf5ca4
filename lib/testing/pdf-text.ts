import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFPage } from "pdf-lib";

/**
 * The text a PDF reader would find on each page, for tests: content streams decoded, each
 * `<hex> Tj` mapped back to characters through its font's ToUnicode CMap (pdf-lib writes one for
 * every embedded font). Enough for the briefing's pages; not a general PDF text extractor.
 */
function bytesOf(doc: PDFDocument, ref: unknown): Uint8Array | null {
  const obj = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  return obj instanceof PDFRawStream ? decodePDFRawStream(obj).decode() : null;
}

function cmapOf(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) => parseInt(h, 16);
  const chars = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map(hex));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(hex(src!), chars(dst!));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      for (let g = hex(lo!); g <= hex(hi!); g++) map.set(g, String.fromCodePoint(hex(dst!) + g - hex(lo!)));
  return map;
}

function pageFonts(doc: PDFDocument, page: PDFPage): Map<string, Map<number, string>> {
  const fonts = new Map<string, Map<number, string>>();
  const dict = page.node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
  for (const [name, ref] of dict?.entries() ?? []) {
    const font = doc.context.lookup(ref, PDFDict);
    const bytes = bytesOf(doc, font.get(PDFName.of("ToUnicode")));
    if (bytes) fonts.set(name.asString(), cmapOf(new TextDecoder().decode(bytes)));
  }
  return fonts;
}

export async function pdfPageTexts(data: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(data);
  return doc.getPages().map((page) => {
    const fonts = pageFonts(doc, page);
    const contents = page.node.get(PDFName.of("Contents"));
    const parts = contents instanceof PDFArray ? contents.asArray() : [contents];
    const stream = parts.map((p) => new TextDecoder("latin1").decode(bytesOf(doc, p) ?? new Uint8Array())).join("\n");
    let cmap = new Map<number, string>();
    const out: string[] = [];
    for (const [, font, hex] of stream.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (font) cmap = fonts.get(font) ?? new Map();
      else if (hex !== undefined) out.push((hex.match(/.{4}/g) ?? []).map((g) => cmap.get(parseInt(g, 16)) ?? "").join(""));
    }
    return out.join("\n");
  });
}
