import { expect, test, type Page } from "@playwright/test";

const PUBLISHED_FUNDS = 17_940_000;

async function kpi(page: Page, metric: string): Promise<number> {
  return Number(await page.getByTestId(`kpi-${metric}`).getAttribute("data-value"));
}

async function apiFunds(page: Page, query: string): Promise<number> {
  const body = await page.evaluate((q) => fetch(`/api/totals?${q}`).then((r) => r.json()), query);
  return (body.data as { metric: string; value: number }[]).find((t) => t.metric === "funds")!.value;
}

test("opens a district profile from the overview's district breakdown", async ({ page }) => {
  await page.goto("/");
  // Charts are drawn as they come near the viewport: a reader scrolls down to this one.
  await page.getByTestId("chart-funds-by-district").scrollIntoViewIfNeeded();
  await page.getByTestId("chart-funds-by-district").getByTestId("tick-link-500101").click();
  await expect(page).toHaveURL(/\/districts\/500101$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("万州区");
  const supporters = page.getByTestId("district-supporters");
  // The basis of another pairing may name 上海市 too (厦门市 with 上海市): pick the item by its link.
  await expect(supporters.getByRole("listitem").filter({ has: page.getByRole("link", { name: "上海市", exact: true }) })).toContainText("多方来源");
  await expect(page.getByTestId("chart-funds-by-year")).toContainText("区县：万州区");
  expect(await kpi(page, "funds")).toBe(await apiFunds(page, "district=500101"));
  await expect(page.getByTestId("highlights")).toContainText("来源：");
  await expect(page.getByTestId("sub-pairings")).toContainText("万州天津医院");
});

test("the top records link to both profiles", async ({ page }) => {
  await page.goto("/");
  const first = page.getByTestId("top-records").locator("tbody tr").first();
  const supporter = (await first.locator("td").nth(1).innerText()).trim();
  await first.locator("td").nth(1).getByRole("link").click();
  await expect(page).toHaveURL(/\/supporters\/\d{6}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(supporter);
});

test("a click on a map district filters the whole view and the URL; the chip bar removes it", async ({ page }) => {
  await page.goto("/");
  const tile = page.getByTestId("map-district-500102");
  await expect(tile).toHaveAttribute("aria-pressed", "false");
  await tile.click();
  await expect(page).toHaveURL(/[?&]district=500102(&|$)/);
  await expect(page.getByTestId("map-district-500102")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("kpi-funds")).not.toHaveAttribute("data-value", String(PUBLISHED_FUNDS));
  expect(await kpi(page, "funds")).toBe(await apiFunds(page, "district=500102"));
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-caption")).toContainText("区县：涪陵区");

  const chip = page.getByTestId("chip-district-500102");
  await expect(chip).toContainText("涪陵区");
  await chip.getByRole("button", { name: "移除筛选：区县：涪陵区" }).click();
  await expect(page).toHaveURL((url) => !url.search.includes("district"));
  await expect(page.getByTestId("kpi-funds")).toHaveAttribute("data-value", String(PUBLISHED_FUNDS));
  await expect(page.getByTestId("chip-bar")).toContainText("未筛选");
});

test("the map and the chip bar work by keyboard alone", async ({ page }) => {
  await page.goto("/map");
  await page.getByTestId("map-district-500101").focus();
  await expect(page.getByTestId("map-detail")).toContainText("万州区");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]district=500101(&|$)/);
  // Shift+Enter adds a second district instead of replacing the first.
  await page.getByTestId("map-district-500237").focus();
  await page.keyboard.press("Shift+Enter");
  await expect(page).toHaveURL(/district=500101%2C500237|district=500101,500237/);
  await expect(page.getByTestId("pairing-table").locator("tbody tr")).toHaveCount(2);

  const remove = page.getByTestId("chip-district-500101").getByRole("button");
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/district=500237(&|$)/);
  // Focus moves on to the next chip, so the next Enter removes it too.
  await expect(page.getByTestId("chip-district-500237").getByRole("button")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => !url.search.includes("district"));
});

