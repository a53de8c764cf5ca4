import { describe, expect, it } from "vitest";
import { isJsonObject, readJsonBody } from "./read-body";

const json = { "content-type": "application/json" };

/** A body sent in chunks without a Content-Length, counting how many chunks the reader pulled. */
function streamed(chunks: number, size: number, headers: Record<string, string> = json) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  }, { highWaterMark: 0 });
  return { request: new Request("http://x/api", { method: "POST", headers, body, duplex: "half" } as RequestInit), pulled: () => pulled };
}

async function refusal(result: Awaited<ReturnType<typeof readJsonBody>>) {
  if (result.ok) throw new Error("expected a refusal");
  return { status: result.response.status, body: (await result.response.json()) as { error: string; issues: { code: string; message: string }[] } };
}

describe("readJsonBody", () => {
  it("reads a JSON object under the cap", async () => {
    const result = await readJsonBody(new Request("http://x/api", { method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: '{"weight":400,"text":"万州"}' }), 1024, "en");
    expect(result).toEqual({ ok: true, value: { weight: 400, text: "万州" } });
  });

  it("refuses text/plain (a cross-site POST that needs no preflight) with 415", async () => {
    const { status, body } = await refusal(await readJsonBody(new Request("http://x/api", { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" }), 1024, "en"));
    expect(status).toBe(415);
    expect(body.error).toBe("The request body must be JSON, sent with Content-Type: application/json.");
  });

  it("refuses a declared length over the cap before reading a byte", async () => {
    const { request, pulled } = streamed(100, 1024, { ...json, "content-length": "102400" });
    const { status, body } = await refusal(await readJsonBody(request, 1024, "zh-CN"));
    expect(status).toBe(413);
    expect(body.error).toBe("请求内容过大（此地址的上限为 1024 字节）。");
    expect(pulled()).toBe(0);
  });

  it("stops reading an undeclared body at the cap", async () => {
    const { request, pulled } = streamed(10_000, 1024);
    const { status } = await refusal(await readJsonBody(request, 4096, "en"));
    expect(status).toBe(413);
    expect(pulled()).toBeLessThan(10);
  });

  it("names invalid JSON and invalid UTF-8", async () => {
    expect((await refusal(await readJsonBody(new Request("http://x/api", { method: "POST", headers: json, body: "{" }), 1024, "en"))).status).toBe(400);
    const bad = new Request("http://x/api", { method: "POST", headers: json, body: new Uint8Array([0x22, 0xff, 0x22]) });
    expect((await refusal(await readJsonBody(bad, 1024, "en"))).body.error).toBe("The request body is not valid JSON.");
  });

  it("tells an object from an array or a single value", () => {
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject("x")).toBe(false);
    expect(isJsonObject(null)).toBe(false);
  });
});
