/**
 * A stored page as bytes cut at every occurrence of its render's CSP nonce, so a view is one
 * copy of those bytes with this request's nonce between them: no string to search, replace and
 * encode again for every view (a 150 KB page of Chinese text cost about 5 ms of CPU that way,
 * most of it the Response constructor checking the string).
 */
export type SplitPage = { pieces: readonly Buffer<ArrayBuffer>[]; nonceBytes: number; bytes: number };

/** Cuts `html` at each occurrence of `nonce` (all of them: attributes and the RSC payload). */
export function splitAtNonce(html: Buffer<ArrayBuffer>, nonce: string | null): SplitPage {
  if (!nonce) return { pieces: [html], nonceBytes: 0, bytes: html.length };
  const needle = Buffer.from(nonce, "utf8");
  const pieces: Buffer<ArrayBuffer>[] = [];
  let from = 0;
  for (let at = html.indexOf(needle, from); at >= 0; at = html.indexOf(needle, from)) {
    pieces.push(html.subarray(from, at));
    from = at + needle.length;
  }
  pieces.push(html.subarray(from));
  return { pieces, nonceBytes: needle.length, bytes: html.length };
}

/** Whether the stored page carries a nonce, i.e. may only be sent with a fresh one. */
export const hasNonce = (page: SplitPage) => page.pieces.length > 1;

/** The page with `nonce` wherever its render's nonce was (a page without one is sent as stored). */
export function joinWithNonce(page: SplitPage, nonce: string): Buffer<ArrayBuffer> {
  if (!hasNonce(page)) return page.pieces[0]!;
  const nonceBuffer = Buffer.from(nonce, "utf8");
  const out = Buffer.allocUnsafe(page.bytes + (page.pieces.length - 1) * (nonceBuffer.length - page.nonceBytes));
  let at = 0;
  page.pieces.forEach((piece, i) => {
    if (i > 0) at += nonceBuffer.copy(out, at);
    at += piece.copy(out, at);
  });
  return out;
}
