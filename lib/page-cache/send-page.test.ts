import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipPieces } from "./gzip-page";
import { acceptsGzip, handOff } from "./handoff";
import { sendPage } from "./send-page";
import { splitAtNonce } from "./split-page";

const STORED = "c3RvcmVkLW5vbmNlLTEyMzQ=";
const FRESH = "ZnJlc2gtbm9uY2UtNTY3ODk=";
const html = `<html><script nonce="${STORED}">1</script><p>万州区</p><script nonce="${STORED}">2</script></html>`;

function leave(state: "hit" | "miss" = "hit"): string {
  const page = splitAtNonce(Buffer.from(html), STORED);
  return handOff({ page, gzip: gzipPieces(page), nonce: FRESH, state });
}

describe("sendPage", () => {
  it("writes the page left under a token once, gzipped for a client that takes gzip, with this view's nonce", () => {
    const token = leave();
    const sent = sendPage("GET", token, "gzip, deflate, br, zstd");
    expect(sent.status).toBe(200);
    expect(sent.headers["content-encoding"]).toBe("gzip");
    expect(sent.headers["x-duikou-cache"]).toBe("hit");
    expect(sent.headers["cache-control"]).toContain("no-store");
    expect(gunzipSync(sent.body).toString()).toBe(html.replaceAll(STORED, FRESH));
    // A token is good for one answer.
    expect(sendPage("GET", token, "gzip").status).toBe(404);
  });

  it("writes the plain page when gzip is not taken", () => {
    const sent = sendPage("GET", leave("miss"), undefined);
    expect(sent.headers["content-encoding"]).toBeUndefined();
    expect(sent.headers["x-duikou-cache"]).toBe("miss");
    expect(sent.body.toString()).toBe(html.replaceAll(STORED, FRESH));
  });

  it("is a 404 without a live token or for another method", () => {
    expect(sendPage("GET", undefined, "gzip").status).toBe(404);
    expect(sendPage("GET", "not-a-token", "gzip").status).toBe(404);
    expect(sendPage("GET", ["a", "b"], "gzip").status).toBe(404);
    expect(sendPage("POST", leave(), "gzip").status).toBe(404);
  });
});

describe("acceptsGzip", () => {
  it("reads Accept-Encoding as RFC 9110 says: listed with q > 0, or * with q > 0", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("br, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
