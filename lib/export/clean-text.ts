/**
 * The one cleaner for text written into an exported file (CSV, XLSX, SVG, PDF). XML 1.0 (XLSX's
 * parts, SVG) cannot hold C0 controls other than tab, LF and CR, lone surrogates or U+FFFE/U+FFFF:
 * one such character in a record title makes Excel offer to "repair" the workbook. C1 controls,
 * DEL and the other Unicode non-characters have no glyph and no meaning in a report, so they go too.
 * Every writer in lib/export calls this on each piece of text it writes.
 */
const PLANE_ENDS = Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join("");
// With the u flag a surrogate pair is one code point, so \uD800-\uDFFF matches only a lone half.
const UNWRITABLE = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uD800-\\uDFFF${PLANE_ENDS}]`, "gu");

export function cleanExportText(text: string): string {
  return text.replace(UNWRITABLE, "");
}

/** Cleans every string inside plain objects and arrays (a briefing's blocks); other values pass as they are. */
export function cleanExportStrings<T>(value: T): T {
  if (typeof value === "string") return cleanExportText(value) as T;
  if (Array.isArray(value)) return value.map(cleanExportStrings) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanExportStrings(v)])) as T;
  }
  return value;
}
