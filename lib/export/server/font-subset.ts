import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import hbSubset from "subset-font";
import { Lru } from "@/lib/cache/lru";
import type { ExportFontWeight } from "../svg-compose";

/**
 * Subsets Noto Sans SC to the characters an export draws, with HarfBuzz (subset-font, wasm), so
 * an SVG can carry its font inline and a PDF embeds a few hundred kilobytes, not a 10 MB font.
 * The full fonts stay on the server.
 */
export { EXPORT_FONT_WEIGHTS, type ExportFontWeight } from "../svg-compose";

// Literal paths inside the reads, so the build's file tracing ships exactly these two fonts with the server.
function readFont(weight: ExportFontWeight): Promise<Buffer> {
  return weight === 700
    ? readFile(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"))
    : readFile(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"));
}

const fonts = new Map<ExportFontWeight, Promise<Buffer>>();
// Subsets already cut, by weight and characters: the same export asked twice costs one cut.
const subsets = new Lru<Promise<Uint8Array>>(32 * 1024 * 1024);

function load(weight: ExportFontWeight): Promise<Buffer> {
  let loaded = fonts.get(weight);
  if (!loaded) {
    loaded = readFont(weight);
    // A failed read is not kept, so the next request tries again.
    loaded.catch(() => fonts.delete(weight));
    fonts.set(weight, loaded);
  }
  return loaded;
}

/**
 * A TrueType font holding the glyphs of `text` (plus the space and .notdef) with their cmap.
 * No layout closure: exports place one glyph per character, so ligature and variant glyphs
 * reachable through GSUB would only add weight.
 */
export function subsetFont(weight: ExportFontWeight, text: string): Promise<Uint8Array> {
  const key = `${weight}|${text}`;
  const cached = subsets.get(key);
  if (cached) return cached;
  const cut = load(weight).then(async (font) => new Uint8Array(await hbSubset(font, ` ${text}`, { targetFormat: "sfnt", noLayoutClosure: true })));
  cut.then(
    (bytes) => subsets.set(key, cut, bytes.byteLength),
    () => subsets.delete(key),
  );
  subsets.set(key, cut, 1);
  return cut;
}
