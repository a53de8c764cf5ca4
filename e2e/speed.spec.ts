import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import path from "node:path";
import { apiSignIn, createAccount } from "./support/accounts";

/**
 * Speed behaviours a reader can check from outside: pages come from the page cache until the data
 * changes (also when another process writes), chart APIs revalidate with 304, and a page view
 * asks for no export font.
 */
const DATABASE = path.resolve(process.env.E2E_DATABASE_PATH ?? "test-results/e2e.db");

function bumpDataVersionFromAnotherProcess(): number {
  const db = new Database(DATABASE);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("update data_version set version = version + 1, changed_at = ? where id = 1").run(new Date().toISOString());
    return (db.prepare("select version from data_version where id = 1").get() as { version: number }).version;
  } finally {
    db.close();
  }
}

test("a dashboard page is rendered once per data version, and a write by another process shows on the next view", async ({ request }) => {
  const url = "/?from=2014&to=2021";
  await request.get(url);
  const again = await request.get("/?to=2021&from=2014");
  expect(again.status()).toBe(200);
  expect(again.headers()["x-duikou-cache"]).toBe("hit");
  expect(await again.text()).toContain("2014");

  bumpDataVersionFromAnotherProcess();
  const afterWrite = await request.get(url);
  expect(afterWrite.status()).toBe(200);
  expect(afterWrite.headers()["x-duikou-cache"]).toBe("miss");
  expect((await request.get(url)).headers()["x-duikou-cache"]).toBe("hit");
});

test("the language is part of the page cache key", async ({ request }) => {
  const zh = await request.get("/map", { headers: { cookie: "NEXT_LOCALE=zh-CN" } });
  const en = await request.get("/map", { headers: { cookie: "NEXT_LOCALE=en" } });
  expect(await zh.text()).toContain('lang="zh-CN"');
  expect(await en.text()).toContain('lang="en"');
});

test("chart APIs answer 304 while nothing was written, and a new ETag after a write", async ({ request }) => {
  const first = await request.get("/api/series?metric=funds&district=500101");
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^"v\d+-[0-9a-f]{8}"$/);
  expect(first.headers()["cache-control"]).toContain("no-cache");
  // The same question spelled differently is the same entity.
  const same = await request.get("/api/series?district=500101&metric=funds", { headers: { "if-none-match": etag } });
  expect(same.status()).toBe(304);
  expect(await same.body()).toHaveLength(0);

  bumpDataVersionFromAnotherProcess();
  const changed = await request.get("/api/series?metric=funds&district=500101", { headers: { "if-none-match": etag } });
  expect(changed.status()).toBe(200);
  expect(changed.headers()["etag"]).not.toBe(etag);
  expect((await changed.json()).data.length).toBeGreaterThan(0);
});

test("a page view asks for no export font; pointing at an export control fetches a cacheable subset", async ({ page }) => {
  const fontRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/export/font")) fontRequests.push(r.method() + " " + r.url());
  });
  await page.goto("/");
  await expect(page.getByTestId("chart-funds-by-district")).toBeVisible();
  await page.waitForTimeout(6000);
  expect(fontRequests).toEqual([]);

  const response = page.waitForResponse((r) => r.url().includes("/api/export/font/400/"));
  await page.getByTestId("chart-funds-by-district").getByTestId("export-menu-button").hover();
  const font = await response;
  expect(font.request().method()).toBe("GET");
  expect(font.status()).toBe(200);
  expect(font.headers()["cache-control"]).toContain("immutable");
  expect(font.headers()["content-type"]).toBe("font/ttf");
});

