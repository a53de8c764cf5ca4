import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/load";
import { createAccount } from "@/lib/auth/accounts";
import { fmt, percentile } from "./stats";

/**
 * npm run bench:auth [-- --runs 300]
 * What a session costs the overview page. Two servers on one build and one seeded database:
 * A reads openly (the default), B has DUIKOU_READ_ACCESS=signed-in, so its proxy checks the
 * session on every request. Requests alternate between: anonymous on A, signed-in on A,
 * signed-in on B, on the overview and on a cheap API; medians side by side and their differences
 * (target: ≤ 2 ms). Figures printed,
 * never asserted.
 */
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1] || 300) || 300;
const PORT_A = Number(process.env.BENCH_PORT ?? 3207);
const PORT_B = PORT_A + 1;
const FILE = path.resolve("bench-out/auth-bench.db");
const PASSWORD = "bench-password-not-secret";

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

function serve(port: number, readAccess: string): ChildProcess {
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_PATH: FILE, DUIKOU_READ_ACCESS: readAccess, NODE_ENV: "production" },
    stdio: "ignore",
  });
}

/** The cookies a browser would hold for one server: updated from every answer, as a browser does. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0]!;
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

async function signedInJar(base: string, email: string): Promise<CookieJar> {
  const r = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (!r.ok) throw new Error(`sign-in answered ${r.status}`);
  const jar = new CookieJar();
  jar.take(r);
  return jar;
}

async function timed(url: string, jar?: CookieJar): Promise<number> {
  const start = performance.now();
  const r = await fetch(url, { headers: jar ? { cookie: jar.header() } : {}, redirect: "manual" });
  await r.text();
  if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
  jar?.take(r);
  return performance.now() - start;
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("build first: npx next build");
  for (const f of [FILE, `${FILE}-wal`, `${FILE}-shm`]) fs.rmSync(f, { force: true });
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  const db = openDatabase(FILE);
  migrateDatabase(db);
  seedDatabase(db);
  const email = "bench-viewer@bench.invalid";
  await createAccount(db, { email, name: "bench", role: "viewer", districts: [], supporters: [] }, PASSWORD, { id: null, email: "bench", ip: null });
  db.$client.prepare("UPDATE user SET must_change_password = 0").run();
  db.$client.close();

  const a = serve(PORT_A, "open");
  const b = serve(PORT_B, "signed-in");
  try {
    const A = `http://127.0.0.1:${PORT_A}`;
    const B = `http://127.0.0.1:${PORT_B}`;
    await Promise.all([waitFor(`${A}/sign-in`), waitFor(`${B}/sign-in`)]);
    const jarA = await signedInJar(A, email);
    const jarB = await signedInJar(B, email);
    // The overview (what a reader opens) and a cheap API answer (where the gate's own cost is not
    // buried in the page's render time): both go through the same gate.
    for (const target of ["/", "/api/totals"]) {
      const samples = { anonA: [] as number[], signedA: [] as number[], signedB: [] as number[] };
      for (let i = 0; i < 20; i++) await Promise.all([timed(`${A}${target}`), timed(`${A}${target}`, jarA), timed(`${B}${target}`, jarB)]);
      // Interleaved one after another, so load from anything else on the machine falls on all three alike.
      for (let i = 0; i < RUNS; i++) {
        samples.anonA.push(await timed(`${A}${target}`));
        samples.signedA.push(await timed(`${A}${target}`, jarA));
        samples.signedB.push(await timed(`${B}${target}`, jarB));
      }
      const med = (s: number[]) => percentile(s, 50);
      console.log(`GET ${target}, ${RUNS} requests each, interleaved (cookies kept as a browser keeps them)`);
      console.log(`  anonymous, open reading (A)                 median ${fmt(med(samples.anonA))} ms  p95 ${fmt(percentile(samples.anonA, 95))} ms`);
      console.log(`  signed in, open reading (A)                 median ${fmt(med(samples.signedA))} ms  p95 ${fmt(percentile(samples.signedA, 95))} ms`);
      console.log(`  signed in, DUIKOU_READ_ACCESS=signed-in (B) median ${fmt(med(samples.signedB))} ms  p95 ${fmt(percentile(samples.signedB, 95))} ms`);
      console.log(`  difference signed-in A − anonymous A: ${fmt(med(samples.signedA) - med(samples.anonA))} ms`);
      console.log(`  difference signed-in B − anonymous A: ${fmt(med(samples.signedB) - med(samples.anonA))} ms (target ≤ 2 ms)`);
    }
  } finally {
    a.kill("SIGTERM");
    b.kill("SIGTERM");
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
