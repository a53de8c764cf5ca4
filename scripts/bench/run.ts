import { sql } from "drizzle-orm";
import fs from "node:fs";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { datasetInfo } from "@/db/schema";
import { seedDatabase } from "@/db/seed/load";
import { createRng, pick } from "@/db/seed/random";
import { METRIC_KEYS, METRICS } from "@/lib/metrics";
import { getCatalog } from "@/lib/queries/catalog";
import { benchServer } from "./server";
import { queryCases, recordTableSeries, recordTableTop } from "./query-cases";
import { randomFilterSource } from "./random-filters";
import { fmt, percentile, timeMs } from "./stats";
import { numberFlag } from "./args";

/**
 * npm run bench [-- --scale 120 --runs 200 --fresh]
 * Builds (or reuses) a scaled database of ≥ 1,000,000 records from the same generator, times every
 * dashboard query function beside its raw SQL, then times the server-rendered overview page.
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => numberFlag(args, name, fallback);
const SCALE = flag("--scale", 120);
const RUNS = flag("--runs", 200);
const FILE = path.resolve("bench-out/bench.db");

function countRecords(db: Db): number {
  const row = db.get<{ n: number }>(sql`select
    (select count(*) from fund_records) + (select count(*) from projects) + (select count(*) from trainings) +
    (select count(*) from schools) + (select count(*) from cadre_exchanges) as n`);
  return row.n;
}

function prepareDatabase(): Db {
  if (args.includes("--fresh")) for (const f of [FILE, `${FILE}-wal`, `${FILE}-shm`]) fs.rmSync(f, { force: true });
  const db = openDatabase(FILE);
  migrateDatabase(db);
  const info = db.select().from(datasetInfo).get();
  if (info?.scale === SCALE) {
    console.log(`reusing ${FILE} (scale ${SCALE}); --fresh rebuilds it`);
  } else {
    console.log(`seeding ${FILE} at scale ${SCALE}…`);
    const ms = timeMs(() => seedDatabase(db, { scale: SCALE }));
    console.log(`seeded in ${(ms / 1000).toFixed(1)} s`);
  }
  db.$client.pragma("optimize");
  return db;
}

function benchQueries(db: Db) {
  const catalog = getCatalog(db);
  const nextFilters = randomFilterSource(7, catalog.districts.map((d) => d.code), catalog.supporters.map((s) => s.code));
  const rng = createRng(11);
  const cases = queryCases(db);
  const rows: string[][] = [];
  for (const c of cases) {
    const fn: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < 10; i++) c.run(nextFilters(), "funds"); // warm the statement caches
    for (let i = 0; i < RUNS; i++) {
      const filters = nextFilters();
      const metric = pick(rng, METRIC_KEYS.filter((m) => !filters.sectors.length || METRICS[m].hasSector));
      // Alternate which goes first so neither always finds the page cache warmed by the other.
      if (i % 2) {
        fn.push(timeMs(() => c.run(filters, metric)));
        raw.push(timeMs(() => c.raw(filters, metric)));
      } else {
        raw.push(timeMs(() => c.raw(filters, metric)));
        fn.push(timeMs(() => c.run(filters, metric)));
      }
    }
    const [p50, p95, r50, r95] = [percentile(fn, 50), percentile(fn, 95), percentile(raw, 50), percentile(raw, 95)];
    const verdict = p95 <= 20 && p95 <= 2 * Math.max(r95, 0.05) ? "ok" : "MISS";
    rows.push([c.name, fmt(p50), fmt(p95), fmt(r50), fmt(r95), (p50 / r50).toFixed(2), (p95 / r95).toFixed(2), verdict]);
  }
  const series: number[] = [];
  const top: number[] = [];
  for (let i = 0; i < 40; i++) {
    const filters = nextFilters();
    series.push(timeMs(() => recordTableSeries(db, filters, "funds")));
    top.push(timeMs(() => recordTableTop(db, filters, "funds")));
  }
  return { rows, baseline: { series: [percentile(series, 50), percentile(series, 95)], top: [percentile(top, 50), percentile(top, 95)] } };
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

async function main() {
  const db = prepareDatabase();
  const records = countRecords(db);
  console.log(`\n${records.toLocaleString("en")} records; ${RUNS} runs per query with random filters (ms)\n`);
  if (records < 1_000_000) console.log(`warning: fewer than 1,000,000 records; raise --scale`);
  const { rows, baseline } = benchQueries(db);
  printTable(["query", "p50", "p95", "raw p50", "raw p95", "ratio p50", "ratio p95", "target"], rows);
  const [s50, s95] = baseline.series;
  const [t50, t95] = baseline.top;
  console.log(`\nwithout pre-aggregation, straight from fund_records: yearly sums p50 ${fmt(s50 ?? NaN)} / p95 ${fmt(s95 ?? NaN)} ms; largest ten p50 ${fmt(t50 ?? NaN)} / p95 ${fmt(t95 ?? NaN)} ms`);
  db.$client.close();

  const server = await benchServer(FILE, RUNS);
  console.log(`\nserver-rendered / (${server.requests} sequential requests, random filters): p50 ${fmt(server.p50)} ms, p95 ${fmt(server.p95)} ms`);
  console.log(`autocannon, 32 connections, 10 s: ${server.rps.toFixed(1)} requests/s (p50 latency ${server.latencyP50} ms, p97.5 ${server.latencyP975} ms, ${server.errors} errors, ${server.non2xx} non-2xx)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
