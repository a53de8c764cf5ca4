import { constants, crc32, deflateRawSync } from "node:zlib";
import type { SplitPage } from "./split-page";

/**
 * A stored page compressed once, so a view costs a copy instead of a gzip run (about 3 ms of CPU
 * for the 150 KB overview, more than everything else a cached view costs). The nonce differs per
 * view, so the text between nonces is compressed piece by piece into one DEFLATE stream (RFC 1951)
 * and each view writes its nonce between them as a stored block:
 *
 *   gzip header · piece 0 · stored(nonce) · piece 1 · … · piece n · final empty block · CRC-32 · size
 *
 * Each piece ends with a sync flush (byte-aligned, not final), so the pieces and stored blocks
 * follow one another as blocks of one stream. Each piece is compressed with the 32 KB before it as
 * its dictionary, nonces written as NUL bytes: a back-reference then reaches text before the
 * nonce as a whole-page compression would, and never a nonce byte, since no piece contains a NUL
 * (pages that do are compressed without dictionaries). Only the CRC-32 is computed per view.
 */
export type GzipPage = { pieces: readonly Buffer<ArrayBuffer>[]; bytes: number };

const WINDOW = 32 * 1024;
// ID1 ID2, CM = deflate, no flags, no mtime, XFL 0, OS = unknown (RFC 1952).
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
// A final fixed-Huffman block holding only its end code: BFINAL=1, BTYPE=01, then seven zero bits.
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
const NUL = 0x00;

export function gzipPieces(page: SplitPage): GzipPage {
  const withDictionary = page.pieces.every((piece) => piece.indexOf(NUL) < 0);
  const window: Buffer[] = [];
  let windowBytes = 0;
  const pieces = page.pieces.map((piece, i) => {
    if (i > 0 && withDictionary) {
      window.push(Buffer.alloc(page.nonceBytes, NUL));
      windowBytes += page.nonceBytes;
    }
    const dictionary = windowBytes > 0 ? Buffer.concat(window).subarray(-WINDOW) : undefined;
    const compressed = piece.length === 0 ? Buffer.alloc(0) : deflateRawSync(piece, { level: 9, finishFlush: constants.Z_SYNC_FLUSH, ...(dictionary ? { dictionary } : {}) });
    if (withDictionary) {
      window.push(piece);
      windowBytes += piece.length;
      while (windowBytes - window[0]!.length >= WINDOW) windowBytes -= window.shift()!.length;
    }
    return compressed as Buffer<ArrayBuffer>;
  });
  return { pieces, bytes: pieces.reduce((sum, p) => sum + p.length, 0) };
}

/** The gzip member of `page` with `nonce` where its render's nonce was (see above). */
export function gzipWithNonce(page: SplitPage, gzip: GzipPage, nonce: string): Buffer<ArrayBuffer> {
  const nonceBuffer = Buffer.from(nonce, "utf8");
  const nonces = page.pieces.length - 1;
  if (nonces > 0 && nonceBuffer.length > 0xffff) throw new Error("a nonce longer than a stored block");
  const stored = Buffer.from([0x00, nonceBuffer.length & 0xff, nonceBuffer.length >> 8, ~nonceBuffer.length & 0xff, (~nonceBuffer.length >> 8) & 0xff]);
  const out = Buffer.allocUnsafe(HEADER.length + gzip.bytes + nonces * (stored.length + nonceBuffer.length) + FINAL_BLOCK.length + 8);
  let at = HEADER.copy(out, 0);
  let crc = 0;
  let size = 0;
  page.pieces.forEach((piece, i) => {
    if (i > 0) {
      at += stored.copy(out, at);
      at += nonceBuffer.copy(out, at);
      crc = crc32(nonceBuffer, crc);
      size += nonceBuffer.length;
    }
    at += gzip.pieces[i]!.copy(out, at);
    crc = crc32(piece, crc);
    size += piece.length;
  });
  at += FINAL_BLOCK.copy(out, at);
  at = out.writeUInt32LE(crc >>> 0, at);
  out.writeUInt32LE(size % 2 ** 32, at);
  return out;
}
