import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { filtersToSearchParams } from "@/lib/filters";
import { openDatabase } from "@/db/client";
import { getCatalog } from "@/lib/queries/catalog";
import { randomFilterSource } from "./random-filters";
import { percentile } from "./stats";

const PORT = Number(process.env.BENCH_PORT ?? 3900);
const BASE = `http://127.0.0.1:${PORT}`;

async function waitForServer(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/totals`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server on ${BASE} did not start`);
}

function overviewUrls(file: string, count: number): string[] {
  const db = openDatabase(file, { readonly: true });
  const catalog = getCatalog(db);
  db.$client.close();
  const next = randomFilterSource(23, catalog.districts.map((d) => d.code), catalog.supporters.map((s) => s.code));
  return Array.from({ length: count }, () => {
    const query = filtersToSearchParams(next()).toString();
    return query ? `/?${query}` : "/";
  });
}

/** Serves the production build on the scaled database and measures the server-rendered overview. */
export async function benchServer(file: string, runs: number) {
  if (!fs.existsSync(".next/BUILD_ID")) spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_PATH: file, NODE_ENV: "production" },
    stdio: "ignore",
  });
  try {
    await waitForServer(60_000);
    const urls = overviewUrls(file, runs);
    for (const url of urls.slice(0, 10)) await (await fetch(BASE + url)).text();
    const samples: number[] = [];
    for (const url of urls) {
      const start = performance.now();
      const response = await fetch(BASE + url);
      await response.text();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      samples.push(performance.now() - start);
    }
    let k = 0;
    const result = await autocannon({
      url: BASE,
      connections: 32,
      duration: 10,
      requests: [{ setupRequest: (req) => ({ ...req, path: urls[k++ % urls.length] ?? "/" }) }],
    });
    return {
      requests: samples.length,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      rps: result.requests.average,
      latencyP50: result.latency.p50,
      latencyP975: result.latency.p97_5,
      errors: result.errors,
      non2xx: result.non2xx,
    };
  } finally {
    server.kill("SIGTERM");
  }
}
