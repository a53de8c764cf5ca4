import type { SfntTables } from "./sfnt";

/**
 * Copies the chosen glyphs of a TrueType (glyf) font into new glyf/loca/hmtx tables, renumbered
 * in the order given, with composite glyphs' components pulled in and their references
 * rewritten. Written here rather than taken from fontkit because fontkit's subset writes short
 * loca offsets without padding odd-length glyphs, which shifts every later glyph.
 */
export type GlyphSubset = { tables: SfntTables; newIds: Map<number, number> };

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function need(tables: SfntTables, tag: string): Uint8Array {
  const table = tables.get(tag);
  if (!table) throw new Error(`font has no ${tag} table`);
  return table;
}

/** glyphIds: old ids in the order wanted; id 0 (.notdef) is always first. */
export function subsetGlyphs(tables: SfntTables, glyphIds: readonly number[]): GlyphSubset {
  const head = need(tables, "head");
  const glyf = need(tables, "glyf");
  const loca = view(need(tables, "loca"));
  const hhea = need(tables, "hhea");
  const hmtx = view(need(tables, "hmtx"));
  const maxp = need(tables, "maxp");
  const longLoca = view(head).getInt16(50) === 1;
  const numGlyphs = view(maxp).getUint16(4);
  const numMetrics = view(hhea).getUint16(34);
  const offsetOf = (id: number) => (longLoca ? loca.getUint32(id * 4) : loca.getUint16(id * 2) * 2);

  const order: number[] = [];
  const newIds = new Map<number, number>();
  const add = (id: number) => {
    if (id >= numGlyphs) throw new Error(`glyph ${id} is not in the font`);
    if (!newIds.has(id)) {
      newIds.set(id, order.length);
      order.push(id);
    }
    return newIds.get(id)!;
  };
  add(0);
  glyphIds.forEach(add);

  const bodies: Uint8Array[] = [];
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    const body = glyf.slice(offsetOf(id), offsetOf(id + 1));
    if (body.byteLength >= 10 && view(body).getInt16(0) < 0) {
      // Composite: walk its components, renumbering each (which may append to `order`).
      const v = view(body);
      let p = 10;
      for (;;) {
        const flags = v.getUint16(p);
        v.setUint16(p + 2, add(v.getUint16(p + 2)));
        p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
        if (flags & WE_HAVE_A_SCALE) p += 2;
        else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
        else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
        if (!(flags & MORE_COMPONENTS)) break;
      }
    }
    bodies.push(body);
  }

  const padded = (n: number) => Math.ceil(n / 4) * 4;
  const newGlyf = new Uint8Array(bodies.reduce((n, b) => n + padded(b.byteLength), 0));
  const newLoca = new Uint8Array((order.length + 1) * 4);
  const newHmtx = new Uint8Array(order.length * 4);
  let offset = 0;
  order.forEach((id, i) => {
    newGlyf.set(bodies[i]!, offset);
    view(newLoca).setUint32(i * 4, offset);
    offset += padded(bodies[i]!.byteLength);
    const metric = Math.min(id, numMetrics - 1);
    const lsb = id < numMetrics ? hmtx.getInt16(id * 4 + 2) : hmtx.getInt16(numMetrics * 4 + (id - numMetrics) * 2);
    view(newHmtx).setUint16(i * 4, hmtx.getUint16(metric * 4));
    view(newHmtx).setInt16(i * 4 + 2, lsb);
  });
  view(newLoca).setUint32(order.length * 4, offset);

  const newHead = head.slice();
  view(newHead).setInt16(50, 1);
  const newHhea = hhea.slice();
  view(newHhea).setUint16(34, order.length);
  const newMaxp = maxp.slice();
  view(newMaxp).setUint16(4, order.length);

  const out: SfntTables = new Map([
    ["glyf", newGlyf],
    ["loca", newLoca],
    ["hmtx", newHmtx],
    ["head", newHead],
    ["hhea", newHhea],
    ["maxp", newMaxp],
  ]);
  return { tables: out, newIds };
}
