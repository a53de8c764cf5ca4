/**
 * Export benchmark, measured in Chromium: time to produce a 2× PNG of each chart, the briefing
 * PDF and the chart ZIP (through window.duikouExport, timed with performance.now() in the page),
 * and the streamed record exports (time to first byte and to the last), on the seeded database
 * and on a scaled one. Targets: one chart ≤ 300 ms, the briefing ≤ 5 s.
 *
 *   npx tsx scripts/bench-exports.ts [--scale 40] [--runs 5] [--fresh]
 *
 * Needs a production build (runs `next build` when there is none) and Debian's Chromium.
 */
import { chromium, type Browser } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SCALE = option("scale", 40);
const RUNS = option("runs", 10);
const FRESH = args.includes("--fresh");
const OUT = path.resolve("bench-out");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TARGET = { chart: 300, briefing: 5000 };

type Stats = { median: number; p95: number; max: number };
const stats = (xs: number[]): Stats => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
};
const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;

function ensureDatabase(file: string, scale: number) {
  if (existsSync(file) && !FRESH) return;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  console.log(`seeding ${path.relative(process.cwd(), file)} (scale ${scale}) …`);
  const run = spawnSync("npx", ["tsx", "db/seed/run.ts", "--scale", String(scale)], { env: { ...process.env, DATABASE_PATH: file }, stdio: "inherit" });
  if (run.status !== 0) throw new Error("seeding failed");
}

function stop(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

async function startServer(db: string, port: number): Promise<ChildProcess> {
  // Its own process group, so stopping it stops next start too (not only the npx wrapper).
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env: { ...process.env, DATABASE_PATH: db }, stdio: "ignore", detached: true });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/totals`).then((r) => r.ok).catch(() => false);
    if (ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop(server);
  throw new Error(`server on ${port} did not start`);
}

async function recordExport(base: string, format: "csv" | "xlsx") {
  const start = performance.now();
  const response = await fetch(`${base}/api/records/export?metric=funds&format=${format}`);
  const reader = response.body!.getReader();
  let firstByte = 0;
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByte) firstByte = performance.now() - start;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines++;
  }
  return { firstByte, total: performance.now() - start, bytes, lines };
}

async function measure(browser: Browser, label: string, base: string) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
  await page.goto(base);
  await page.waitForFunction(() => window.duikouExport && document.querySelectorAll(".recharts-wrapper > svg.recharts-surface").length >= 3);
  await page.waitForLoadState("networkidle"); // the page prefetches the export fonts while idle
  const names = await page.evaluate(() => window.duikouExport!.charts());
  const cold = await page.evaluate((name) => window.duikouExport!.chartPng(name, 2), names[0]!);
  console.log(`\n${label} — ${base}; ${RUNS} runs per chart, median / p95 / max (target judged on the median)`);
  console.log(`  first PNG after the page settled (fonts prefetched): ${ms(cold.ms)}`);
  const rows: [string, Stats, number | null][] = [];
  for (const name of names) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await page.evaluate((n) => window.duikouExport!.chartPng(n, 2), name)).ms);
    rows.push([`PNG 2× ${name}`, stats(times), TARGET.chart]);
  }
  const briefing: number[] = [];
  let pages = 0;
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    const result = await page.evaluate(() => window.duikouExport!.briefing());
    briefing.push(result.ms);
    pages = result.pages;
  }
  rows.push([`briefing PDF (${pages} pages)`, stats(briefing), TARGET.briefing]);
  const zip: number[] = [];
  for (let i = 0; i < 3; i++) zip.push((await page.evaluate(() => window.duikouExport!.zip())).ms);
  rows.push(["charts ZIP", stats(zip), null]);
  for (const [name, s, target] of rows) {
    const verdict = target === null ? "" : s.median <= target ? `  ok (≤ ${target} ms)` : `  OVER ${target} ms`;
    console.log(`  ${name.padEnd(34)} ${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)}${verdict}`);
  }
  for (const format of ["csv", "xlsx"] as const) {
    const r = await recordExport(base, format);
    const rows = format === "csv" ? `, ${r.lines.toLocaleString("en")} lines` : "";
    console.log(`  records ${format.padEnd(4)} (every funds record) first byte ${ms(r.firstByte)}, complete ${ms(r.total)}, ${(r.bytes / 1e6).toFixed(1)} MB${rows}`);
  }
  await page.close();
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("no production build: running next build …");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0) throw new Error("build failed");
  }
  mkdirSync(OUT, { recursive: true });
  const databases = [
    { label: "seeded data (scale 1)", file: path.join(OUT, "exports-scale1.db"), scale: 1, port: 3211 },
    { label: `scaled data (scale ${SCALE})`, file: path.join(OUT, `exports-scale${SCALE}.db`), scale: SCALE, port: 3212 },
  ];
  for (const db of databases) ensureDatabase(db.file, db.scale);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    for (const db of databases) {
      const server = await startServer(db.file, db.port);
      try {
        await measure(browser, db.label, `http://127.0.0.1:${db.port}`);
      } finally {
        stop(server);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
