import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * The Content-Security-Policy holds the site together rather than breaking it: Chromium reports
 * no `securitypolicyviolation` on any page, during client navigation, or during any export (PNG,
 * SVG, clipboard, CSV, XLSX, briefing PDF and ZIP, print, record export). Violations are collected
 * by a listener installed before any page script, and from the console as a second witness.
 */
type Violation = { page: string; directive: string; blocked: string; sample: string };

/**
 * The one tolerated report: Next.js's browser polyfill of Node's `util` (next/dist/compiled/util,
 * pulled in by an export library) feature-tests generator functions with
 * `try { Function("return function*() {}")() } catch {}`. The policy blocks that eval, as it must;
 * the probe catches the error and the export works. Tolerated only when the reported position in the
 * script is exactly that probe, checked against the served file, so any other eval still fails.
 */
async function isGeneratorProbe(page: Page, v: Violation): Promise<boolean> {
  const at = /@ (http\S+\/_next\/static\/chunks\/[\w.-]+\.js):(\d+):(\d+)$/.exec(v.sample);
  if (v.directive !== "script-src" || v.blocked !== "eval" || !at) return false;
  const lines = (await (await page.request.get(at[1]!)).text()).split("\n");
  const column = Number(at[3]);
  return (lines[Number(at[2]) - 1] ?? "").slice(Math.max(0, column - 80), column + 80).includes('Function("return function*() {}")');
}

function watch(page: Page) {
  const seen: Violation[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push({ page: page.url(), directive: "console", blocked: message.text(), sample: "" });
  });
  return {
    seen,
    /** The listener's findings so far on the current document (read before leaving it). */
    async collect() {
      const found = await page.evaluate(() => (window as unknown as { __csp?: Omit<Violation, "page">[] }).__csp ?? []);
      seen.push(...found.map((v) => ({ ...v, page: page.url() })));
      await page.evaluate(() => ((window as unknown as { __csp?: unknown[] }).__csp = []));
    },
  };
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const list: unknown[] = [];
    (window as unknown as { __csp: unknown[] }).__csp = list;
    document.addEventListener("securitypolicyviolation", (e) =>
      list.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: `${e.sample} @ ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` }),
    );
  });
});

async function chartsReady(page: Page) {
  await expect(page.locator(".recharts-wrapper > svg.recharts-surface, [data-chart-name] svg").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
}

async function exportItem(page: Page, frame: Locator, item: string) {
  await frame.getByTestId("export-menu-button").click();
  const downloaded = page.waitForEvent("download");
  await frame.getByTestId(`export-${item}`).click();
  await (await downloaded).path();
}

test("no page breaks the policy, in Chinese or English, nor client navigation", async ({ page, context }) => {
  test.setTimeout(300_000);
  const csp = watch(page);
  const pages = ["/", "/?district=500101&from=2013&sector=tourism", "/map", "/pairings", "/compare?district=500101,500102", "/districts/500101", "/supporters/440000", "/districts/500234"];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
    await chartsReady(page);
    await csp.collect();
  }
  for (const path of ["/no-such-page", "/districts/999999"]) {
    expect((await page.goto(path))?.status()).toBe(404);
    await page.waitForLoadState("networkidle");
    await csp.collect();
  }
  // Client-side navigation loads further chunks and RSC payloads under the same policy.
  await page.goto("/");
  await chartsReady(page);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "结对关系" }).click();
  await expect(page).toHaveURL(/\/pairings/);
  await chartsReady(page);
  await csp.collect();

  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.goto("/districts/500101");
  await chartsReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await csp.collect();
  expect(csp.seen).toEqual([]);
});

test("no export breaks the policy: PNG, SVG, clipboard, CSV, XLSX, briefing PDF and ZIP, print, records", async ({ page, context }) => {
  test.setTimeout(300_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const csp = watch(page);
  await page.goto("/?district=500101");
  await chartsReady(page);
  const frame = page.getByTestId("chart-funds-by-year");
  for (const item of ["png2", "svg", "csv", "xlsx"]) await exportItem(page, frame, item);

  await frame.getByTestId("export-menu-button").click();
  await frame.getByTestId("export-copy").click();
  await expect(frame.getByTestId("export-status")).toContainText("图片已复制到剪贴板");

  for (const control of ["briefing-pdf", "briefing-zip"]) {
    const downloaded = page.waitForEvent("download");
    await page.getByTestId(control).click();
    await (await downloaded).path();
  }
  await expect(page.getByTestId("briefing-status")).toContainText("已下载");

  const records = page.waitForEvent("download");
  await page.getByTestId("record-export-xlsx").click();
  await (await records).path();

  // Print: the print button calls window.print(), which headless Chromium cannot show; the same
  // print layout is drawn here through page.pdf(), under the same policy.
  await page.emulateMedia({ media: "print" });
  expect((await page.pdf({ format: "A4" })).byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: "screen" });
  await csp.collect();
  const unexpected: Violation[] = [];
  for (const v of csp.seen) if (!(await isGeneratorProbe(page, v))) unexpected.push(v);
  expect(unexpected).toEqual([]);
});

test("the policy is live: a foreign image and an inline handler are blocked and reported", async ({ page }) => {
  await page.goto("/");
  await chartsReady(page);
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "https://tracker.example/pixel.png";
    document.body.append(img);
    const div = document.createElement("div");
    div.setAttribute("onclick", "window.__clicked = true");
    document.body.append(div);
    div.click();
  });
  await expect.poll(async () => page.evaluate(() => ((window as unknown as { __csp?: { directive: string }[] }).__csp ?? []).map((v) => v.directive))).toEqual(
    expect.arrayContaining(["img-src", "script-src-attr"]),
  );
  expect(await page.evaluate(() => (window as unknown as { __clicked?: boolean }).__clicked)).toBeUndefined();
});
