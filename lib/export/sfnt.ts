/**
 * Just enough of the OpenType container format to turn fontkit's glyph subset (which carries
 * outlines and metrics but no character map) into a font a browser accepts: read a table
 * directory, write a cmap and a glyph-name-free post table, and write the font back with
 * correct checksums. Pure functions over bytes, used by the server's font subsetter.
 */
export type SfntTables = Map<string, Uint8Array>;

export function readSfntTables(bytes: Uint8Array): SfntTables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables: SfntTables = new Map();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > bytes.byteLength) throw new Error(`sfnt table ${tag} runs past the end of the font`);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(data.byteLength / 4) * 4);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Writes a TrueType font from its tables: records sorted by tag, data 4-byte aligned, head.checkSumAdjustment set. */
export function writeSfnt(tables: SfntTables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 16;
  const headerLength = 12 + count * 16;
  const total = tags.reduce((n, tag) => n + Math.ceil(tables.get(tag)!.byteLength / 4) * 4, headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - searchRange);
  let offset = headerLength;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = new Uint8Array(tables.get(tag)!);
    if (tag === "head") {
      new DataView(data.buffer).setUint32(8, 0);
      headOffset = offset;
    }
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c);
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.byteLength);
    out.set(data, offset);
    offset += Math.ceil(data.byteLength / 4) * 4;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/**
 * A cmap with one format 4 subtable (Unicode BMP, platform 3 encoding 1): code point → glyph id.
 * Code points beyond the BMP are dropped; the dashboard draws none.
 */
export function cmapFormat4(mapping: ReadonlyMap<number, number>): Uint8Array {
  const codes = [...mapping.keys()].filter((c) => c > 0 && c < 0xffff).sort((a, b) => a - b);
  // One segment per run of consecutive code points, plus the required final 0xFFFF segment.
  const segments: { start: number; end: number }[] = [];
  for (const code of codes) {
    const last = segments[segments.length - 1];
    if (last && last.end === code - 1) last.end = code;
    else segments.push({ start: code, end: code });
  }
  const glyphIds: number[] = [];
  const rangeOffsets: number[] = [];
  const segCount = segments.length + 1;
  segments.forEach((s, i) => {
    // Glyph ids listed in glyphIdArray, addressed relative to this idRangeOffset slot.
    rangeOffsets.push((segCount - i + glyphIds.length) * 2);
    for (let c = s.start; c <= s.end; c++) glyphIds.push(mapping.get(c) ?? 0);
  });
  const subtableLength = 16 + segCount * 8 + glyphIds.length * 2;
  const out = new Uint8Array(12 + subtableLength);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0);
  view.setUint16(2, 1);
  view.setUint16(4, 3);
  view.setUint16(6, 1);
  view.setUint32(8, 12);
  let p = 12;
  const u16 = (v: number) => {
    view.setUint16(p, v & 0xffff);
    p += 2;
  };
  const entrySelector = Math.floor(Math.log2(segCount));
  const searchRange = 2 * 2 ** entrySelector;
  u16(4);
  u16(subtableLength);
  u16(0);
  u16(segCount * 2);
  u16(searchRange);
  u16(entrySelector);
  u16(segCount * 2 - searchRange);
  for (const s of segments) u16(s.end);
  u16(0xffff);
  u16(0);
  for (const s of segments) u16(s.start);
  u16(0xffff);
  for (let i = 0; i < segCount; i++) u16(i === segCount - 1 ? 1 : 0);
  for (const offset of rangeOffsets) u16(offset);
  u16(0);
  for (const id of glyphIds) u16(id);
  return out;
}

/** post version 3 (no glyph names): the original header with the version changed. */
export function postVersion3(original: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  out.set(original.subarray(0, 32));
  new DataView(out.buffer).setUint32(0, 0x00030000);
  return out;
}

/** Looks a code point up in a format 4 cmap (as written above): the inverse, for tests and checks. */
export function lookupFormat4(cmap: Uint8Array, code: number): number {
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const sub = view.getUint32(8);
  const segX2 = view.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const offsets = deltas + segX2;
  for (let i = 0; i < segX2 / 2; i++) {
    if (code > view.getUint16(ends + i * 2)) continue;
    const start = view.getUint16(starts + i * 2);
    if (code < start) return 0;
    const rangeOffset = view.getUint16(offsets + i * 2);
    if (rangeOffset === 0) return (code + view.getInt16(deltas + i * 2)) & 0xffff;
    return view.getUint16(offsets + i * 2 + rangeOffset + (code - start) * 2);
  }
  return 0;
}
