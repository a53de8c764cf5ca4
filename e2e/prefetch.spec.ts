import { expect, test } from "@playwright/test";

/**
 * Links prefetch on intent, and a client navigation is answered with the RSC payload, never with a
 * page from the page cache (proxy.ts does not see Next.js's `rsc` header or `_rsc` parameter; it
 * used to answer a prefetch with the cached HTML, which the router cannot read: navigations fell
 * back to full page loads and the unread responses kept the network busy).
 */
test("a page view prefetches nothing; pointing at a header link prefetches it, and the click navigates in place", async ({ page }) => {
  const rsc: { url: string; type: string }[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).searchParams.has("_rsc")) rsc.push({ url: r.url(), type: r.headers()["content-type"] ?? "" });
  });
  await page.goto("/compare?district=500101,500102");
  await page.waitForLoadState("networkidle");
  // Hydrated: the account corner has asked for the session and shows the sign-in link.
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  expect(rsc).toEqual([]);

  const link = page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "结对关系" });
  await link.hover();
  await expect.poll(() => rsc.filter((r) => new URL(r.url).pathname === "/pairings").length).toBeGreaterThan(0);

  await page.evaluate(() => ((window as unknown as { __samePage?: boolean }).__samePage = true));
  await link.click();
  await expect(page).toHaveURL(/\/pairings$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // No full page load happened: the window (and what was set on it) is the same.
  expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
  expect(rsc.length).toBeGreaterThan(0);
  for (const r of rsc) expect(r.type, r.url).toContain("text/x-component");
});
