import "server-only";
import JSZip from "jszip";
import { IMPORT_LIMITS, ImportRefused } from "./limits";

export type SheetPart = { path: string; name: string; sheetNo: string };

/**
 * Inflates an entry chunk by chunk; `onChunk` may throw to stop (the stream is then paused and
 * dropped, so a bomb is never inflated past the cap).
 */
function inflate(file: JSZip.JSZipObject, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      try {
        onChunk(chunk);
      } catch (error) {
        stream.pause();
        stream.removeAllListeners();
        reject(error);
      }
    });
    stream.on("end", () => resolve());
    stream.on("error", () => reject(new ImportRefused({ message: "unreadableXlsx" })));
  });
}

/** Reads a small entry to the end, counting inflated bytes; refuses past the cap. */
async function inflatedText(file: JSZip.JSZipObject, cap: number, message: string, keep: boolean): Promise<{ size: number; text: string }> {
  let size = 0;
  const chunks: Buffer[] = [];
  await inflate(file, (chunk) => {
    size += chunk.length;
    if (size > cap) throw new ImportRefused({ message, params: { cap: Math.round(cap / 1024 / 1024) } });
    if (keep) chunks.push(chunk);
  });
  return { size, text: keep ? Buffer.concat(chunks).toString("utf8") : "" };
}

function compressedSize(file: JSZip.JSZipObject): number {
  // JSZip keeps the central directory's compressed size on the entry; used only for the ratio check.
  return (file as unknown as { _data?: { compressedSize?: number } })._data?.compressedSize ?? 0;
}

/**
 * Checks that a ZIP is an XLSX and not a bomb before exceljs reads it: the parts an XLSX must
 * have, at most maxSheets worksheets, each part's inflated size and compression ratio, and the
 * worksheet's declared dimension. Returns the opened ZIP and its worksheets in tab order.
 */
export async function inspectXlsx(bytes: Buffer): Promise<{ zip: JSZip; sheets: SheetPart[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new ImportRefused({ message: "notZip" });
  }
  const workbook = zip.file("xl/workbook.xml");
  const rels = zip.file("xl/_rels/workbook.xml.rels");
  if (!zip.file("[Content_Types].xml") || !workbook || !rels) throw new ImportRefused({ message: "notXlsx" });
  const small = 2 * 1024 * 1024;
  const bookXml = (await inflatedText(workbook, small, "bomb", true)).text;
  const relsXml = (await inflatedText(rels, small, "bomb", true)).text;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  const sheets: SheetPart[] = [];
  const partsSeen = new Set<string>();
  for (const m of bookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decodeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? "";
    const target = targets.get(rid);
    const sheetNo = target ? /^worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1] : undefined;
    if (!target || !sheetNo) throw new ImportRefused({ message: "sheetPath", params: { sheet: name } });
    // Two tabs on one part would read its rows twice. (A Set: the count is capped only after this loop.)
    if (partsSeen.has(sheetNo)) throw new ImportRefused({ message: "sheetPath", params: { sheet: name } });
    partsSeen.add(sheetNo);
    sheets.push({ path: `xl/${target}`, name, sheetNo });
  }
  if (sheets.length === 0) throw new ImportRefused({ message: "noSheets" });
  if (sheets.length > IMPORT_LIMITS.maxSheets) throw new ImportRefused({ message: "tooManySheets", params: { max: IMPORT_LIMITS.maxSheets } });

  const shared = zip.file("xl/sharedStrings.xml");
  if (shared) await checkPart(shared, IMPORT_LIMITS.maxSharedStringsBytes, "sharedStringsTooLarge");
  // The reader parses the styles into memory before any sheet: a real one is tens of KB.
  const styles = zip.file("xl/styles.xml");
  if (styles) await checkPart(styles, IMPORT_LIMITS.maxStylesBytes, "bomb");
  let sheetBytes = 0;
  for (const sheet of sheets) {
    const file = zip.file(sheet.path);
    if (!file) throw new ImportRefused({ message: "sheetPath", params: { sheet: sheet.name } });
    sheetBytes += await checkPart(file, IMPORT_LIMITS.maxSheetBytes - sheetBytes, "sheetTooLarge", sheet.name);
  }
  return { zip, sheets };
}

async function checkPart(file: JSZip.JSZipObject, cap: number, message: string, sheet?: string): Promise<number> {
  let size = 0;
  let head = "";
  await inflate(file, (chunk) => {
    size += chunk.length;
    if (head.length < 4096) {
      head += chunk.toString("utf8", 0, Math.min(chunk.length, 4096));
      if (sheet) checkDimension(head, sheet);
    }
    if (size > cap) throw new ImportRefused({ message, params: { cap: Math.round(cap / 1024 / 1024), sheet: sheet ?? "" } });
  });
  const packed = compressedSize(file);
  if (packed > 0 && size > 1024 * 1024 && size / packed > IMPORT_LIMITS.maxRatio) throw new ImportRefused({ message: "bomb" });
  return size;
}

/** A declared <dimension ref="A1:XFD1048576"/> beyond the caps is refused before any row is read. */
function checkDimension(head: string, sheet: string): void {
  const ref = /<dimension\s+ref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"/.exec(head);
  if (!ref) return;
  const lastCol = ref[3] ?? ref[1] ?? "A";
  const lastRow = Number(ref[4] ?? ref[2] ?? 1);
  const cols = [...lastCol].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  if (lastRow > IMPORT_LIMITS.maxRows + 50 || cols > IMPORT_LIMITS.maxColumns * 4)
    throw new ImportRefused({ message: "dimension", params: { sheet, ref: `${ref[1] ?? ""}${ref[2] ?? ""}:${lastCol}${lastRow}`, rows: IMPORT_LIMITS.maxRows, columns: IMPORT_LIMITS.maxColumns } });
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
