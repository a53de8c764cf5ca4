/**
 * The characters of a font subset written into its URL, so the URL is the subset's content key
 * (one URL per set of characters and weight, cacheable for ever). Code points are sorted, then
 * each gap to the previous one is written as base64url digits of 5 bits, least significant
 * first, the 6th bit marking "more digits follow": a page's ~700 CJK characters take ~1.3 KB.
 */
/**
 * The longest code a GET URL carries: with the rest of the request line and the headers it stays
 * under the 8 KB header limit the server runs with (README, Hardening). A larger set of characters
 * goes by POST /api/export/font instead.
 */
export const MAX_FONT_CODE_LENGTH = 6000;

const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Map([...DIGITS].map((d, i) => [d, i]));

/** The URL code of the distinct characters of `text` (whitespace and controls left out). */
export function encodeFontChars(text: string): string {
  const points = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((p) => p > 0x20 && !(p >= 0x7f && p < 0xa0)).sort((a, b) => a - b);
  let out = "";
  let previous = 0;
  for (const point of points) {
    let gap = point - previous;
    previous = point;
    do {
      const low = gap & 31;
      gap = Math.floor(gap / 32);
      out += DIGITS[low | (gap > 0 ? 32 : 0)];
    } while (gap > 0);
  }
  return out;
}

/** The characters of a code, or null when it is not exactly what encodeFontChars writes (one URL per subset). */
export function decodeFontChars(code: string, maxChars: number): string | null {
  const points: number[] = [];
  let previous = 0;
  let gap = 0;
  let scale = 1;
  for (const digit of code) {
    const value = VALUE.get(digit);
    if (value === undefined) return null;
    gap += (value & 31) * scale;
    scale *= 32;
    if (scale > 32 ** 5) return null;
    if (value & 32) continue;
    previous += gap;
    if (previous > 0x10ffff || points.length >= maxChars) return null;
    points.push(previous);
    gap = 0;
    scale = 1;
  }
  if (scale !== 1 || points.length === 0) return null;
  const text = String.fromCodePoint(...points);
  return encodeFontChars(text) === code ? text : null;
}
