import fontkit from "@pdf-lib/fontkit";

/**
 * The PDF name of an embedded font subset: a six-letter tag, a plus sign and the font's
 * PostScript name (ISO 32000 9.6.4), e.g. "KQWJZD+NotoSansSC-Regular". Readers and preflight
 * tools recognise a subset by the tag; it is derived from the subset's bytes, so the same
 * subset always gets the same tag and two different subsets (almost surely) different ones.
 */
export function subsetTag(bytes: Uint8Array): string {
  // FNV-1a over the bytes, spread over six letters A–Z.
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  let tag = "";
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.imul(Math.floor(hash / 26) ^ (i * 0x9e3779b1), 0x01000193) >>> 0;
  }
  return tag;
}

export function subsetFontName(bytes: Uint8Array): string {
  const postscript = fontkit.create(bytes).postscriptName?.replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, "") || "Font";
  return `${subsetTag(bytes)}+${postscript}`;
}
