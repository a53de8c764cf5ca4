import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";

// Several pages per test, on a machine other builds share: room for slow first loads.
test.describe.configure({ timeout: 240_000 });

/**
 * What an official reads and takes away (issue 13): the province filter, multi-year figures,
 * English pages, phones and the exports, checked in Chromium as an official would meet them.
 */
async function kpi(page: Page, metric: string): Promise<number> {
  return Number(await page.getByTestId(`kpi-${metric}`).getAttribute("data-value"));
}

async function apiJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate((p) => fetch(p).then((r) => r.json()), path) as Promise<T>;
}

test("a province filter counts its cities: the same figure as the province profile, on the page and the API", async ({ page }) => {
  await page.goto("/?supporter=440000");
  const withCities = await kpi(page, "funds");
  await page.goto("/supporters/440000");
  expect(await kpi(page, "funds")).toBe(withCities);
  const totals = await apiJson<{ data: { metric: string; value: number }[] }>(page, "/api/totals?supporter=440000");
  expect(totals.data.find((t) => t.metric === "funds")!.value).toBe(withCities);

  await page.goto("/?supporter=440000&cities=exclude");
  const own = await kpi(page, "funds");
  await page.goto("/supporters/440000?cities=exclude");
  expect(await kpi(page, "funds")).toBe(own);
  expect(own).toBeLessThan(withCities);

  // 巫山县 is supported by 广东省 and its three cities: it appears once, with each of them.
  await page.goto("/supporters/440000");
  await expect(page.getByTestId("supporter-districts").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("supporter-district-500237")).toContainText("经由 广州市");
});

test("the filter bar shows a province's cities ticked as part of it and keeps 含下属城市 in the URL", async ({ page }) => {
  await page.goto("/?supporter=440000");
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-caption")).toContainText("广东省（含广州市、深圳市、珠海市）");
  const field = page.getByTestId("filter-supporter");
  await field.locator("summary").click();
  await expect(field.locator('input[value="440300"]')).toBeChecked();
  await expect(field.locator('input[value="440300"]')).toBeDisabled();
  await field.getByTestId("filter-supporter-search").fill("深圳");
  await expect(field.locator('input[value="440300"]')).toBeVisible();
  await expect(field.locator('input[value="440100"]')).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(field.locator("summary")).toBeFocused();
  await field.locator("summary").click();
  await page.getByTestId("filter-cities").uncheck();
  await expect(page).toHaveURL(/cities=exclude/);
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-caption")).toContainText("广东省（不含下属城市）");
});

test("a multi-year figure is drawn apart and never becomes the highest year (profile and compare)", async ({ page }) => {
  type Point = { year: number; value: number; cumulative: number; spanFrom: number | null };
  const series = await (async () => {
    await page.goto("/supporters/310000");
    return (await apiJson<{ data: Point[] }>(page, "/api/series?supporter=310000&metric=funds")).data;
  })();
  const span = series.find((p) => p.cumulative > 0)!;
  expect(span).toMatchObject({ year: 2015, spanFrom: 1992 });
  const peak = series.reduce((best, p) => (p.value - p.cumulative > best.value - best.cumulative ? p : best));
  const summary = page.getByTestId("chart-funds-by-year").getByTestId("chart-summary");
  await expect(summary).toContainText(`最高为${peak.year}年`);
  await expect(summary).toContainText("1992–2015 年累计");
  await page.getByTestId("chart-funds-by-year").getByRole("button", { name: "查看数据表" }).click();
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-table").locator("tbody tr").first().locator("th")).toHaveText("1992–2015年累计");

  // 丰都's 66 projects (河北省, 1992–2022) are one multi-year batch: a flat line, named apart.
  await page.goto("/compare?district=500230,500101");
  await expect(page.getByTestId("chart-compare-projects").getByTestId("chart-summary")).toContainText("另有跨年度累计 66个");
});

const PAGES = ["/", "/map", "/pairings", "/compare?district=500101,500102", "/districts/500101", "/districts/500240", "/supporters/440000"];

