import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { generateCorpus } from "../scripts/import-corpus/corpus";
import { apiSignIn, createAccount, signIn } from "./support/accounts";
import { fillImportTemplate } from "./support/import-template";

// One import changes what every page shows until it is undone: run these one after another.
// The machine the suite runs on may be shared: give the whole flow room.
test.describe.configure({ mode: "serial", timeout: 240_000 });

const METRICS = ["funds", "projects", "trained", "schools", "cadres"] as const;

/**
 * SHA-256 of every record table as the CSV export serves it (every record, stable order).
 * The export's leading "#" note rows are left out: they carry the minute it was generated,
 * which is not part of the tables.
 */
async function recordTablesHash(request: APIRequestContext): Promise<string> {
  const hash = createHash("sha256");
  for (const metric of METRICS) {
    const response = await request.get(`/api/records/export?metric=${metric}&format=csv`);
    expect(response.status()).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    const header = lines.findIndex((line) => !line.startsWith("#"));
    expect(header).toBeGreaterThan(0);
    hash.update(lines.slice(header).join("\r\n"));
  }
  return hash.digest("hex");
}

async function kpi(page: Page, metric: string): Promise<number> {
  await page.goto("/");
  return Number(await page.getByTestId(`kpi-${metric}`).getAttribute("data-value"));
}

// 石柱 has no pairing and so no demonstration records: an imported figure there changes the
// program total by exactly its amount (no demonstration figure of its cell retires).
const AMOUNT_WAN = 12_345;

// Both tests use 石柱's cell: one in order, never side by side (the import shows 12,345 there until its undo).
test.describe.serial("石柱's cell", () => {
  test("石柱 (no supporter on record) says so wherever it shows zero", async ({ page }) => {
    await page.goto("/?district=500240");
    await expect(page.getByTestId("kpi-funds")).toContainText("—（无结对数据）");
    await expect(page.getByTestId("kpi-funds")).not.toContainText("0%");
    await page.goto("/map");
    await expect(page.getByTestId("chart-funds-river-map").getByTestId("chart-summary")).toContainText("（无结对数据）");
  });

  test("template → fill → upload → preview → confirm → KPI up by the amount → undo → KPI and record tables back", async ({ page, request, baseURL }) => {
    const admin = createAccount({ role: "admin" });
    await signIn(page, admin, "/");
    await apiSignIn(request, admin, baseURL!);
    const tablesBefore = await recordTablesHash(request);
    const fundsBefore = await kpi(page, "funds");

    await page.goto("/data/import");
    const { filled, header } = await fillImportTemplate(page, "引入资金", ["石柱土家族自治县", "上海市", 2022, `${AMOUNT_WAN}万元`, "无偿援助", "教育", "e2e 导入"], "filled.xlsx");
    expect(header[3]).toBe("金额（万元）");

    await page.getByTestId("import-file").setInputFiles(filled);
    await page.getByTestId("import-upload").click();
    const counts = page.getByTestId("preview-counts");
    await expect(counts).toHaveAttribute("data-new", "1");
    await expect(counts).toHaveAttribute("data-refused", "0");
    const program = page.getByTestId("preview-effects").locator('tr[data-metric="funds"][data-district="all"]');
    await expect(program).toHaveAttribute("data-before", String(fundsBefore));
    await expect(program).toHaveAttribute("data-after", String(fundsBefore + AMOUNT_WAN));
    // Nothing is written by the preview.
    expect(await recordTablesHash(request)).toBe(tablesBefore);

    await page.getByTestId("import-confirm").click();
    const done = page.getByTestId("import-done");
    await expect(done).toBeVisible();
    const batch = await done.getAttribute("data-batch");
    let undone = false;
    try {
      expect(await kpi(page, "funds")).toBe(fundsBefore + AMOUNT_WAN);
      await expect(page.getByTestId("kpi-funds").getByTestId("kpi-db")).toHaveAttribute("data-difference", String(fundsBefore + AMOUNT_WAN - 17_940_000));

      // The same file again changes nothing.
      await page.goto("/data/import");
      await page.getByTestId("import-file").setInputFiles(filled);
      await page.getByTestId("import-upload").click();
      await expect(page.getByTestId("preview-duplicate")).toBeVisible();
      await expect(page.getByTestId("import-confirm")).toBeDisabled();

      await page.goto("/data/batches");
      page.once("dialog", (dialog) => dialog.accept());
      await page.getByTestId(`undo-${batch}`).click();
      await expect(page.getByTestId(`batch-${batch}`)).toHaveAttribute("data-state", "reverted");
      undone = true;
      expect(await kpi(page, "funds")).toBe(fundsBefore);
      expect(await recordTablesHash(request)).toBe(tablesBefore);
    } finally {
      // A failure between the commit and the undo must not leave 12,345 in the totals every later spec checks.
      if (!undone) await request.post(`/api/batches/${batch}/undo`, { headers: { origin: new URL(baseURL!).origin } });
    }
  });
});