test("the server's bars work before the interactive drawing arrives: a tap on a bar filters, a label opens its profile", async ({ page }) => {
  await page.goto("/");
  const frame = page.getByTestId("chart-funds-by-district");
  await page.waitForFunction(() => window.duikouExport?.charts().includes("funds-by-district"));
  await expect(frame.locator(".chart-static")).toHaveCount(1);
  // A click event alone (as a tap delivers it before Recharts has loaded), not a pointer hovering first.
  await frame.locator('.chart-static rect[data-key="500101"]').first().dispatchEvent("click");
  await expect(page).toHaveURL(/[?&]district=500101(&|$)/);
  await page.goto("/");
  await page.waitForFunction(() => window.duikouExport?.charts().includes("funds-by-district"));
  await page.getByTestId("chart-funds-by-district").locator('.chart-static [data-testid="tick-link-500102"]').dispatchEvent("click");
  await expect(page).toHaveURL(/\/districts\/500102/);
});

test("a breakdown bar cross-filters by keyboard: arrows choose, Enter applies", async ({ page }) => {
  await page.goto("/");
  const frame = page.getByTestId("chart-funds-by-district");
  await frame.scrollIntoViewIfNeeded();
  // A keyboard reader tabs to the server's drawing: the interactive one replaces it and takes the focus.
  await frame.locator(".chart-deferred").first().focus();
  const chart = frame.locator("svg.recharts-surface[tabindex=\"0\"]");
  await expect(chart).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("chart-funds-by-district").locator(".recharts-tooltip-wrapper")).toContainText("万州区");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]district=500101(&|$)/);
  await expect(page.getByTestId("chip-district-500101")).toBeVisible();
});

test("the pairing view: hover shows values, a flow filters, a supporter opens its profile", async ({ page }) => {
  await page.goto("/pairings");
  const sankey = page.getByTestId("flow-sankey");
  await expect(sankey.locator("[data-status='unverified']")).toHaveCount(3);
  await expect(sankey).toContainText("安徽省（待核实）");

  await page.getByTestId("flow-link-310000-500101").hover();
  await expect(page.getByTestId("flow-tooltip")).toContainText("上海市 → 万州区");
  await expect(page.getByTestId("flow-active")).toContainText(/上海市 → 万州区：[\d,.]+ 亿元/);

  await page.getByTestId("flow-link-310000-500101").click();
  await expect(page).toHaveURL(/district=500101/);
  await expect(page).toHaveURL(/supporter=310000/);
  await expect(page.getByTestId("chip-supporter-310000")).toBeVisible();

  await page.getByTestId("flow-node-310000").click();
  await expect(page).toHaveURL(/\/supporters\/310000\?district=500101$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("上海市");
  await expect(page.getByTestId("chip-district-500101")).toBeVisible();
});

test("compares three districts side by side, per metric and per year", async ({ page }) => {
  await page.goto("/compare?district=500101,500102,500233");
  const totals = page.getByTestId("compare-totals");
  await expect(totals.locator("thead th")).toHaveText(["指标", "万州区", "涪陵区", "忠县"]);
  const cells = totals.getByTestId("compare-row-funds").locator("td");
  await expect(cells).toHaveCount(3);
  for (const [i, code] of ["500101", "500102", "500233"].entries()) {
    expect(Number(await cells.nth(i).getAttribute("data-value"))).toBe(await apiFunds(page, `district=${code}`));
  }
  await expect(totals.getByTestId("compare-row-funds")).toContainText("最高");

  const chart = page.getByTestId("chart-compare-projects");
  await expect(chart.locator("path.recharts-curve")).toHaveCount(3);
  await expect(chart.getByTestId("chart-summary")).toContainText("1992–2022年产业合作项目：");
  await chart.getByTestId("toggle-table").click();
  const table = chart.getByTestId("chart-table");
  await expect(table.locator("thead th")).toHaveCount(4);
  await expect(table.locator("tbody tr").first()).toContainText("1992");
  await expect(table.locator("tbody tr").last()).toContainText("合计");

  // Removing one from the chip bar leaves two; the picker adds one back.
  await page.getByTestId("chip-district-500233").getByRole("button").click();
  await expect(page).toHaveURL(/district=500101%2C500102$|district=500101,500102$/);
  await expect(totals.locator("thead th")).toHaveCount(3);
  await page.getByTestId("compare-add").selectOption("500237");
  await expect(totals.locator("thead th")).toHaveText(["指标", "万州区", "涪陵区", "巫山县"]);
});

test("compare asks for two, offers an example, and caps at four", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByTestId("compare-status")).toContainText("请至少选择 2 个");
  await page.getByTestId("compare-example").click();
  await expect(page.getByTestId("compare-totals")).toBeVisible();
  await page.goto("/compare?district=500101,500102,500233,500235,500236");
  await expect(page.getByTestId("compare-dropped")).toContainText("最多对比 4 个，已忽略：奉节县");
  await expect(page.getByTestId("compare-add")).toBeDisabled();
});

