/**
 * One rule per URL parameter, shared by the pages and every route handler, so a value is read
 * (and refused) the same way wherever it appears. Pure: no database, no locale.
 */

/** Above this many characters a query string is refused whole before anything is parsed (proxy.ts). */
export const MAX_QUERY_LENGTH = 4096;
/** Above this many key=value pairs a query is refused before any value is read. */
export const MAX_PARAM_COUNT = 64;
/** At most this many problems are listed for one request; the rest are counted ("and N more"). */
export const MAX_ISSUES = 20;

/**
 * Integers are digits only: `0x10`, ` 1 `, `2.0e3`, `+5`, `1_000` are refused, where Number()
 * or z.coerce would read them. Nine digits at most, so the value is checked before it is
 * converted and a long run of digits never becomes an imprecise float.
 */
export function parseInteger(value: string, min: number, max: number): number | undefined {
  if (!/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** True when a run of digits is too large or too small, as opposed to not being a number at all. */
export function isDigits(value: string): boolean {
  return /^\d{1,9}$/.test(value);
}

/**
 * Characters no parameter may hold: C0 and C1 controls (NUL would cut a search short in some
 * layers), DEL, lone surrogates and Unicode non-characters (U+FDD0–U+FDEF and every U+xxFFFE/
 * U+xxFFFF), which XML-based files such as XLSX cannot contain.
 */
const PLANE_ENDS = Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join("");
// With the u flag a surrogate pair is one code point, so [\uD800-\uDFFF] matches only a lone half.
const FORBIDDEN = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uD800-\\uDFFF${PLANE_ENDS}]`, "u");

export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN.test(value);
}

/** A value shown back in a message: forbidden characters made visible as U+XXXX, then shortened. */
export function displayValue(value: string, max = 40): string {
  const visible = value.replace(new RegExp(FORBIDDEN.source, "gu"), (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return visible.length > max ? `${visible.slice(0, max)}…` : visible;
}

/** The allowed values of the parameters that take one word from a fixed list, for "use one of …" messages. */
export const BREAKDOWN_BY = ["district", "supporter"] as const;
