// Runs in the browser only (DOM, canvas, fetch of font subsets): kept out of server bundles.
import "client-only";
import { encodeFontChars, MAX_FONT_CODE_LENGTH } from "./font-chars-code";
import type { ExportFontWeight } from "./svg-compose";

/**
 * Font subsets for exports, fetched from /api/export/font/<weight>/<characters> (a URL that is the
 * subset's content, so the browser's cache keeps it across pages and visits) and kept for the
 * page's life. A subset that already holds every character asked for is reused; otherwise one
 * subset covering both the old and the new characters replaces it. Nothing is fetched until an
 * export starts or a pointer or the keyboard focus reaches an export control.
 */
export type FontSubset = { chars: ReadonlySet<string>; bytes: Uint8Array; base64: string };

const subsets = new Map<ExportFontWeight, Promise<FontSubset>>();

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function request(weight: ExportFontWeight, chars: Set<string>): Promise<FontSubset> {
  const text = [...chars].join("");
  const code = encodeFontChars(text);
  // A set too large for a URL (thousands of characters) goes in a body: uncached, but rare.
  const response =
    code.length <= MAX_FONT_CODE_LENGTH
      ? await fetch(`/api/export/font/${weight}/${code}`)
      : await fetch("/api/export/font", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ weight, text }) });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { issues?: { message: string }[] } | null;
    throw new Error(body?.issues?.map((i) => i.message).join(" ") || `HTTP ${response.status}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { chars, bytes, base64: toBase64(bytes) };
}

export async function fontSubset(weight: ExportFontWeight, text: string): Promise<FontSubset> {
  const current = await subsets.get(weight)?.catch(() => undefined);
  const wanted = [...text];
  if (current && wanted.every((c) => current.chars.has(c))) return current;
  const next = request(weight, new Set([...(current?.chars ?? []), ...wanted]));
  subsets.set(weight, next);
  return next;
}

/** The subsets for every weight that has text to draw. */
export async function fontSubsets(needs: Record<ExportFontWeight, string>): Promise<Partial<Record<ExportFontWeight, FontSubset>>> {
  const entries = await Promise.all(
    (Object.entries(needs) as [string, string][])
      .filter(([, text]) => text.length > 0)
      .map(async ([weight, text]) => [Number(weight) as ExportFontWeight, await fontSubset(Number(weight) as ExportFontWeight, text)] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * Starts fetching subsets for text about to be exported (on hover or focus of an export control),
 * so the export itself finds them ready. Failures are left for the export to report.
 */
export function prewarmFonts(text: string): void {
  const chars = [...new Set(text.replace(/\s+/g, ""))].join("");
  if (chars) void fontSubsets({ 400: chars, 700: chars }).catch(() => undefined);
}