test("a record table sorts, searches and pages, all in the URL", async ({ page }) => {
  await page.goto("/districts/500101");
  const panel = page.getByTestId("records-panel");
  const values = async () => (await panel.getByTestId("record-value").allInnerTexts()).map((v) => Number(v.replace(/,/g, "")));

  await panel.getByTestId("sort-value").click();
  await expect(page).toHaveURL(/sort=-value/);
  await expect(panel.getByTestId("sort-value").locator("..")).toHaveAttribute("aria-sort", "descending");
  await expect.poll(async () => { const v = await values(); return v.every((x, i) => i === 0 || v[i - 1]! >= x); }).toBe(true);
  const top = (await values())[0]!;

  await panel.getByTestId("sort-value").click();
  await expect(page).toHaveURL(/sort=value/);
  await expect.poll(async () => { const v = await values(); return v.length > 1 && v.every((x, i) => i === 0 || v[i - 1]! <= x); }).toBe(true);

  await panel.getByTestId("sort-value").click();
  await expect.poll(async () => (await values())[0]).toBe(top);
  const firstIds = await panel.getByTestId("record-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));
  expect(firstIds).toHaveLength(25);
  await panel.getByTestId("pager-next").click();
  await expect(page).toHaveURL(/page=2/);
  await expect(panel.getByTestId("pager-status")).toContainText("第 2 /");
  await expect(panel.getByTestId("record-row").first()).not.toHaveAttribute("data-id", firstIds[0]!);
  const secondIds = await panel.getByTestId("record-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));
  // Pages never overlap, and a reload (the URL alone) shows the same page.
  expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
  await page.reload();
  await expect(page.getByTestId("records-panel").getByTestId("record-row").first()).toHaveAttribute("data-id", secondIds[0]!);

  await page.getByTestId("records-metric-projects").click();
  await expect(page).toHaveURL(/records=projects/);
  await expect(page).not.toHaveURL(/page=2/);
  await page.getByTestId("records-search").fill("柑橘");
  await page.getByTestId("records-search").press("Enter");
  await expect(page).toHaveURL(/q=%E6%9F%91%E6%A9%98/);
  for (const text of await page.getByTestId("record-row").allInnerTexts()) expect(text).toContain("柑橘");
});

test("a province counts its cities in or out; 石柱 says it has no pairing", async ({ page }) => {
  await page.goto("/supporters/440000");
  // 巫山县 is listed once, with 广东省 and its three cities under it.
  await expect(page.getByTestId("supporter-districts").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("supporter-district-500237").locator(".pairing-list__member")).toHaveCount(4);
  const withCities = await kpi(page, "funds");
  expect(withCities).toBe(await apiFunds(page, "supporter=440000,440100,440300,440400"));
  await expect(page.getByTestId("members-table").locator("tbody tr")).toHaveCount(4);

  await page.getByTestId("cities-exclude").click();
  await expect(page).toHaveURL(/cities=exclude/);
  await expect(page.getByTestId("members-table")).toHaveCount(0);
  await expect(page.getByTestId("kpi-funds")).toHaveAttribute("data-value", String(await apiFunds(page, "supporter=440000&cities=exclude")));
  expect(await kpi(page, "funds")).toBeLessThan(withCities);
  await expect(page.getByTestId("supporter-districts").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("supporter-district-500237").locator(".pairing-list__member")).toHaveCount(1);

  await page.goto("/districts/500240");
  await expect(page.getByTestId("no-pairing")).toContainText("暂无结对信息");
});

test("unknown codes get a not-found page with a 404 status", async ({ page }) => {
  const district = await page.goto("/districts/999999");
  expect(district?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toContainText("未找到该受援区县");
  await page.getByTestId("not-found").getByRole("link", { name: "万州区" }).click();
  await expect(page).toHaveURL(/\/districts\/500101$/);

  const supporter = await page.goto("/supporters/abc");
  expect(supporter?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toContainText("未找到该支援方");

  // A former division code (开县 500234) leads to the district under its current code.
  await page.goto("/districts/500234?from=2000");
  await expect(page).toHaveURL(/\/districts\/500154\?from=2000$/);
  await expect(page.getByRole("heading", { level: 1, name: /开州区/ })).toBeVisible();
  // A path that cannot be decoded is a 404, not a server error.
  expect((await page.goto("/districts/%FF"))?.status()).toBe(404);
  expect((await page.goto("/supporters/%ED%A0%80"))?.status()).toBe(404);
});

test("bad parameters on explore pages are named, never a 500", async ({ page }) => {
  const response = await page.goto("/districts/500101?district=500102&page=0&sort=drop&records=gdp");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("scope-notice")).toContainText("区县筛选（district）未采用");
  await expect(page.getByTestId("chip-district-500102")).toHaveCount(0);
  const notices = page.getByTestId("filter-notices");
  await expect(notices).toContainText("“0”不是 1–1000000 之间的整数（page），只能使用数字。");
  await expect(notices).toContainText("未知指标“gdp”");
  const far = await page.goto("/supporters/440000?cities=all&page=9999");
  expect(far?.status()).toBe(200);
  await expect(page.getByTestId("filter-notices")).toContainText("参数“cities”的值“all”无效");
  await expect(page.getByTestId("records-panel")).toContainText("第 9999 页不存在");
});

test("the records API pages in a stable order, answers CSV and rejects bad parameters", async ({ request }) => {
  const page1 = await (await request.get("/api/records?metric=funds&district=500101&pageSize=7&sort=-value")).json();
  const page2 = await (await request.get("/api/records?metric=funds&district=500101&pageSize=7&sort=-value&page=2")).json();
  expect(page1.total).toBeGreaterThan(14);
  expect(page1.pages).toBe(Math.ceil(page1.total / 7));
  const ids = [...page1.data, ...page2.data].map((r: { id: number }) => r.id);
  expect(new Set(ids).size).toBe(14);
  const values = [...page1.data, ...page2.data].map((r: { value: number }) => r.value);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  expect(page1.data.every((r: { districtCode: string }) => r.districtCode === "500101")).toBe(true);

  const csv = await request.get("/api/records?metric=projects&format=csv&pageSize=3");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  // One page is not the whole: a note row says which page of how many, then the header and 3 rows.
  expect(lines[0]).toMatch(/^#分页,第 1 页，共 \d+ 页/);
  expect(lines[1]).toContain("编号,年份,起始年份（跨年度累计）,支援方代码");
  expect(lines[1]).toContain("产业合作项目（个）");
  expect(lines).toHaveLength(5);
  expect(Number(csv.headers()["x-total-count"])).toBeGreaterThan(3);

  const bad = await request.get("/api/records?metric=gdp&page=0&format=xml&sort=drop");
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.issues.map((i: { param: string }) => i.param).sort()).toEqual(["format", "metric", "page", "sort"]);
  expect((await request.get("/api/records?metric=funds&page=99999")).status()).toBe(400);
  expect((await request.get("/api/records")).status()).toBe(400);
  expect((await request.get("/api/flows?metric=funds&supporter=abc")).status()).toBe(400);
});

test("the explore pages speak English too", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("nav-pairings")).toHaveText("Pairings");
  await page.getByTestId("nav-pairings").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pairings");
  await expect(page.getByTestId("flow-sankey")).toContainText("Anhui (unverified)");
  await page.goto("/districts/500240");
  await expect(page.getByTestId("no-pairing")).toContainText("No pairing on record");
});
