import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PAGES = [
  { name: "overview", path: "/" },
  { name: "overview filtered", path: "/?district=500101&from=2013" },
  { name: "district", path: "/districts/500101" },
  { name: "district without pairing", path: "/districts/500240" },
  { name: "supporter (province with cities)", path: "/supporters/440000" },
  { name: "supporter (city)", path: "/supporters/330200?cities=exclude" },
  { name: "pairings", path: "/pairings" },
  { name: "map", path: "/map?district=500101" },
  { name: "compare", path: "/compare?district=500101,500102,500233" },
  { name: "compare empty", path: "/compare" },
  { name: "progress by pairing", path: "/progress?by=pairing" },
  { name: "target form signed out", path: "/progress/targets" },
  { name: "district not found", path: "/districts/999999" },
  { name: "page not found", path: "/no-such-page" },
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

for (const { name, path } of PAGES) {
  test(`axe finds no serious or critical violation: ${name}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("axe finds no serious violation with every chart shown as a table, in English", async ({ page }) => {
  // Three pages, each with every chart opened as a table: axe reads thousands of cells.
  test.setTimeout(180_000);
  await page.goto("/");
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  for (const path of ["/", "/districts/500101", "/compare?district=500101,500102"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    for (const toggle of await page.getByTestId("toggle-table").all()) await toggle.click();
    await expect(page.getByTestId("chart-table").first()).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
});