test("a first visit paints in the system font and caches the interface font at idle; the next page load paints in it from the cache", async ({ page }) => {
  const fonts: { url: string; type: string; cacheControl: string }[] = [];
  page.on("response", (r) => {
    const url = new URL(r.url()).pathname;
    if (url.startsWith("/fonts/")) fonts.push({ url, type: r.request().resourceType(), cacheControl: r.headers()["cache-control"] ?? "" });
  });
  const interfaceFaces = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Noto Sans SC" && f.status === "loaded").map((f) => f.weight).sort();
    });

  // First visit: nothing font-shaped before the first paint, the system stack, no face loaded.
  await page.goto("/");
  expect(await page.evaluate(() => document.documentElement.classList.contains("ui-font"))).toBe(false);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain("Noto Sans SC");
  // Then, once idle: both subsets fetched (not as fonts: nothing is redrawn), cacheable for good.
  await expect.poll(() => page.evaluate(() => localStorage.getItem("duikou:interface-font")), { timeout: 20_000 }).toMatch(/^\/fonts\/noto-sans-sc-ui-400-[0-9a-f]{12}\.woff2 \/fonts\/noto-sans-sc-ui-700-[0-9a-f]{12}\.woff2$/);
  expect(fonts.map((f) => f.url).sort()).toEqual([expect.stringMatching(/^\/fonts\/noto-sans-sc-ui-400-[0-9a-f]{12}\.woff2$/), expect.stringMatching(/^\/fonts\/noto-sans-sc-ui-700-[0-9a-f]{12}\.woff2$/)]);
  for (const f of fonts) expect(f).toMatchObject({ type: "fetch", cacheControl: "public, max-age=31536000, immutable" });
  expect(await interfaceFaces()).toEqual([]);

  // The next page of this visit (a client-side navigation) switches to it.
  await page.getByRole("navigation").getByRole("link", { name: "库区地图" }).click();
  await expect(page).toHaveURL(/\/map/);
  await expect(page.locator("html")).toHaveClass(/\bui-font\b/);
  expect(await interfaceFaces()).toEqual(["400", "700"]);

  // A later page load: the class is there before any script of the app ran (the head script), and
  // both faces come from the HTTP cache (no bytes over the network).
  fonts.length = 0;
  await page.goto("/pairings", { waitUntil: "commit" });
  await page.waitForFunction(() => document.body !== null);
  expect(await page.evaluate(() => document.documentElement.classList.contains("ui-font"))).toBe(true);
  await page.waitForLoadState("load");
  expect(await interfaceFaces()).toEqual(["400", "700"]);
  const transfers = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => new URL(e.name).pathname.startsWith("/fonts/"))
      .map((e) => ({ transferSize: (e as PerformanceResourceTiming).transferSize, decoded: (e as PerformanceResourceTiming).decodedBodySize })),
  );
  expect(transfers).toHaveLength(2);
  for (const t of transfers) expect(t).toEqual({ transferSize: 0, decoded: expect.any(Number) });
  for (const t of transfers) expect(t.decoded).toBeGreaterThan(100_000);
});

test("printing uses the interface font even on a first visit, before it was cached", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => (window.print = () => document.body.setAttribute("data-printed", "")));
  expect(await page.evaluate(() => document.documentElement.classList.contains("ui-font"))).toBe(false);
  await page.getByTestId("briefing-print").click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "");
  // Switched and loaded before window.print() was called (drawChartsIn waits for both faces).
  expect(await page.evaluate(() => document.documentElement.classList.contains("ui-font"))).toBe(true);
  expect(await page.evaluate(() => ["400", "700"].map((w) => document.fonts.check(`${w} 16px "Noto Sans SC"`, "对口")))).toEqual([true, true]);
});

test("a malformed font path is a 400 with reasons, not a 500", async ({ request }) => {
  const response = await request.get("/api/export/font/500/abc!");
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.issues.map((i: { param: string }) => i.param).sort()).toEqual(["chars", "weight"]);
});

