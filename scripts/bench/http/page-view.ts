import { chromium } from "@playwright/test";
import { cpuTimeMs, type Server } from "./servers";

export type PageView = { cpuMs: number; requests: number; paths: string[] };

/**
 * The server CPU time one page view costs: the HTML and every request the page makes to the
 * server in its first 5 s, read from /proc before and after (the server is otherwise idle).
 */
export async function pageViewCost(server: Server, path: string, cookie?: string): Promise<PageView> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    // One warm-up view so code loading and first-request compilation do not count.
    const warm = await browser.newPage();
    await warm.goto(server.base + path, { waitUntil: "load" });
    await warm.waitForTimeout(1500);
    await warm.close();
    const context = await browser.newContext(cookie ? { extraHTTPHeaders: { cookie } } : {});
    const page = await context.newPage();
    const paths: string[] = [];
    page.on("request", (r) => {
      if (r.url().startsWith(server.base)) paths.push(r.method() + " " + r.url().slice(server.base.length));
    });
    const pid = server.process.pid!;
    const before = cpuTimeMs(pid);
    await page.goto(server.base + path, { waitUntil: "commit" });
    await page.waitForTimeout(5000);
    const cpuMs = cpuTimeMs(pid) - before;
    await context.close();
    return { cpuMs, requests: paths.length, paths };
  } finally {
    await browser.close();
  }
}
