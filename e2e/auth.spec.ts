import { expect, test } from "@playwright/test";
import { apiSignIn, createAccount, ownAddress, signIn } from "./support/accounts";
import { countRows, userRow } from "./support/e2e-db";

test.describe("sign-in", () => {
  test("signs in, shows name, role and scope in the account menu, and signs out", async ({ page }) => {
    const editor = createAccount({ role: "editor", districts: ["500101"], name: "万州编辑" });
    await signIn(page, editor, "/?district=500101&from=2013");
    expect(new URL(page.url()).search).toBe("?district=500101&from=2013");
    await page.getByRole("button", { name: /账户菜单/ }).click();
    await expect(page.getByTestId("account-role")).toHaveText("编辑");
    await expect(page.getByTestId("account-scope")).toContainText("万州区");
    await page.getByTestId("sign-out").click();
    await expect(page.getByTestId("sign-in-link")).toBeVisible();
    expect((await page.request.get("/api/auth/get-session")).status()).toBe(200);
    expect(await (await page.request.get("/api/auth/get-session")).json()).toBeNull();
  });

  test("a one-time password must be changed at first sign-in", async ({ page }) => {
    const viewer = createAccount({ role: "viewer" });
    const first = viewer.password;
    await signIn(page, viewer);
    expect(viewer.password).not.toBe(first);
    // The one-time password no longer works.
    const again = await page.request.post("/api/auth/sign-in/email", { data: { email: viewer.email, password: first }, headers: { "x-forwarded-for": ownAddress() } });
    expect(again.status()).toBe(401);
  });

  test("a wrong password and an unknown account read the same", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": ownAddress() });
    const viewer = createAccount({ role: "viewer" });
    const messages: string[] = [];
    for (const email of [viewer.email, "nobody-here@e2e.test"]) {
      await page.goto("/sign-in");
      await page.getByLabel("邮箱").fill(email);
      await page.getByLabel("密码", { exact: true }).fill("not-the-password");
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page.getByTestId("sign-in-message")).not.toBeEmpty();
      messages.push(await page.getByTestId("sign-in-message").innerText());
    }
    expect(messages).toEqual(["邮箱或密码不正确。", "邮箱或密码不正确。"]);
  });

  test("repeated failures for one account are slowed, visibly, even for the right password", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": ownAddress() });
    const editor = createAccount({ role: "editor", districts: ["500101"] });
    await page.goto("/sign-in");
    for (let i = 0; i < 3; i++) {
      await page.getByLabel("邮箱").fill(editor.email);
      await page.getByLabel("密码", { exact: true }).fill(`wrong-${i}-password`);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page.getByTestId("sign-in-message")).not.toBeEmpty();
    }
    await expect(page.getByTestId("sign-in-message")).toHaveText(/^失败次数过多，请 [1-5] 秒后再试。$/);
    await expect(page.getByRole("button", { name: "登录" })).toBeDisabled();
    // Straight to the server, from another address, with the right password: still slowed.
    const direct = await page.request.post("/api/auth/sign-in/email", { data: { email: editor.email, password: editor.password }, headers: { "x-forwarded-for": ownAddress() } });
    expect(direct.status()).toBe(429);
    expect(Number(direct.headers()["retry-after"])).toBeGreaterThan(0);
    // The countdown ends and the person gets in.
    await expect(page.getByRole("button", { name: "登录" })).toBeEnabled({ timeout: 8_000 });
    await page.getByLabel("密码", { exact: true }).fill(editor.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/account\/password/);
  });

  test("repeated failures from one address are slowed, whatever the accounts", async ({ request }) => {
    const address = ownAddress();
    const attempt = (i: number) => request.post("/api/auth/sign-in/email", { data: { email: `guess-${i}-${address}@e2e.test`, password: "wrong-password" }, headers: { "x-forwarded-for": address } });
    for (let i = 0; i < 9; i++) expect((await attempt(i)).status()).toBe(401);
    const tenth = await attempt(9);
    expect(tenth.status()).toBe(429);
    expect((await tenth.json()).retryAfter).toBeGreaterThan(0);
  });
});

