import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { createAccount, ownAddress, signIn } from "./support/accounts";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

test("the audit log shows failed and successful sign-ins, filters them, and exports them as CSV", async ({ page, baseURL }) => {
  const address = ownAddress();
  const viewer = createAccount({ role: "viewer" });
  // One failure for the viewer, from a known address.
  const failed = await page.request.post("/api/auth/sign-in/email", { data: { email: viewer.email, password: "wrong-password" }, headers: { "x-forwarded-for": address, origin: baseURL! } });
  expect(failed.status()).toBe(401);

  const admin = createAccount({ role: "admin" });
  await signIn(page, admin);
  await page.goto(`/admin/audit?person=${encodeURIComponent(viewer.email)}`);
  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(2); // user.create by user:add, then the failed sign-in
  await expect(rows.first()).toHaveAttribute("data-outcome", "failed");
  await expect(rows.first()).toContainText(address);
  await expect(rows.first()).toContainText("auth.sign-in");

  await page.getByLabel("结果").selectOption("failed");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/outcome=failed/);
  await expect(rows).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-csv").click()]);
  const text = (await (await download.createReadStream()).toArray()).map(String).join("");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1).trim(), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(2); // header + the one failed sign-in
  expect(parsed.data[1]).toEqual(expect.arrayContaining([viewer.email, "auth.sign-in", "failed", address]));
});

test("the audit CSV route is for administrators only and rejects unknown filters", async ({ page }) => {
  const viewer = createAccount({ role: "viewer" });
  await signIn(page, viewer);
  expect((await page.request.get("/api/admin/audit?format=csv")).status()).toBe(403);
  // A second person on the same browser: the viewer's session goes first.
  await page.context().clearCookies();
  const admin = createAccount({ role: "admin" });
  await signIn(page, admin);
  const bad = await page.request.get("/api/admin/audit?from=yesterday&outcome=maybe");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("from, outcome");
});

test("axe finds no serious violation on the sign-in, password and administration pages", async ({ page }) => {
  // Five axe runs and a first sign-in that lands on the overview: more than the default minute.
  test.setTimeout(150_000);
  await page.goto("/sign-in");
  expect(await seriousViolations(page)).toEqual([]);
  const admin = createAccount({ role: "admin" });
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").fill(admin.email);
  await page.getByLabel("密码", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/account\/password/);
  expect(await seriousViolations(page)).toEqual([]);
  const fresh = `${admin.password}-2`;
  await page.getByLabel("当前密码").fill(admin.password);
  await page.getByLabel("新密码", { exact: true }).fill(fresh);
  await page.getByLabel("再次输入新密码").fill(fresh);
  await page.getByRole("button", { name: "保存新密码" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  for (const path of ["/admin/users", "/admin/audit"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
  }
  await page.getByRole("button", { name: /账户菜单/ }).click();
  expect(await seriousViolations(page)).toEqual([]);
});
