import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import Papa from "papaparse";
import { readFileSync } from "node:fs";
import { readPdfPages } from "../lib/testing/pdf-reader";
import { decodePng, hasPngSignature } from "../lib/testing/png";
import { createAccount, type TestAccount } from "./support/accounts";
import { fillImportTemplate } from "./support/import-template";

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

test("changing a target through the import's targets sheet changes its status on the next load; undo puts it back", async ({ page, request }) => {
  test.setTimeout(240_000);
  await page.goto("/progress?by=pairing");
  const behind = page.getByTestId("progress-table").locator('[data-testid=progress-row][data-status="behind"]').first();
  const [supporter, district] = ((await behind.getAttribute("data-key")) ?? "").split("|") as [string, string];
  const actual = await actualToDate(request, supporter, district);
  const onPace = Math.floor(actual / PACE);

  const admin = createAccount({ role: "admin" });
  await browserSignIn(page, admin);
  await page.goto("/data/import");
  const { filled, header } = await fillImportTemplate(page, "目标", ["结对", district, supporter, "引入资金", 2021, 2025, onPace, null, null, "e2e：导入的五年目标"], "targets.xlsx");
  expect(header).toEqual(["范围", "区县", "支援方", "指标", "起始年份", "结束年份", "目标值（资金为万元）", "基线值", "年度分解", "依据"]);

  await page.getByTestId("import-file").setInputFiles(filled);
  await page.getByTestId("import-upload").click();
  const preview = page.getByTestId("preview-targets");
  await expect(preview).toHaveAttribute("data-changed", "1");
  const row = preview.locator('tr[data-action="changed"]');
  await expect(row).toHaveAttribute("data-status-before", "behind");
  await expect(row).toHaveAttribute("data-status-after", "on-track");
  await expect(row.getByTestId("progress-status")).toHaveText(["落后", "正常推进"]);
  await page.getByTestId("import-confirm").click();
  const done = page.getByTestId("import-done");
  await expect(done).toBeVisible();
  const batch = await done.getAttribute("data-batch");

  const progressRow = page.locator(`[data-testid=progress-table] [data-key="${supporter}|${district}"]`);
  await page.goto("/progress?by=pairing");
  await expect(progressRow).toHaveAttribute("data-status", "on-track");

  await page.goto("/data/batches");
  await expect(page.getByTestId(`batch-${batch}`)).toHaveAttribute("data-targets", "yes");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId(`undo-${batch}`).click();
  await expect(page.getByTestId(`batch-${batch}`)).toHaveAttribute("data-state", "reverted");
  await page.goto("/progress?by=pairing");
  await expect(progressRow).toHaveAttribute("data-status", "behind");
});

test("the briefing PDF has the progress page: in table view, its title, every status in words and the summary", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  const frame = page.getByTestId("chart-progress-overview");
  // The heading's own text, without the 示例数据 badge inside it.
  const title = await frame.locator(".chart-frame__title").first().evaluate((h) => [...h.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains("badge"))).map((n) => n.textContent).join("").trim());
  const summary = (await frame.getByTestId("chart-summary").innerText()).replace(/^[^:：]*[:：]\s*/, "");
  expect(title).toBe("目标进度（2021-2025）");
  // With the table view on, the briefing carries the chart's table as text (otherwise its picture).
  await frame.getByTestId("toggle-table").click();
  const table = frame.getByTestId("chart-table");
  await expect(table).toBeVisible();
  const cells = (await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c as HTMLElement).innerText.trim())))).flat();
  const statuses = cells.filter((c) => (Object.values(WORDS) as string[]).includes(c) || c === "暂无数据" || c === "未开始");
  expect(statuses.length).toBeGreaterThan(0);

  const downloading = page.waitForEvent("download", { timeout: 150_000 });
  await page.getByTestId("briefing-pdf").click();
  const pdf = readFileSync((await (await downloading).path())!);
  const squash = (t: string) => t.replace(/\s+/g, "");
  const pages = (await readPdfPages(new Uint8Array(pdf))).map((p) => squash(p.text));
  const progressPage = pages.find((p) => p.includes(squash(title)));
  expect(progressPage, `a page titled ${title}`).toBeTruthy();
  for (const word of statuses) expect(progressPage).toContain(word);
  expect(progressPage).toContain(squash(summary));
});
