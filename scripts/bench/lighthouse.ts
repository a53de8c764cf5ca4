import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startNext, stop, type Server } from "./http/servers";
import { numberFlag } from "./args";

/**
 * npm run bench:lighthouse [-- --runs N] [-- --build]
 *   Builds what is missing, serves the product (seeded bench database), the minimal one-chart page
 *   (bench/minimal) and a bare Next.js page (bench/bare: one heading, no client code of its own),
 *   and runs Lighthouse 12.2.3 (the pinned devDependency) on each, desktop preset and mobile
 *   default, N rounds (3) taken in turn so that a busy moment falls on all of them alike.
 *   The bare page is the floor: what Next.js and React cost before the product adds anything.
 *   Each product page is also measured with its scripts blocked (server HTML and CSS only, as
 *   with JavaScript off): the ceiling no change to the client code can lift a page above, since
 *   what is left is the browser's own parsing, style, layout and paint of that page.
 * npm run bench:lighthouse -- <base URL> [paths…] [--runs N]
 *   The same against a server already running, without the yardsticks.
 * Prints the median score with its range, LCP, CLS, TBT and FCP medians; nothing is asserted.
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => numberFlag(args, name, fallback);
const RUNS = flag("--runs", 3);
const PORT = flag("--port", Number(process.env.BENCH_PORT ?? 3760));
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.match(/^--(runs|port)$/));
const [givenBase, ...givenPaths] = positional;
const PATHS = givenPaths.length ? givenPaths : ["/", "/map", "/districts/500101"];
const DB = path.resolve("bench-out/http.db");
const FORMS = ["desktop", "mobile"] as const;
const out = fs.mkdtempSync(path.join(os.tmpdir(), "duikou-lh-"));

type Report = { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> };
type Run = { performance: number; accessibility: number; lcp: number; cls: number; tbt: number; fcp: number; load: number };
type Target = { label: string; url: string; blockScripts?: boolean };

function lighthouse({ url, blockScripts }: Target, form: (typeof FORMS)[number]): Run {
  const file = path.join(out, `${form}-${Date.now()}.json`);
  const load = os.loadavg()[0]!;
  execFileSync(
    process.execPath,
    [
      "node_modules/lighthouse/cli/index.js",
      url,
      "--quiet",
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${file}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
      ...(form === "desktop" ? ["--preset=desktop"] : []),
      // Every script the build emitted (the inline RSC payload still arrives, as it would with scripts off).
      ...(blockScripts ? ["--blocked-url-patterns=*/_next/static/chunks/*.js"] : []),
    ],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } },
  );
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as Report;
  const value = (id: string) => r.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round(r.categories.performance!.score * 100),
    accessibility: Math.round((r.categories.accessibility?.score ?? NaN) * 100),
    lcp: value("largest-contentful-paint"),
    cls: value("cumulative-layout-shift"),
    tbt: value("total-blocking-time"),
    fcp: value("first-contentful-paint"),
    load,
  };
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART) and asks to be run again: once more, then the round goes without it. */
function lighthouseOrRetry(target: Target, form: (typeof FORMS)[number]): Run | null {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouse(target, form);
    } catch {
      console.log(`  ${target.label} ${form}: Lighthouse failed (${attempt === 1 ? "running it again" : "left out of this round"})`);
      if (attempt === 2) return null;
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

function report(label: string, form: string, runs: Run[]): string {
  // A median of fewer rounds when Lighthouse failed in one: the count is printed beside it.
  const of = (k: keyof Run) => runs.map((r) => r[k]);
  const scores = of("performance");
  return (
    `${label.padEnd(34)} ${form.padEnd(8)} performance ${String(median(scores)).padStart(3)} (${Math.min(...scores)}–${Math.max(...scores)}${runs.length < RUNS ? `, ${runs.length} of ${RUNS} runs` : ""})  ` +
    `accessibility ${median(of("accessibility"))}  LCP ${Math.round(median(of("lcp")))} ms  CLS ${median(of("cls")).toFixed(3)}  ` +
    `TBT ${Math.round(median(of("tbt")))} ms  FCP ${Math.round(median(of("fcp")))} ms  [load ${Math.min(...of("load")).toFixed(1)}–${Math.max(...of("load")).toFixed(1)}]`
  );
}

function ensureBuilt(dir: string): void {
  if (!args.includes("--build") && fs.existsSync(`${dir}/.next/BUILD_ID`)) return;
  const result = spawnSync("npx", ["next", "build", ...(dir === "." ? [] : [dir])], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`next build ${dir} failed`);
}

async function main() {
  const servers: Server[] = [];
  const targets: Target[] = [];
  try {
    if (givenBase) {
      for (const p of PATHS) targets.push({ label: p, url: givenBase + p });
    } else {
      if (!fs.existsSync(DB)) {
        fs.mkdirSync("bench-out", { recursive: true });
        const seeded = spawnSync("npx", ["tsx", "db/seed/run.ts"], { stdio: "inherit", env: { ...process.env, DATABASE_PATH: DB } });
        if (seeded.status !== 0) throw new Error("seeding the bench database failed");
      }
      for (const dir of [".", "bench/minimal", "bench/bare"]) ensureBuilt(dir);
      process.env.DUIKOU_BACKUP ??= "off";
      const product = await startNext("product", ".", PORT, DB, "/");
      servers.push(product);
      const minimal = await startNext("minimal", "bench/minimal", PORT + 1, DB, "/");
      servers.push(minimal);
      const bare = await startNext("bare", "bench/bare", PORT + 2, DB, "/");
      servers.push(bare);
      // Each page once before measuring: the first request of a fresh server fills its caches.
      for (const p of PATHS) await (await fetch(product.base + p)).text();
      for (const p of PATHS) targets.push({ label: p, url: product.base + p });
      for (const p of PATHS) targets.push({ label: `${p} with its scripts blocked`, url: product.base + p, blockScripts: true });
      targets.push({ label: "minimal one-chart page (yardstick)", url: minimal.base + "/" });
      targets.push({ label: "bare Next.js page (floor)", url: bare.base + "/" });
    }
    const runs = new Map<string, Run[]>();
    for (let round = 1; round <= RUNS; round++) {
      for (const target of targets) {
        for (const form of FORMS) {
          const run = lighthouseOrRetry(target, form);
          if (!run) continue;
          runs.set(`${target.label}|${form}`, [...(runs.get(`${target.label}|${form}`) ?? []), run]);
          console.log(`  round ${round}: ${target.label} ${form} ${run.performance} (TBT ${Math.round(run.tbt)} ms, LCP ${Math.round(run.lcp)} ms) [load ${run.load.toFixed(2)}]`);
        }
      }
    }
    console.log(`\nMedians of ${RUNS} run(s):`);
    for (const target of targets) for (const form of FORMS) {
      const taken = runs.get(`${target.label}|${form}`);
      console.log(taken ? report(target.label, form, taken) : `${target.label.padEnd(34)} ${form.padEnd(8)} no run completed`);
    }
  } finally {
    for (const server of servers) await stop(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
