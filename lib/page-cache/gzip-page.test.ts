import { randomBytes } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipPieces, gzipWithNonce } from "./gzip-page";
import { joinWithNonce, splitAtNonce } from "./split-page";

const nonce = () => randomBytes(16).toString("base64");
const DISTRICTS = ["万州区", "涪陵区", "渝北区", "巴南区", "长寿区", "江津区", "丰都县", "忠县", "开州区", "云阳县", "奉节县", "巫山县"];

/** A page shaped like the dashboard's: markup, repeated names, scripts with the nonce, a payload naming it again. */
function page(n: string, rows: number): string {
  const table = Array.from({ length: rows }, (_, i) => `<tr><td>${DISTRICTS[i % DISTRICTS.length]}</td><td>${(i * 7919) % 100003}</td><td>万元</td></tr>`).join("");
  const scripts = Array.from({ length: 40 }, (_, i) => `<script nonce="${n}">self.__next_f.push([1,"${i}:[\\"$\\",\\"link\\",{\\"nonce\\":\\"${n}\\",\\"row\\":${i}}]"])</script>`).join("");
  return `<!DOCTYPE html><html lang="zh-CN"><head><script src="/_next/a.js" nonce="${n}" async=""></script></head><body><table>${table}</table>${scripts}</body></html>`;
}

describe("gzipWithNonce", () => {
  it("is a gzip stream that a standard reader inflates to the page with the new nonce", () => {
    const old = nonce();
    const stored = splitAtNonce(Buffer.from(page(old, 3000)), old);
    const gzip = gzipPieces(stored);
    for (let i = 0; i < 3; i++) {
      const fresh = nonce();
      const sent = gzipWithNonce(stored, gzip, fresh);
      const inflated = gunzipSync(sent).toString("utf8");
      expect(inflated).toBe(page(fresh, 3000));
      expect(inflated).toBe(joinWithNonce(stored, fresh).toString("utf8"));
    }
  });

  it("compresses about as well as gzip of the whole page", () => {
    const old = nonce();
    const html = Buffer.from(page(old, 3000));
    const stored = splitAtNonce(html, old);
    const sent = gzipWithNonce(stored, gzipPieces(stored), nonce());
    const whole = gzipSync(html).length;
    expect(sent.length).toBeLessThan(whole * 1.1);
  });

  it("stays correct when a piece holds a NUL byte (no dictionaries) and for empty pieces", () => {
    const old = nonce();
    const html = `${old}${old}<p>\u0000 中 ${old}</p>` + "对口支援".repeat(5000) + old;
    const stored = splitAtNonce(Buffer.from(html), old);
    const fresh = nonce();
    expect(gunzipSync(gzipWithNonce(stored, gzipPieces(stored), fresh)).toString()).toBe(html.replaceAll(old, fresh));
  });

  it("handles a page without a nonce", () => {
    const stored = splitAtNonce(Buffer.from("<p>无脚本</p>"), null);
    expect(gunzipSync(gzipWithNonce(stored, gzipPieces(stored), nonce())).toString()).toBe("<p>无脚本</p>");
  });
});
