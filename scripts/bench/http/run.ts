import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { firstLoadJs } from "./first-load";
import { load, type LoadResult } from "./load";
import { pageViewCost } from "./page-view";
import { startNext, stop } from "./servers";
import { numberFlag } from "../args";

/**
 * npm run bench:http [-- --rounds 3 --seconds 10 --build]
 * The product's pages against a minimal one-chart Next.js page (bench/minimal: one Drizzle query,
 * one Recharts bar chart, a TanStack Query provider, built from the same node_modules), served
 * one at a time on the same seeded database and measured alternately with autocannon.
 * Prints req/s, p50, p99, the ratio to the minimal page, first-load JS, and the server CPU
 * time of one page view as a browser makes it; also a chart API answered with its body and
 * revalidated (304). Figures only; nothing is asserted.
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => numberFlag(args, name, fallback);
const ROUNDS = flag("--rounds", 3);
const SECONDS = flag("--seconds", 10);
const PORT = flag("--port", Number(process.env.BENCH_PORT ?? 3210));
const DB = path.resolve("bench-out/http.db");
const PAGES = ["/", "/districts/500101", "/pairings", "/map"];
const MINIMAL_DIR = "bench/minimal";
// A cookie other than the language makes the page cache step aside (as for a signed-in person):
// the page is rendered every time, from the data cache. This is the "before" of the page cache.
const RENDERED_COOKIE = "duikou-bench=rendered";
const RENDERED = " (rendered)";
const split = (page: string) => (page.endsWith(RENDERED) ? { path: page.slice(0, -RENDERED.length), cookie: RENDERED_COOKIE } : { path: page, cookie: undefined });
// A chart API as the browser asks it: first for the body, then revalidating with the ETag it got (304).
const CHART_API = "/api/series?metric=funds&district=500101";
const REVALIDATED = " (304)";

function run(command: string, argv: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, argv, { stdio: "inherit", env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed`);
}

function prepare(): void {
  fs.mkdirSync("bench-out", { recursive: true });
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(f, { force: true });
  run("npx", ["tsx", "db/seed/run.ts"], { DATABASE_PATH: DB });
  if (args.includes("--build") || !fs.existsSync(".next/BUILD_ID")) run("npx", ["next", "build"]);
  if (args.includes("--build") || !fs.existsSync(`${MINIMAL_DIR}/.next/BUILD_ID`)) run("npx", ["next", "build", MINIMAL_DIR]);
}

const PAD = 58;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function measure(name: string, dir: string, pagesToLoad: string[], into: Map<string, LoadResult[]>) {
  const server = await startNext(name, dir, PORT, DB, "/");
  try {
    for (const page of pagesToLoad) await (await fetch(server.base + split(page).path.replace(REVALIDATED, ""))).text();
    for (const page of pagesToLoad) {
      const { path: target, cookie } = split(page);
      const headers: Record<string, string> = cookie ? { cookie } : {};
      if (target.endsWith(REVALIDATED)) {
        const path = target.slice(0, -REVALIDATED.length);
        const first = await fetch(server.base + path);
        await first.arrayBuffer();
        headers["if-none-match"] = first.headers.get("etag") ?? "";
        const check = await fetch(server.base + path, { headers });
        if (check.status !== 304) throw new Error(`${path} answered ${check.status} to its own ETag, not 304`);
      }
      const result = await load(server.base, server.process.pid!, target.replace(REVALIDATED, ""), SECONDS, headers);
      into.set(`${name} ${page}`, [...(into.get(`${name} ${page}`) ?? []), result]);
      console.log(`  [load ${os.loadavg()[0]!.toFixed(2)}] ${name} ${page}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.cpuPerRequest.toFixed(1)} ms CPU/request${result.non2xx || result.errors ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : ""}`);
    }
  } finally {
    await stop(server);
  }
}

async function main() {
  prepare();
  const results = new Map<string, LoadResult[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round}/${ROUNDS}`);
    await measure("minimal", MINIMAL_DIR, ["/"], results);
    await measure("product", ".", [...PAGES, `/${RENDERED}`, CHART_API, `${CHART_API}${REVALIDATED}`], results);
  }
  const base = results.get("minimal /")!;
  const baseRps = mean(base.map((r) => r.rps));
  console.log(`\nload average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`${"page".padEnd(PAD)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"ratio".padStart(8)}${"CPU ms/req".padStart(12)}`);
  for (const [key, rs] of results) {
    const rps = mean(rs.map((r) => r.rps));
    console.log(`${key.padEnd(PAD)}${rps.toFixed(0).padStart(8)}${mean(rs.map((r) => r.p50)).toFixed(0).padStart(8)}${mean(rs.map((r) => r.p99)).toFixed(0).padStart(8)}${(rps / baseRps).toFixed(2).padStart(8)}×${mean(rs.map((r) => r.cpuPerRequest)).toFixed(2).padStart(11)}`);
  }

  console.log("\nfirst-load JS (gzipped) and server CPU of one page view (HTML + every request in its first 5 s)");
  const minimal = await startNext("minimal", MINIMAL_DIR, PORT, DB, "/");
  try {
    const js = await firstLoadJs(minimal.base, "/");
    const view = await pageViewCost(minimal, "/");
    console.log(`${"minimal /".padEnd(28)}${kb(js.bytes).padStart(8)} in ${js.files} files; ${view.cpuMs.toFixed(0)} ms CPU for ${view.requests} requests`);
  } finally {
    await stop(minimal);
  }
  const product = await startNext("product", ".", PORT, DB, "/");
  try {
    for (const page of [...PAGES, `/${RENDERED}`, `/districts/500101${RENDERED}`]) {
      const js = await firstLoadJs(product.base, split(page).path);
      const view = await pageViewCost(product, split(page).path, split(page).cookie);
      const api = view.paths.filter((p) => p.includes("/api/"));
      console.log(`${("product " + page).padEnd(28)}${kb(js.bytes).padStart(8)} in ${js.files} files; ${view.cpuMs.toFixed(0)} ms CPU for ${view.requests} requests${api.length ? ` (API: ${api.join(", ")})` : ""}`);
    }
  } finally {
    await stop(product);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
