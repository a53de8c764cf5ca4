import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

/*
 * Accounts for end-to-end tests, made the way an operator makes them: `npm run user:add` against
 * the e2e database (test-results/e2e.db, the one scripts/e2e-server.sh serves), then a sign-in
 * through the real page. No test-only route exists on the server.
 *
 *   const editor = createAccount({ role: "editor", districts: ["500101"] });
 *   await signIn(page, editor);               // also completes the first-sign-in password change
 *   await apiSignIn(request, editor);         // same, for APIRequestContext-only tests
 *
 * Each test should use its own account (emails are random), and failing sign-ins on purpose
 * should set their own X-Forwarded-For (see `ownAddress`) so the per-address slowing of one test
 * never slows another.
 */
export type TestAccount = { email: string; password: string; role: "admin" | "editor" | "viewer"; name: string };

const ROOT = path.resolve(__dirname, "../..");
const DATABASE = process.env.E2E_DATABASE_PATH ?? "test-results/e2e.db";

export function createAccount(options: { role: TestAccount["role"]; districts?: string[]; supporters?: string[]; name?: string }): TestAccount {
  const email = `${options.role}-${crypto.randomBytes(5).toString("hex")}@e2e.test`;
  const password = `pw-${crypto.randomBytes(9).toString("base64url")}`;
  const name = options.name ?? `${options.role} ${email.slice(options.role.length + 1, options.role.length + 6)}`;
  const args = ["tsx", "scripts/user-add.ts", "--email", email, "--role", options.role, "--name", name, "--password-stdin"];
  if (options.districts?.length) args.push("--district", options.districts.join(","));
  if (options.supporters?.length) args.push("--supporter", options.supporters.join(","));
  execFileSync("npx", args, { cwd: ROOT, input: `${password}\n`, env: { ...process.env, DATABASE_PATH: DATABASE }, stdio: ["pipe", "pipe", "inherit"] });
  return { email, password, role: options.role, name };
}

/** A made-up client address for this test, so its failures count against nobody else's. */
export function ownAddress(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** Signs in through /sign-in; on a first sign-in, sets a new password (kept on `account`). */
export async function signIn(page: Page, account: TestAccount, next = "/"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/邮箱|Email/).fill(account.email);
  await page.getByLabel(/^(密码|Password)$/).fill(account.password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  if (new URL(page.url()).pathname === "/account/password") {
    const fresh = `${account.password}-2`;
    await page.getByLabel(/^(当前密码|Current password)$/).fill(account.password);
    await page.getByLabel(/^(新密码|New password)$/).fill(fresh);
    await page.getByLabel(/^(再次输入新密码|New password again)$/).fill(fresh);
    await page.getByRole("button", { name: /保存新密码|Save new password/ }).click();
    await page.waitForURL((url) => url.pathname !== "/account/password");
    account.password = fresh;
  }
  await expect(page.getByTestId("account-menu")).toBeVisible();
}

/** The same for a request context: its cookie jar then carries the session. */
export async function apiSignIn(request: APIRequestContext, account: TestAccount): Promise<void> {
  const response = await request.post("/api/auth/sign-in/email", { data: { email: account.email, password: account.password } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { user: { mustChangePassword?: boolean } };
  if (body.user.mustChangePassword) {
    const fresh = `${account.password}-2`;
    const changed = await request.post("/api/auth/change-password", { data: { currentPassword: account.password, newPassword: fresh, revokeOtherSessions: true } });
    expect(changed.status()).toBe(200);
    account.password = fresh;
  }
}