test("English pages carry no Han characters except names also given in English", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  const problems: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    // Left out: only what is marked as Chinese (lang="zh-CN": the 对口 mark, the 中文 switch, and a
    // record name with no English form, which is followed by "(Chinese original)"). Source notes,
    // sub-pairings, highlights and real records are in English.
    const text = await page.locator("body").evaluate((body: HTMLElement) => {
      body.querySelectorAll<HTMLElement>('[lang^="zh"]').forEach((el) => (el.style.display = "none"));
      return body.innerText;
    });
    const unmarked = await page.locator("[data-chinese-original]").evaluateAll((els) => els.filter((el) => !/\(Chinese original\)/.test(el.parentElement?.textContent ?? "")).length);
    if (unmarked) problems.push(`${path}: ${unmarked} Chinese originals without their mark`);
    const han = [...new Set(text.match(/[\u3400-\u9fff]+/g) ?? [])];
    if (han.length) problems.push(`${path}: ${han.slice(0, 8).join(" ")}`);
  }
  expect(problems).toEqual([]);
});

test("the map and a profile name a district from the same table: full name on both, the tile's short form its shortening", async ({ page, context, baseURL }) => {
  for (const [locale, full, short] of [["zh-CN", "石柱土家族自治县", "石柱县"], ["en", "Shizhu Tujia Autonomous County", "Shizhu"], ["en", "Zhong County", "Zhong"]] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    const code = full.startsWith("Zhong") ? "500233" : "500240";
    await page.goto(`/districts/${code}`);
    await expect(page.getByTestId("profile-header").locator("h1")).toContainText(full);
    await page.goto("/map");
    const tile = page.getByTestId(`map-district-${code}`);
    await expect(tile.locator("text").first()).toHaveText(short);
    // The tile's accessible name and the map's table use the full form, as the profile does.
    expect(await tile.getAttribute("aria-label")).toContain(full);
    const frame = page.getByTestId("chart-funds-river-map");
    await frame.getByTestId("toggle-table").click();
    await expect(frame.getByTestId("chart-table")).toContainText(full);
  }
});

test("summaries and rankings that rest on demonstration data say so where someone would quote them", async ({ page, context, baseURL }) => {
  await page.goto("/");
  await expect(page.getByTestId("chart-funds-by-district").getByTestId("chart-summary")).toContainText("此排名依据示例数据，仅作演示，不代表实际名次，请勿引用");
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-summary")).toContainText("此句依据示例数据，不代表实际情况，请勿引用");
  await expect(page.getByTestId("records-caveat")).toContainText("表中含示例记录");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/");
  await expect(page.getByTestId("chart-funds-by-supporter").getByTestId("chart-summary")).toContainText("This ranking rests on demonstration data");
});

test("at 390×844 no page overflows sideways and the filters are usable behind one button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) overflow.push(`${path}: ${width}px`);
  }
  expect(overflow).toEqual([]);

  await page.goto("/");
  const toggle = page.getByTestId("filter-toggle");
  await expect(toggle).toHaveText("筛选 (0)");
  await expect(page.getByTestId("filter-district")).toBeHidden();
  await toggle.click();
  const district = page.getByTestId("filter-district");
  await district.locator("summary").click();
  await district.locator('input[value="500101"]').check();
  await expect(page).toHaveURL(/district=500101/);
  await expect(page.getByTestId("filter-toggle")).toHaveText("筛选 (1)");
});

test("an exported chart image carries the view's URL and no on-screen hint", async ({ page }) => {
  await page.goto("/map?district=500101");
  const frame = page.getByTestId("chart-funds-river-map");
  await expect(frame.getByTestId("chart-summary")).toBeVisible();
  await frame.getByTestId("export-menu-button").click();
  const downloaded = page.waitForEvent("download");
  await frame.getByTestId("export-svg").click();
  const svg = readFileSync((await (await downloaded).path())!).toString("utf8");
  const text = [...svg.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]).join(" ").replace(/&amp;/g, "&");
  expect(text).toContain(`${new URL(page.url()).origin}/map?district=500101`);
  for (const hint of ["点击区县", "按住 Shift", "将鼠标", "Tab 键"]) expect(text).not.toContain(hint);
});

test("the record XLSX prints on A4 landscape, fit to width, header repeated; the search names the file", async ({ request }) => {
  const response = await request.get("/api/records/export?metric=funds&format=xlsx&q=%E4%B8%87%E5%B7%9E");
  expect(response.status()).toBe(200);
  expect(decodeURIComponent(response.headers()["content-disposition"]!)).toContain("funds-records_all_1992-2022_q-万州.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(await response.body()).buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
  expect(sheet.autoFilter).toMatch(/^A1:[A-Z]1$/);

  const paged = await request.get("/api/records?metric=funds&format=csv&page=2&pageSize=50");
  expect(await paged.text()).toMatch(/#分页,第 2 页，共 \d+ 页/);
});
