import { expect, test, type Page } from "@playwright/test";

const PUBLISHED = { funds: 17_940_000, projects: 1800, trained: 60_000, schools: 445, cadres: 1200 };

async function kpiValue(page: Page, metric: string): Promise<number> {
  return Number(await page.getByTestId(`kpi-${metric}`).getAttribute("data-value"));
}

async function chooseDistrict(page: Page, name: string) {
  await page.getByTestId("filter-district").locator("summary").click();
  await page.getByTestId("filter-district").getByLabel(name, { exact: true }).check();
}

test("shows the five published totals with units, demo label, source and as-of date", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 3, name: /引入资金年度变化/ })).toBeVisible();
  for (const [metric, value] of Object.entries(PUBLISHED)) {
    await expect(page.getByTestId(`kpi-${metric}`)).toHaveAttribute("data-value", String(value));
  }
  await expect(page.getByTestId("kpi-funds").getByTestId("kpi-value")).toHaveText("1,794");
  await expect(page.getByTestId("kpi-funds")).toContainText("亿元");
  await expect(page.getByTestId("kpi-schools").getByTestId("kpi-value")).toHaveText("445");
  await expect(page.getByTestId("demo-banner")).toContainText("示例数据");
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("demo-label")).toBeVisible();
  await expect(page.getByTestId("chart-funds-by-year")).toContainText("数据截至 2022-12-31");
  await expect(page.getByTestId("chart-funds-by-year")).toContainText("来源：");
  // The bars as the server drew them (Recharts replaces them when a reader reaches for the chart).
  await expect(page.getByTestId("chart-funds-by-year").locator(".chart-static > svg").first()).toBeVisible();
});

test("choosing 万州区 changes the URL and the numbers; back restores the previous view", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("kpi-funds")).toHaveAttribute("data-value", String(PUBLISHED.funds));
  await chooseDistrict(page, "万州区");
  await expect(page).toHaveURL(/[?&]district=500101(&|$)/);
  await expect(page.getByTestId("kpi-funds")).not.toHaveAttribute("data-value", String(PUBLISHED.funds));
  const wanzhou = await kpiValue(page, "funds");
  expect(wanzhou).toBeGreaterThan(0);
  expect(wanzhou).toBeLessThan(PUBLISHED.funds);
  await expect(page.getByTestId("kpi-funds").getByTestId("kpi-share")).toContainText("占全库区同期");
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-caption")).toContainText("区县：万州区；年份：1992–2022");

  await page.goBack();
  await expect(page).toHaveURL((url) => !url.search.includes("district"));
  await expect(page.getByTestId("kpi-funds")).toHaveAttribute("data-value", String(PUBLISHED.funds));
  await page.goForward();
  await expect(page.getByTestId("kpi-funds")).toHaveAttribute("data-value", String(wanzhou));
});

test("the per-district values add up to the program total", async ({ page }) => {
  await page.goto("/?bydistrict=projects");
  const frame = page.getByTestId("chart-projects-by-district");
  await frame.getByTestId("toggle-table").click();
  const totals = await frame.getByTestId("chart-table").locator("tbody tr td:last-child").allInnerTexts();
  expect(totals).toHaveLength(14);
  expect(totals.reduce((sum, cell) => sum + Number(cell.replace(/,/g, "")), 0)).toBe(PUBLISHED.projects);

  // Funds exactly, in stored 万元, through the same route handler the chart uses.
  const body = await page.evaluate(() => fetch("/api/breakdown?metric=funds&by=district").then((r) => r.json()));
  const sum = (body.data as { value: number }[]).reduce((a, r) => a + r.value, 0);
  expect(sum).toBe(PUBLISHED.funds);
});

test("a year range narrows every figure and the charts follow", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("filter-from").selectOption("2013");
  await expect(page).toHaveURL(/from=2013/);
  await expect(page.getByTestId("kpi-funds").getByTestId("kpi-share")).toContainText("占1992–2022年累计");
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-caption")).toContainText("年份：2013–2022");
  expect(await kpiValue(page, "funds")).toBeLessThan(PUBLISHED.funds);
  // 上海→万州's 1992–2015 total cannot be split by year: it is left out of 2013–2022, and said so.
  await expect(page.getByTestId("kpi-funds").getByTestId("kpi-left-out")).toContainText("跨年度累计记录");
});

test("switching the trend metric fetches through the API and keeps it in the URL", async ({ page }) => {
  await page.goto("/");
  const response = page.waitForResponse((r) => r.url().includes("/api/series") && r.url().includes("metric=projects"));
  await page.getByTestId("trend-metric").selectOption("projects");
  expect((await response).status()).toBe(200);
  await expect(page.getByTestId("chart-projects-by-year")).toBeVisible();
  await expect(page).toHaveURL(/trend=projects/);
  await page.reload();
  await expect(page.getByTestId("chart-projects-by-year")).toBeVisible();
});

test("bad parameters show a clear message and never a 500", async ({ page }) => {
  // Over the 512-character value limit, under the 4 KB query limit (a longer query is a 414: request-cost spec).
  const long = "5".repeat(600);
  const bad = `/?district=999999,500101&from=abc&to=1800&supporter=%3Cscript%3Ealert(1)%3C/script%3E&foo=bar&from=2001&sector=mining&x=${long}`;
  const response = await page.goto(bad);
  expect(response?.status()).toBe(200);
  const notices = page.getByTestId("filter-notices");
  await expect(notices).toContainText("未找到代码为 999999 的受援区县");
  await expect(notices).toContainText("“abc”不是有效年份");
  await expect(notices).toContainText("年份 1800 超出数据范围");
  await expect(notices).toContainText("不是有效的六位行政区划代码");
  await expect(notices).toContainText("未知参数“foo”");
  await expect(notices).toContainText("参数“from”出现多次");
  await expect(notices).toContainText("未知产业“mining”");
  // The valid part still applies; markup stays text.
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-caption")).toContainText("区县：万州区");
  expect(await page.locator("script:not([src])").evaluateAll((nodes) => nodes.some((n) => n.textContent?.includes("alert(1)") && !n.textContent.includes("self.__next")))).toBe(false);

  const reversed = await page.goto("/?from=2020&to=2010");
  expect(reversed?.status()).toBe(200);
  await expect(page.getByTestId("filter-notices")).toContainText("已按 2010–2020 显示");
});

test("route handlers answer 400 with the reasons", async ({ request }) => {
  const response = await request.get("/api/series?metric=gdp&district=999999&from=abc");
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.issues.map((i: { code: string }) => i.code).sort()).toEqual(["invalid_year", "unknown_district", "unknown_metric"]);
  expect((await request.get("/api/breakdown?metric=funds&by=moon")).status()).toBe(400);
  expect((await request.get("/api/totals?district=500101")).status()).toBe(200);
});

test("an unknown page gets a proper not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toContainText("未找到页面");
});

test("the English switch translates the interface and keeps the figures", async ({ page }) => {
  await page.goto("/?district=500101");
  const before = await kpiValue(page, "funds");
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("link", { name: /Three Gorges Counterpart Support Dashboard/ })).toBeVisible();
  await expect(page.getByTestId("kpi-funds")).toContainText("Funds introduced");
  await expect(page.getByTestId("kpi-funds")).toContainText(/\d billion/);
  await expect(page.getByTestId("kpi-funds")).toContainText("yuan");
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-caption")).toContainText("Districts: Wanzhou District");
  expect(await kpiValue(page, "funds")).toBe(before);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("kpi-funds")).toContainText("引入资金");
});
