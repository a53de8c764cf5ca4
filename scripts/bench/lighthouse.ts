import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * npm run bench:lighthouse -- <base URL> [paths…]
 * Lighthouse 12.2.3 (the pinned devDependency) on each path, desktop preset and mobile default,
 * against a server already running (`next start`). Prints performance and accessibility scores,
 * LCP, CLS and total blocking time with the load average next to each; nothing is asserted.
 */
const [base = "http://127.0.0.1:3700", ...rest] = process.argv.slice(2);
const paths = rest.length ? rest : ["/", "/map", "/districts/500101"];
const out = fs.mkdtempSync(path.join(os.tmpdir(), "duikou-lh-"));

type Report = {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number }>;
};

for (const page of paths) {
  for (const form of ["desktop", "mobile"] as const) {
    const file = path.join(out, `${form}${page.replace(/\W+/g, "_")}.json`);
    const args = [
      "node_modules/lighthouse/cli/index.js",
      base + page,
      "--quiet",
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${file}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
      ...(form === "desktop" ? ["--preset=desktop"] : []),
    ];
    const load = os.loadavg()[0]!.toFixed(2);
    execFileSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } });
    const r = JSON.parse(fs.readFileSync(file, "utf8")) as Report;
    const ms = (id: string) => Math.round(r.audits[id]?.numericValue ?? NaN);
    console.log(
      `${page.padEnd(20)} ${form.padEnd(8)} performance ${Math.round(r.categories.performance!.score * 100)}  accessibility ${Math.round(r.categories.accessibility!.score * 100)}  ` +
        `LCP ${ms("largest-contentful-paint")} ms  CLS ${(r.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)}  TBT ${ms("total-blocking-time")} ms  FCP ${ms("first-contentful-paint")} ms  [load ${load}]`,
    );
  }
}
