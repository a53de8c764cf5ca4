import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

/**
 * npm run bench:profile -- [--port 3760] [--renders 40] [--hits 10] <path>…
 * A CPU profile of page renders: `next start` under `node --cpu-prof` on the seeded bench
 * database, each path rendered N times with a cookie that makes the page cache step aside (so
 * every request is a full render, as for a signed-in person), then the top entries by self time,
 * grouped by function and file. With `--hits S`, instead S seconds of autocannon (32 connections,
 * as `bench:http` asks) with the page cache on: the profile of serving stored pages. Figures only.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  args.splice(i, 2);
  return value;
};
const PORT = option("--port", 3760);
const RENDERS = option("--renders", 40);
const HITS = option("--hits", 0);
const PATHS = args.length ? args : ["/", "/districts/500101"];
const DB = path.resolve(process.env.DATABASE_PATH ?? "bench-out/http.db");
const base = `http://127.0.0.1:${PORT}`;

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
let requests = RENDERS;

type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

async function waitUp(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (await fetch(base + "/api/totals").then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

function summarize(file: string, label: string): void {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)!.callFrame;
    total += dt;
    if (frame.functionName === "(idle)") {
      idle += dt;
      return;
    }
    const where = frame.url ? frame.url.replace(/^.*\/(node_modules|\.next)\//, "$1/").replace(/^file:\/\//, "") : "";
    const key = `${frame.functionName || "(anonymous)"} ${where}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const file = where ? where.replace(/:\d+$/, "") : frame.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
  });
  const busy = total - idle;
  const what = HITS ? "requests" : "renders";
  console.log(`\n${label}: ${(busy / 1000).toFixed(0)} ms busy (server start, 5 warm-up views and ${requests} ${what}: at most ${(busy / 1000 / requests).toFixed(2)} ms per request); top entries by self time:`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, HITS ? 30 : 15)) {
    console.log(`  ${((us / busy) * 100).toFixed(1).padStart(5)}%  ${(us / 1000 / requests).toFixed(3).padStart(6)} ms/request  ${key.slice(0, 150)}`);
  }
  console.log("by file:");
  for (const [file, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${((us / busy) * 100).toFixed(1).padStart(5)}%  ${(us / 1000 / requests).toFixed(3).padStart(6)} ms/request  ${file.slice(0, 150)}`);
  }
}

async function main() {
  for (const page of PATHS) {
    const dir = fs.mkdtempSync(path.join("bench-out", "profile-"));
    const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_PATH: DB, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DUIKOU_BACKUP: "off" },
      stdio: "ignore",
    });
    try {
      await waitUp();
      const headers: Record<string, string> = HITS ? { accept: "text/html", "accept-encoding": "gzip" } : { cookie: "duikou-bench=rendered", accept: "text/html" };
      // Warm: code loaded, data cache (and page cache) filled; the profile then holds renders only.
      for (let i = 0; i < 5; i++) await (await fetch(base + page, { headers })).text();
      if (HITS) {
        const result = await autocannon({ url: base + page, connections: 32, duration: HITS, headers });
        requests = result.requests.total;
        console.log(`${page}: ${result.requests.average} req/s under the profiler, ${requests} requests`);
      } else {
        for (let i = 0; i < RENDERS; i++) await (await fetch(base + page, { headers })).text();
      }
    } finally {
      child.kill("SIGINT");
      await new Promise((r) => child.once("exit", r));
    }
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(dir, f));
    // next start forks the server: the largest profile is the process that rendered.
    const file = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
    if (!file) throw new Error(`no profile written in ${dir}`);
    summarize(file, page);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
