import "server-only";
import fontkit from "@pdf-lib/fontkit";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { subsetGlyphs } from "./glyf-subset";
import type { ExportFontWeight } from "./svg-compose";
import { cmapFormat4, postVersion3, readSfntTables, writeSfnt } from "./sfnt";

/**
 * Subsets Noto Sans SC to the characters an export draws, so an SVG can carry its font inline
 * and a PDF embeds a few kilobytes instead of a 10 MB font. The full fonts stay on the server.
 */
export { EXPORT_FONT_WEIGHTS, type ExportFontWeight } from "./svg-compose";

// Literal paths inside the reads, so the build's file tracing ships exactly these two fonts with the server.
function readFont(weight: ExportFontWeight): Promise<Buffer> {
  return weight === 700
    ? readFile(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"))
    : readFile(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"));
}

type Loaded = { bytes: Uint8Array; font: fontkit.Font };
const cache = new Map<ExportFontWeight, Promise<Loaded>>();

function load(weight: ExportFontWeight): Promise<Loaded> {
  let loaded = cache.get(weight);
  if (!loaded) {
    loaded = readFont(weight).then((buffer) => {
      const bytes = new Uint8Array(buffer);
      return { bytes, font: fontkit.create(bytes) };
    });
    // A failed read is not cached, so the next request tries again.
    loaded.catch(() => cache.delete(weight));
    cache.set(weight, loaded);
  }
  return loaded;
}

/** A TrueType font holding only the glyphs of `text` (plus the space and .notdef), with a cmap. */
export async function subsetFont(weight: ExportFontWeight, text: string): Promise<Uint8Array> {
  const { bytes, font } = await load(weight);
  const wanted = new Map<number, number>();
  for (const char of new Set([" ", ...text])) {
    const code = char.codePointAt(0)!;
    const glyph = font.glyphForCodePoint(code);
    if (glyph.id !== 0) wanted.set(code, glyph.id);
  }
  const original = readSfntTables(bytes);
  const { tables, newIds } = subsetGlyphs(original, [...wanted.values()]);
  tables.set("cmap", cmapFormat4(new Map([...wanted].map(([code, id]) => [code, newIds.get(id)!]))));
  tables.set("post", postVersion3(original.get("post")!));
  // Hinting programs and rendering hints the glyph instructions rely on, and the font's names.
  for (const tag of ["OS/2", "name", "prep", "fpgm", "cvt ", "gasp"]) {
    const table = original.get(tag);
    if (table) tables.set(tag, table);
  }
  return writeSfnt(tables);
}
