import { filtersToSearchParams, type Filters } from "../filter-params";

/** One key for one question: the query's name, its filters in canonical form, then its own arguments. */
export function cacheKey(name: string, filters: Filters | null, ...rest: (string | number | undefined)[]): string {
  return [name, filters ? filtersToSearchParams(filters).toString() : "", ...rest.map((r) => String(r ?? ""))].join("|");
}

/** FNV-1a, 32-bit, as 8 hex digits: short stable tags (ETags), not security. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
