import iconv from "iconv-lite";
import Papa from "papaparse";
import { IMPORT_LIMITS, ImportRefused } from "./limits";
import type { RawSheet } from "./raw-sheet";

export type CsvEncoding = "utf-8" | "utf-8-bom" | "gb18030";

/**
 * UTF-8 with or without BOM, else GB18030 (a superset of GBK, which Chinese Excel writes). Never
 * asks: valid UTF-8 is UTF-8; anything else is read as GB18030. UTF-16 (BOM) is named and refused.
 */
export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // Some tools put a UTF-8 BOM in front of GBK text: trust the bytes, not the mark.
    const rest = bytes.subarray(3);
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(rest), encoding: "utf-8-bom" };
    } catch {
      return { text: iconv.decode(rest, "gb18030"), encoding: "gb18030" };
    }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new ImportRefused({ message: "utf16" });
  if (bytes.includes(0)) throw new ImportRefused({ message: "binary" });
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(bytes, "gb18030"), encoding: "gb18030" };
  }
}

const DELIMITER_NAMES: Record<string, string> = { ";": "；(semicolon)", "\t": "Tab", "|": "|" };

/** A comma-separated file, one sheet; another delimiter is named in the refusal. */
export function readCsv(bytes: Buffer, name: string): { sheet: RawSheet; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const guessed = Papa.parse<string[]>(firstLine, { delimitersToGuess: [",", ";", "\t", "|"] }).meta.delimiter;
  if (guessed !== "," && !firstLine.includes(",") && firstLine.includes(guessed))
    throw new ImportRefused({ message: "delimiter", params: { delimiter: DELIMITER_NAMES[guessed] ?? guessed } });
  const parsed = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: false, preview: IMPORT_LIMITS.maxRows + 2 });
  const sheet: RawSheet = { name, rows: [] };
  parsed.data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return;
    sheet.rows.push({ rowNumber: i + 1, cells });
  });
  if (parsed.data.length > IMPORT_LIMITS.maxRows + 1) throw new ImportRefused({ message: "tooManyRows", params: { max: IMPORT_LIMITS.maxRows } });
  const wide = sheet.rows.find((r) => r.cells.length > IMPORT_LIMITS.maxColumns);
  if (wide) throw new ImportRefused({ message: "tooManyColumns", params: { sheet: name, row: wide.rowNumber, max: IMPORT_LIMITS.maxColumns } });
  return { sheet, encoding };
}
