import { gzipSync } from "node:zlib";

/** Gzipped bytes of every script the HTML of `path` loads (src attributes), as a first visit downloads them. */
export async function firstLoadJs(base: string, path: string): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(base + path)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { bytes, files: sources.length };
}
