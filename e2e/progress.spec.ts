import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import Papa from "papaparse";
import { readFileSync } from "node:fs";
import { decodePng, hasPngSignature } from "../lib/testing/png";
import { createAccount, type TestAccount } from "./support/accounts";

/*
 * Progress against targets, checked against figures worked out here: the target straight from the
 * e2e database, the actual to date from /api/totals (2021–2022, the plan's years so far), and the
 * pace by hand: at the as-of date 2022-12-31, two of the five years of 2021–2025 are gone (40%).
 * On track ≥ 100% of that pace, at risk ≥ 80%, behind below.
 */
const DATABASE = process.env.E2E_DATABASE_PATH ?? "test-results/e2e.db";
const PACE = 2 / 5;
const WORDS = { "on-track": "正常推进", "at-risk": "有风险", behind: "落后" } as const;

// One test corrects a target; the others must not read the table while it does.
test.describe.configure({ mode: "serial" });

function pairingTargets(): { supporter: string; district: string; value: number }[] {
  const db = new Database(DATABASE, { readonly: true });
  try {
    return db
      .prepare("select supporter_code as supporter, district_code as district, target_value as value from targets where scope = 'pairing' and metric = 'funds' and period_from = 2021 and period_to = 2025")
      .all() as { supporter: string; district: string; value: number }[];
  } finally {
    db.close();
  }
}

async function actualToDate(request: APIRequestContext, supporter: string, district: string): Promise<number> {
  const response = await request.get(`/api/totals?district=${district}&supporter=${supporter}&from=2021&to=2022`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: { metric: string; value: number }[] };
  return body.data.find((m) => m.metric === "funds")?.value ?? 0;
}

function handStatus(actual: number, target: number): keyof typeof WORDS {
  const ofPace = actual / target / PACE;
  return ofPace >= 1 ? "on-track" : ofPace >= 0.8 ? "at-risk" : "behind";
}

/**
 * Signs in from inside the page (the browser sends its own Origin, as the sign-in form does) and
 * sets the new password a first sign-in asks for; the session cookie lands in the page's context.
 */
async function browserSignIn(page: Page, account: TestAccount): Promise<void> {
  await page.goto("/progress/targets");
  const fresh = `${account.password}-2`;
  const result = await page.evaluate(async ({ email, password, fresh }) => {
    const post = (url: string, body: unknown) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const signedIn = await post("/api/auth/sign-in/email", { email, password });
    if (!signedIn.ok) return `sign-in ${signedIn.status}`;
    const body = (await signedIn.json()) as { user: { mustChangePassword?: boolean } };
    if (!body.user.mustChangePassword) return "ok";
    const changed = await post("/api/auth/change-password", { currentPassword: password, newPassword: fresh, revokeOtherSessions: true });
    return changed.ok ? "changed" : `change ${changed.status}`;
  }, { email: account.email, password: account.password, fresh });
  expect(["ok", "changed"]).toContain(result);
  if (result === "changed") account.password = fresh;
}

