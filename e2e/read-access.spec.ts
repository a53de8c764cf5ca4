import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { apiSignIn, createAccount } from "./support/accounts";

/*
 * DUIKOU_READ_ACCESS=signed-in: a second server on the same build and the same e2e database,
 * started here with the setting on (port E2E_PORT + 100), so the main suite keeps open reading.
 */
const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.E2E_PORT ?? 3100) + 100;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH ?? "test-results/e2e.db", DUIKOU_READ_ACCESS: "signed-in" },
    stdio: "ignore",
  });
  for (let i = 0; i < 80; i++) {
    const up = await fetch(`${BASE}/sign-in`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the signed-in-only server did not start on ${PORT}`);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

const PAGES = ["/", "/?district=500101&from=2013&to=2022", "/map", "/pairings", "/compare?district=500101,500102", "/districts/500101", "/supporters/310000", "/admin/audit", "/account/password"];
const APIS = [
  "/api/totals",
  "/api/series?metric=funds",
  "/api/breakdown?by=district&metric=funds",
  "/api/top-records?metric=funds",
  "/api/records?metric=funds",
  "/api/records/export?metric=funds&format=csv",
  "/api/flows?metric=funds",
];

test("every page sends a signed-out reader to sign-in, keeping the address to come back to", async ({ request }) => {
  for (const p of PAGES) {
    const response = await request.get(p, { maxRedirects: 0 });
    expect(response.status(), p).toBe(307);
    const location = new URL(response.headers().location!, BASE);
    expect(location.pathname, p).toBe("/sign-in");
    // The way back may spell a comma as %2C: the same address to the filter parser.
    if (p !== "/") expect(decodeURIComponent(location.searchParams.get("next") ?? ""), p).toBe(p);
  }
});

test("every API and export answers 401 with a sentence", async ({ request }) => {
  for (const p of APIS) {
    const response = await request.get(p, { maxRedirects: 0 });
    expect(response.status(), p).toBe(401);
    expect((await response.json()).error, p).toBe("本站需登录后才能查看数据，请先登录。");
  }
});

test("after signing in the reader is back on the same view, filters and all, and the APIs answer", async ({ page }) => {
  // Two sign-ins, a password change and two full dashboard pages on the second server.
  test.setTimeout(150_000);
  const viewer = createAccount({ role: "viewer" });
  const view = "/?district=500101,500102&from=2013&to=2022&trend=projects";
  await page.goto(view);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("邮箱").fill(viewer.email);
  await page.getByLabel("密码", { exact: true }).fill(viewer.password);
  await page.getByRole("button", { name: "登录" }).click();
  // First sign-in: the one-time password is changed, then on to the view asked for.
  await page.waitForURL(/\/account\/password/);
  const fresh = `${viewer.password}-2`;
  await page.getByLabel("当前密码").fill(viewer.password);
  await page.getByLabel("新密码", { exact: true }).fill(fresh);
  await page.getByLabel("再次输入新密码").fill(fresh);
  await page.getByRole("button", { name: "保存新密码" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  const url = new URL(page.url());
  // The same view; the redirect may spell the comma between districts as %2C.
  expect(decodeURIComponent(`${url.pathname}${url.search}`)).toBe(view);
  await expect(page.getByTestId("account-menu")).toBeVisible();
  for (const p of APIS.slice(0, 3)) expect((await page.request.get(p)).status(), p).toBe(200);
  // Signing in again later goes straight back too.
  await page.context().clearCookies();
  await page.goto("/map?district=500101");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("邮箱").fill(viewer.email);
  await page.getByLabel("密码", { exact: true }).fill(fresh);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => url.pathname === "/map");
  expect(new URL(page.url()).search).toBe("?district=500101");
});

test("a page a signed-in reader has just viewed is still refused to a reader without a session (the gate runs before the page cache)", async ({ request, playwright }) => {
  const viewer = createAccount({ role: "viewer" });
  const signedIn = await playwright.request.newContext({ baseURL: BASE });
  try {
    await apiSignIn(signedIn, viewer, BASE);
    for (const p of ["/districts/500101", "/districts/500101", "/map"]) {
      const seen = await signedIn.get(p, { maxRedirects: 0 });
      expect(seen.status(), p).toBe(200);
      expect(await seen.text(), p).not.toContain("sign-in-title");
    }
    for (const p of ["/districts/500101", "/map"]) {
      const refused = await request.get(p, { maxRedirects: 0 });
      expect(refused.status(), p).toBe(307);
      expect(new URL(refused.headers().location!, BASE).pathname, p).toBe("/sign-in");
    }
  } finally {
    await signedIn.dispose();
  }
});