test.describe("roles", () => {
  test("a viewer sees no administration and is refused it", async ({ page }) => {
    const viewer = createAccount({ role: "viewer" });
    await signIn(page, viewer);
    await page.getByRole("button", { name: /账户菜单/ }).click();
    await expect(page.getByRole("link", { name: "用户管理" })).toHaveCount(0);
    await page.goto("/admin/users");
    await expect(page.getByTestId("admin-forbidden")).toBeVisible();
    await expect(page.getByTestId("users-table")).toHaveCount(0);
  });

  test("an editor sees their scope, not the administration", async ({ page }) => {
    const editor = createAccount({ role: "editor", supporters: ["310000"] });
    await signIn(page, editor);
    await page.getByRole("button", { name: /账户菜单/ }).click();
    await expect(page.getByTestId("account-scope")).toContainText("上海市");
    await expect(page.getByRole("link", { name: "操作日志" })).toHaveCount(0);
    await page.goto("/admin/audit");
    await expect(page.getByTestId("admin-forbidden")).toBeVisible();
  });

  test("an administrator adds an editor who then signs in with the one-time password", async ({ page, browser }) => {
    const admin = createAccount({ role: "admin" });
    await signIn(page, admin);
    await page.getByRole("button", { name: /账户菜单/ }).click();
    await page.getByRole("link", { name: "用户管理" }).click();
    await expect(page.getByTestId("users-table")).toBeVisible();
    const email = `fuling-${Date.now()}@e2e.test`;
    const form = page.getByTestId("add-user-form");
    await form.getByLabel("邮箱").fill(email);
    await form.getByLabel("姓名").fill("涪陵编辑");
    await form.getByLabel("角色").selectOption("editor");
    await form.getByLabel("涪陵区").check();
    await form.getByRole("button", { name: "添加" }).click();
    const password = await page.getByTestId("one-time-password").innerText();
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await expect(page.locator(`[data-email="${email}"]`)).toContainText("涪陵区");
    expect(userRow(email)).toMatchObject({ role: "editor", scope_districts: "500102", disabled: 0 });

    const other = await browser.newPage();
    await signIn(other, { email, password, role: "editor", name: "涪陵编辑" });
    await other.getByRole("button", { name: /账户菜单/ }).click();
    await expect(other.getByTestId("account-scope")).toContainText("涪陵区");

    // Disabling ends the session at once.
    page.once("dialog", (d) => void d.accept());
    await page.locator(`[data-email="${email}"]`).getByRole("button", { name: "停用" }).click();
    await expect(page.locator(`[data-email="${email}"]`)).toContainText("已停用");
    expect(await (await other.request.get("/api/auth/get-session", { headers: { "cache-control": "no-cache" } })).json()).toBeFalsy();
    await other.close();
  });
});

test.describe("writes the server refuses", () => {
  test("an editor's forged account creation is refused with a sentence, and nothing changes", async ({ request }) => {
    const editor = createAccount({ role: "editor", districts: ["500101"] });
    await apiSignIn(request, editor);
    const before = countRows("user");
    const response = await request.post("/api/admin/users", { data: { email: "sneaky@e2e.test", name: "x", role: "admin" } });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: "只有管理员可以执行此操作。" });
    expect(countRows("user")).toBe(before);
    expect(countRows("user", "email = ?", "sneaky@e2e.test")).toBe(0);
    expect(countRows("audit_log", "action = 'users.manage' AND outcome = 'refused' AND actor_email = ?", editor.email)).toBe(1);
    // Raising one's own role is the same write.
    const self = await request.patch(`/api/admin/users/whatever`, { data: { role: "admin" } });
    expect(self.status()).toBe(403);
    expect(userRow(editor.email)?.role).toBe("editor");
  });

  test("an administrator's write sent from another site is refused", async ({ request }) => {
    const admin = createAccount({ role: "admin" });
    await apiSignIn(request, admin);
    const before = countRows("user");
    const response = await request.post("/api/admin/users", {
      data: { email: "from-elsewhere@e2e.test", name: "x", role: "viewer" },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toBe("请求并非来自本站，已拒绝。");
    expect(countRows("user")).toBe(before);
    // The same request from this site works.
    const ok = await request.post("/api/admin/users", { data: { email: `same-site-${Date.now()}@e2e.test`, name: "x", role: "viewer" } });
    expect(ok.status()).toBe(201);
  });

  test("signed out, a write gets 401 with a sentence", async ({ request }) => {
    const response = await request.post("/api/admin/users", { data: { email: "anon@e2e.test", name: "x", role: "viewer" } });
    expect(response.status()).toBe(401);
    expect((await response.json()).error).toBe("请先登录后再修改数据。");
  });

  test("sign-up is closed: accounts come only from administrators", async ({ request }) => {
    const response = await request.post("/api/auth/sign-up/email", { data: { email: "self@e2e.test", password: "self-made-password", name: "x" } });
    expect(response.ok()).toBe(false);
    expect(countRows("user", "email = ?", "self@e2e.test")).toBe(0);
  });
});