async function exportFile(page: Page, frame: Locator, item: string): Promise<{ name: string; bytes: Buffer }> {
  await frame.getByTestId("export-menu-button").click();
  const downloaded = page.waitForEvent("download", { timeout: 120_000 });
  await frame.getByTestId(`export-${item}`).click();
  const download = await downloaded;
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test("/progress shows every pairing's status as worked out by hand, all three statuses, worst first", async ({ page, request }) => {
  const targets = pairingTargets();
  expect(targets.length).toBeGreaterThan(10);
  await page.goto("/progress?by=pairing");
  const rows = page.getByTestId("progress-table").getByTestId("progress-row");
  await expect(rows).toHaveCount(targets.length);
  const seen = new Set<string>();
  for (const t of targets) {
    const actual = await actualToDate(request, t.supporter, t.district);
    const expected = handStatus(actual, t.value);
    seen.add(expected);
    const row = page.locator(`[data-testid=progress-table] [data-testid=progress-row][data-key="${t.supporter}|${t.district}"]`);
    await expect(row, `${t.supporter}→${t.district}: ${actual} of ${t.value}`).toHaveAttribute("data-status", expected);
    await expect(row.getByTestId("progress-status")).toHaveText(WORDS[expected]);
  }
  expect(seen).toEqual(new Set(["on-track", "at-risk", "behind"]));
  // Worst first: the statuses down the table never get better and then worse again.
  const statuses = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-status")));
  const rank = { behind: 0, "at-risk": 1, "no-data": 2, "on-track": 3, "not-started": 4 } as Record<string, number>;
  expect(statuses.map((s) => rank[s ?? ""] ?? 9)).toEqual([...statuses.map((s) => rank[s ?? ""] ?? 9)].sort((a, b) => a - b));
  // The chart says each status in words too (icon and word, not colour alone).
  const chart = page.getByTestId("chart-progress-funds-by-pairing");
  for (const word of Object.values(WORDS)) await expect(chart.getByTestId("bullet-chart")).toContainText(word);
});

test("correcting a target through the form changes its status on the next load", async ({ page, request }) => {
  // Making an account runs the operator's script (a Node start-up): allow for a loaded machine.
  test.setTimeout(180_000);
  await page.goto("/progress?by=pairing");
  const first = page.getByTestId("progress-table").getByTestId("progress-row").first();
  await expect(first).toHaveAttribute("data-status", "behind");
  const [supporter, district] = ((await first.getAttribute("data-key")) ?? "").split("|") as [string, string];
  const actual = await actualToDate(request, supporter, district);
  // A target of actual ÷ 40% puts the pairing exactly on pace: on track by hand.
  const onPace = Math.floor(actual / PACE);

  const editor = createAccount({ role: "editor", districts: [district] });
  await browserSignIn(page, editor);
  await page.goto("/progress?by=pairing");
  await page.getByTestId("progress-table").locator(`[data-key="${supporter}|${district}"]`).getByTestId("progress-edit").click();
  await expect(page.getByTestId("target-form")).toBeVisible();
  await expect(page.getByTestId("target-form")).toContainText("示例目标");
  await page.getByTestId("target-value").fill(String(onPace));
  await page.getByTestId("target-note").fill("e2e：更正后的五年目标");
  await page.getByTestId("target-save").click();
  await expect(page.getByTestId("target-status")).toHaveText("已保存。");

  await page.goto("/progress?by=pairing");
  const row = page.locator(`[data-testid=progress-table] [data-key="${supporter}|${district}"]`);
  await expect(row).toHaveAttribute("data-status", "on-track");
  await expect(row.getByTestId("progress-status")).toHaveText("正常推进");
  await expect(row.locator(".badge--demo")).toHaveCount(0);
});

test("the server refuses a target outside an editor's scope, and bad input, with a sentence", async ({ page }) => {
  test.setTimeout(180_000);
  const editor = createAccount({ role: "editor", districts: ["500101"] });
  await browserSignIn(page, editor);
  const request = page.request;
  const body = { scope: "pairing", district: "500102", supporter: "330000", metric: "funds", periodFrom: 2021, periodTo: 2025, targetValue: 100, note: "越权" };
  const refused = await request.post("/api/targets", { data: body });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: string }).error.length).toBeGreaterThan(4);
  const bad = await request.post("/api/targets", { data: { ...body, district: "500101", targetValue: -5, periodTo: 2019 } });
  expect(bad.status()).toBe(400);
  const problems = ((await bad.json()) as { issues: { field: string; message: string }[] }).issues;
  expect(problems.map((p) => p.field).sort()).toEqual(["periodTo", "targetValue"]);
  const huge = await request.post("/api/targets", { data: { ...body, note: "x".repeat(20_000) } });
  expect(huge.status()).toBe(413);
});

test("the progress chart exports as PNG and SVG with its status words; the API answers JSON, CSV and 400", async ({ page, request }) => {
  // The export cuts its font on the server; on a loaded machine that takes a while.
  test.setTimeout(180_000);
  await page.goto("/progress?by=pairing");
  const frame = page.getByTestId("chart-progress-funds-by-pairing");
  const svg = await exportFile(page, frame, "svg");
  const text = svg.bytes.toString("utf8");
  for (const word of Object.values(WORDS)) expect(text).toContain(word);
  const png = await exportFile(page, frame, "png2");
  expect(png.name).toMatch(/^progress-funds-by-pairing_all_2021-2025\.png$/);
  expect(hasPngSignature(png.bytes)).toBe(true);
  const box = await frame.boundingBox();
  const decoded = decodePng(png.bytes);
  expect(decoded.width).toBeGreaterThan((box?.width ?? 0) * 1.5);

  const csv = await request.get("/api/progress?by=pairing&format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const parsed = Papa.parse<string[]>((await csv.text()).replace(/^\uFEFF/, ""), { comments: "#", skipEmptyLines: true });
  expect(parsed.data[0]?.[0]).toBe("名称");
  expect(parsed.data.length - 1).toBe(pairingTargets().length);

  const bad = await request.get("/api/progress?by=city&period=1999&from=2010");
  expect(bad.status()).toBe(400);
  const issues = ((await bad.json()) as { issues: { param: string }[] }).issues.map((i) => i.param);
  expect(issues).toEqual(expect.arrayContaining(["by", "period", "from"]));
});