test("the 万州区 editor forging a 涪陵区 write gets 403 and a sentence; nothing changes", async ({ request, baseURL }) => {
  const editor = createAccount({ role: "editor", districts: ["500101"] });
  await apiSignIn(request, editor, baseURL!);
  const before = await recordTablesHash(request);
  const origin = { origin: new URL(test.info().project.use.baseURL!).origin };
  const forged = await request.post("/api/entries/funds", {
    headers: origin,
    data: { districtCode: "500102", supporterCode: "330000", year: "2021", amountWan: "100", kind: "free_aid" },
  });
  expect(forged.status()).toBe(403);
  const body = (await forged.json()) as { error: string };
  expect(body.error).toMatch(/涪陵|范围|scope/);
  // The same through the import: the 涪陵 row is refused in the preview, and nothing else is writable.
  const csv = "区县,支援方,年份,金额（万元）,资金类别\r\n涪陵区,浙江省,2021,100,无偿援助\r\n";
  const preview = await request.post("/api/import/preview", { headers: origin, multipart: { file: { name: "fuling.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } } });
  expect(preview.status()).toBe(200);
  const json = (await preview.json()) as { canCommit: boolean; token: string; refused: { messages: string[] }[] };
  expect(json.canCommit).toBe(false);
  expect(json.refused[0]?.messages[0]).toContain("第 2 行 A 列");
  const commit = await request.post("/api/import/commit", { headers: origin, data: { token: json.token } });
  expect(commit.status()).toBe(400);
  expect(await recordTablesHash(request)).toBe(before);
});

test("a sample of the hostile corpus through the HTTP route: 4xx or a preview, never a 500, nothing written", async ({ request, baseURL }) => {
  const admin = createAccount({ role: "admin" });
  await apiSignIn(request, admin, baseURL!);
  const origin = { origin: new URL(test.info().project.use.baseURL!).origin };
  const before = await recordTablesHash(request);
  const corpus = await generateCorpus();
  const sample = corpus.filter((f) => ["empty.csv", "20mb.csv", "200k-rows.csv", "gbk.csv", "semicolon.csv", "zip-not-xlsx.xlsx", "shared-strings-bomb.xlsx", "dimension-bomb.xlsx", "formulas-hyperlink-date-error.xlsx", "serial-dates.csv", "duplicates.csv", "truncated.xlsx"].includes(f.name));
  expect(sample.length).toBe(12);
  for (const file of sample) {
    const response = await request.post("/api/import/preview", { headers: origin, multipart: { file: { name: file.name, mimeType: "application/octet-stream", buffer: file.bytes } } });
    expect(response.status(), file.name).toBeLessThan(500);
    const json = (await response.json()) as { error?: string; counts?: unknown };
    if (file.expect === "file") expect(json.error, file.name).toBeTruthy();
    else expect(json.counts, file.name).toBeTruthy();
  }
  const huge = await request.post("/api/import/preview", { headers: { ...origin, "content-type": "multipart/form-data; boundary=x", "content-length": String(500 * 1024 * 1024) }, data: "--x--" });
  expect([413, 400]).toContain(huge.status());
  expect(await recordTablesHash(request)).toBe(before);
  fs.rmSync(test.info().outputDir, { recursive: true, force: true });
});

test("the header links to the data pages for editors and administrators, not for readers; the server refuses a reader's write anyway", async ({ page, request, baseURL }) => {
  await page.goto("/");
  await expect(page.getByTestId("nav-overview")).toBeVisible();
  await expect(page.getByTestId("nav-data")).toHaveCount(0);

  const viewer = createAccount({ role: "viewer" });
  await signIn(page, viewer, "/");
  await expect(page.getByTestId("account-menu")).toBeVisible();
  await expect(page.getByTestId("nav-data")).toHaveCount(0);
  await apiSignIn(request, viewer, baseURL!);
  const origin = { origin: new URL(test.info().project.use.baseURL!).origin };
  const csv = "区县,支援方,年份,金额（万元）,资金类别\r\n万州区,上海市,2021,100,无偿援助\r\n";
  const refused = await request.post("/api/import/preview", { headers: origin, multipart: { file: { name: "w.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } } });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: string }).error).toBeTruthy();
  expect((await request.post("/api/targets", { headers: origin, data: { scope: "district", district: "500101", metric: "funds", periodFrom: 2021, periodTo: 2025, targetValue: 1, note: "x" } })).status()).toBe(403);

  await page.context().clearCookies();
  const editor = createAccount({ role: "editor", districts: ["500101"] });
  await signIn(page, editor, "/");
  const link = page.getByTestId("nav-data");
  await expect(link).toBeVisible();
  await expect(link).toHaveText("数据管理");
  await link.click();
  await expect(page).toHaveURL(/\/data\/import$/);
  await expect(link).toHaveAttribute("aria-current", "page");
});
