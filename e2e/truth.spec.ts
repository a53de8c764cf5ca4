import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Expectations come from the reference files (reference/pairings.md, published-figures.md, the article).
// The machine these run on is shared and slow; each test visits several server-rendered pages.
test.describe.configure({ timeout: 240_000 });

const SOURCE_IDS = (JSON.parse(readFileSync(path.join(__dirname, "../db/seed/data/sources.json"), "utf8")) as { id: string }[]).map((s) => s.id);

test("/sources lists every source with its citation and the records citing it; chart source lines link there", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("chart-funds-by-year").getByTestId("chart-source-link").click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据来源");
  for (const id of SOURCE_IDS) await expect(page.getByTestId(`source-${id}`)).toBeVisible();

  const article = page.getByTestId("source-article-2023-10");
  await expect(article).toContainText("心手相连感恩奋进 深化合作再谱新篇");
  await expect(article).toContainText("刘茂娇、李海林、龙博");
  await expect(article.getByTestId("source-inferred")).toContainText("31年来");
  await expect(article).toContainText("不详");

  // 山东省 + 沈阳市 → 忠县: four joint records (free aid, economic cooperation, training, cadres).
  const shandong = page.getByTestId("source-report-shandong-zhong");
  await expect(shandong.getByTestId("source-records").locator("tr")).toHaveCount(4);
  await expect(shandong.getByTestId("source-records")).toContainText("联合记录：山东省、沈阳市");
  await expect(page.getByTestId("source-demo-generator").getByTestId("source-counts")).toContainText("援建学校：437条示例记录");
});

test("the trend chart shows the published cumulative points (end 2018, end 2024) with their caveats", async ({ page }) => {
  await page.goto("/");
  const trend = page.getByTestId("chart-funds-by-year");
  const points = trend.getByTestId("published-points");
  await expect(points).toContainText("截至2018年底公布累计：1,815.7 亿元（含实物折款）");
  await expect(points).toContainText("截至2024年底公布累计：1,883 亿元（其中无偿援助66亿元）");
  await expect(points).toContainText("原文截至2022年累计 1,794 亿元");
  await expect(trend.locator(".chart-frame__source")).toContainText("不计入截至2022年的总数");
  await expect(page.getByTestId("kpi-funds")).toHaveAttribute("data-value", "17940000");

  await page.goto("/?trend=projects");
  await expect(page.getByTestId("chart-projects-by-year").getByTestId("published-points")).toContainText("截至2018年底公布累计：1,768 个");
  // Program-wide figures: not drawn beside one district's bars.
  await page.goto("/?district=500101");
  await expect(page.getByTestId("chart-funds-by-year").getByTestId("chart-drawing")).toBeVisible();
  await expect(page.getByTestId("published-points")).toHaveCount(0);
});

test("沈阳市 and 云南省 show their joint figures, marked as joint with the partners named", async ({ page }) => {
  await page.goto("/supporters/210100?records=cadres");
  const records = page.getByTestId("records-panel");
  await expect(records.getByTestId("record-joint").first()).toContainText("山东省、沈阳市合计公布");
  await page.goto("/supporters/530000?records=cadres");
  await expect(page.getByTestId("records-panel").getByTestId("record-joint").first()).toContainText("江西省、云南省合计公布");

  await page.goto("/?bysupporter=cadres");
  const bySupporter = page.getByTestId("chart-cadres-by-supporter");
  await expect(bySupporter.locator(".chart-frame__source")).toContainText("各支援方之和因此大于总数");
  await expect(bySupporter.locator(".chart-frame__source")).toContainText("沈阳市");

  await page.goto("/pairings?metric=trained");
  await expect(page.getByTestId("chart-trained-flows").locator(".chart-frame__source")).toContainText("流向之和因此大于总数");
});

test("pairings say what they rest on, with the basis on hover and in the table; 开州 start unknown; 石宝镇 signatories", async ({ page }) => {
  await page.goto("/map");
  const kaizhou = page.getByTestId("pairing-row-500154");
  await expect(kaizhou).toContainText("间接提及");
  await expect(kaizhou).toContainText("起始年份不详");
  await expect(kaizhou).toContainText("依据：原文：四川多所学校帮扶开州德阳中学");
  await expect(kaizhou.locator("[data-confidence]")).toHaveAttribute("title", /四川多所学校/);
  await expect(page.getByTestId("pairing-row-500115")).toContainText("待核实");

  await page.goto("/districts/500233");
  const sub = page.getByTestId("sub-pairings");
  await expect(sub).toContainText("乳山市");
  await expect(sub).toContainText("环翠区");
  await expect(sub.locator("tbody tr")).toHaveCount(2);
  await expect(sub.locator("tbody tr").first()).toContainText("威海市 · 山东省");
});

test("demonstration records carry unique 示例 names; English speaks of sources and rests-on words", async ({ page }) => {
  await page.goto("/districts/500101?records=schools&pageSize=100");
  const names = await page.getByTestId("records-panel").getByTestId("record-row").locator("td:nth-child(3)").allInnerTexts();
  const demoNames = names.filter((n) => n.startsWith("示例学校"));
  expect(demoNames.length).toBeGreaterThan(5);
  expect(new Set(demoNames.map((n) => n.split("（")[0])).size).toBe(demoNames.length);

  await page.goto("/");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("nav-pairings")).toHaveText("Pairings");
  await page.goto("/sources");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  await expect(page.getByTestId("source-report-liaoning-fengjie")).toContainText("unknown");
  await page.goto("/map");
  await expect(page.getByTestId("pairing-row-500154")).toContainText("Mentioned indirectly");
  await expect(page.getByTestId("pairing-row-500154")).toContainText("start not known");
});