test("an editor's page (with edit links) is never what a reader without a session gets, and the other way round", async ({ request, playwright, baseURL }) => {
  const editor = createAccount({ role: "editor", districts: ["500101"] });
  const editorContext = await playwright.request.newContext({ baseURL });
  try {
    await apiSignIn(editorContext, editor, baseURL!);
    // Order 1: a reader first, so the page is in the cache when the editor comes.
    // Largest first: the published (non-demonstration) records of 万州区 lead, and an editor may edit those.
    const readerUrl = "/districts/500101?sort=-value";
    const reader = await request.get(readerUrl);
    expect(reader.status()).toBe(200);
    const readerHtml = await reader.text();
    expect(readerHtml).toContain('data-demo="false"');
    expect(readerHtml).not.toContain('data-testid="record-edit"');
    expect((await request.get(readerUrl)).headers()["x-duikou-cache"]).toBe("hit");
    const asEditor = await editorContext.get(readerUrl);
    expect(asEditor.status()).toBe(200);
    expect(asEditor.headers()["x-duikou-cache"]).toBeUndefined();
    expect(await asEditor.text()).toContain('data-testid="record-edit"');

    // Order 2: the editor first, on a view nobody has asked for yet: nothing of theirs is stored.
    const editorUrl = "/districts/500101?sort=-value&pageSize=50";
    expect(await (await editorContext.get(editorUrl)).text()).toContain('data-testid="record-edit"');
    const after = await request.get(editorUrl);
    expect(after.headers()["x-duikou-cache"]).toBe("miss");
    expect(await after.text()).not.toContain('data-testid="record-edit"');
  } finally {
    await editorContext.dispose();
  }
});

test("a font path past its cap is a 400 with a sentence, before any decoding", async ({ request }) => {
  const response = await request.get(`/api/export/font/400/${"A".repeat(6100)}`);
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.issues).toEqual([{ param: "chars", code: "too_long", message: "字体路径长 6121 个字符，上限为 6021 个；请通过导出菜单获取字体" }]);
});

test("a page from the cache carries this response's own CSP nonce, never the stored one", async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await request.get("/pairings");
    const policy = response.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    const html = await response.text();
    const inPage = [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
    expect(inPage.length).toBeGreaterThan(0);
    expect(new Set(inPage)).toEqual(new Set([nonce]));
    if (i > 0) expect(response.headers()["x-duikou-cache"]).toBe("hit");
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(3);
});

test("a stored page goes out gzipped as stored or plain, each with its own nonce; its writer is reachable only through the proxy", async ({ request }) => {
  await request.get("/map");
  const zipped = await request.get("/map", { headers: { "accept-encoding": "gzip" } });
  const plain = await request.get("/map", { headers: { "accept-encoding": "identity" } });
  for (const [response, encoding] of [[zipped, "gzip"], [plain, undefined]] as const) {
    expect(response.status()).toBe(200);
    expect(response.headers()["x-duikou-cache"]).toBe("hit");
    expect(response.headers()["content-encoding"]).toBe(encoding);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"]!)![1]!;
    // Playwright inflates the gzip body as a browser does: the page is whole and names only this nonce.
    const html = await response.text();
    expect(html).toMatch(/<\/html>$/);
    expect(new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set([nonce]));
  }
  // The same page but for the nonce.
  const withoutNonce = (html: string, nonce: string) => html.replaceAll(nonce, "");
  const nonceOf = (r: typeof zipped) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"]!)![1]!;
  expect(withoutNonce(await zipped.text(), nonceOf(zipped))).toBe(withoutNonce(await plain.text(), nonceOf(plain)));

  // The route that writes stored pages answers nothing asked of it directly, with or without a made-up token.
  expect((await request.get("/api/cached-page")).status()).toBe(404);
  expect((await request.get("/api/cached-page", { headers: { "x-duikou-page-handoff": "00000000-0000-4000-8000-000000000000" } })).status()).toBe(404);
  // A client cannot send a page view there either: the proxy drops the header it did not set.
  const spoofed = await request.get("/map", { headers: { "x-duikou-page-handoff": "00000000-0000-4000-8000-000000000000" } });
  expect(spoofed.status()).toBe(200);
  expect(await spoofed.text()).toContain('lang="zh-CN"');
});
