import { chromium } from "@playwright/test";
const base = process.env.BASE ?? "http://127.0.0.1:3301";
const pages = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
if (process.env.LANG_EN) await ctx.addCookies([{ name: "NEXT_LOCALE", value: "en", url: base }]);
const page = await ctx.newPage();
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log("console:", m.type(), m.text().slice(0, 300)); });
page.on("pageerror", (e) => console.log("pageerror:", e.message));
for (const spec of pages) {
  const [path, name, selector] = spec.split("|");
  const res = await page.goto(base + path, { waitUntil: "networkidle" });
  await page.waitForTimeout(400);
  const file = `/tmp/shots/${name}.png`;
  if (selector?.startsWith("clip:")) {
    const [, y, h] = selector.split(":");
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: Number(y), width: 1366, height: Number(h) } });
  } else if (selector) await page.locator(selector).first().screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
  console.log(res?.status(), path, "->", file);
}
await browser.close();
