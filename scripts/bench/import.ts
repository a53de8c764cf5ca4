import ExcelJS from "exceljs";
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/load";
import { getCatalog } from "@/lib/queries/catalog";
import { SECTOR_KEYS, SECTORS } from "@/lib/sectors";
import { fmt, percentile } from "./stats";

/**
 * npm run bench:import [-- --rows 100000]: a 100,000-row XLSX through the running production
 * server — upload to preview, commit, peak server memory (VmHWM), and the overview's p95 while
 * the commit runs. Prints figures (targets: preview ≤ 10 s, commit ≤ 5 s, ≤ 500 MB, p95 ≤ 100 ms).
 */
const PORT = Number(process.env.BENCH_PORT ?? 3208);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = "bench-out";
const DB = path.resolve(OUT, "import.db");

async function writeWorkbook(file: string, rows: number): Promise<void> {
  const db = openDatabase(DB, { readonly: true });
  const { districts, supporters } = getCatalog(db);
  db.$client.close();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("引入资金");
  ws.addRow(["区县", "支援方", "年份", "金额（万元）", "资金类别", "行业", "备注"]).commit();
  const kinds = ["无偿援助", "经济合作", "其他（未细分）"];
  // Distinct natural keys: district × supporter × year × kind × sector cycle without repeating.
  for (let i = 0; i < rows; i++) {
    const d = districts[i % districts.length]!;
    const s = supporters[Math.floor(i / districts.length) % supporters.length]!;
    const rest = Math.floor(i / (districts.length * supporters.length));
    const year = 1992 + (rest % 31);
    const kind = kinds[Math.floor(rest / 31) % 3]!;
    const sector = SECTORS[SECTOR_KEYS[Math.floor(rest / 93) % SECTOR_KEYS.length]!].zh;
    ws.addRow([d.nameZh, s.nameZh, year, 10 + (i % 5000), kind, sector, null]).commit();
  }
  ws.commit();
  await wb.commit();
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/totals`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

function peakRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function signIn(email: string, password: string): Promise<string> {
  const response = await fetch(`${BASE}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: BASE }, body: JSON.stringify({ email, password }) });
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = (await response.json()) as { user?: { mustChangePassword?: boolean } };
  if (body.user?.mustChangePassword) {
    const changed = await fetch(`${BASE}/api/auth/change-password`, { method: "POST", headers: { "content-type": "application/json", origin: BASE, cookie }, body: JSON.stringify({ currentPassword: password, newPassword: `${password}-2`, revokeOtherSessions: true }) });
    return changed.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") || cookie;
  }
  return cookie;
}

async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf("--rows");
  const rows = i >= 0 ? Number(argv[i + 1]) : 100_000;
  fs.mkdirSync(OUT, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(DB + suffix, { force: true });
  const db = openDatabase(DB);
  migrateDatabase(db);
  seedDatabase(db);
  db.$client.close();
  const file = path.resolve(OUT, `import-${rows}.xlsx`);
  await writeWorkbook(file, rows);
  const bytes = fs.readFileSync(file);
  console.log(`workbook: ${rows} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  const password = "bench-password-123456";
  execFileSync("npx", ["tsx", "scripts/user-add.ts", "--email", "bench@example.org", "--role", "admin", "--name", "bench", "--password-stdin"], { input: `${password}\n`, env: { ...process.env, DATABASE_PATH: DB }, stdio: ["pipe", "ignore", "inherit"] });

  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=bench-out/cpu") to see where the server spends its time.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_PATH: DB, NODE_ENV: "production", DUIKOU_BACKUP: "off" },
    stdio: "ignore",
  });
  try {
    await waitForServer();
    const cookie = await signIn("bench@example.org", password);
    for (let k = 0; k < 5; k++) await (await fetch(`${BASE}/`)).text();
    // The same page with nothing else running, so a slow figure during the commit can be told from a loaded machine.
    const idle: number[] = [];
    for (let k = 0; k < 20; k++) {
      const t = performance.now();
      await (await fetch(`${BASE}/`)).text();
      idle.push(performance.now() - t);
    }
    console.log(`overview before the import: ${idle.length} requests, p50 ${fmt(percentile(idle, 50))} ms, p95 ${fmt(percentile(idle, 95))} ms`);
    const form = new FormData();
    form.append("file", new Blob([bytes]), path.basename(file));
    let start = performance.now();
    const previewResponse = await fetch(`${BASE}/api/import/preview`, { method: "POST", headers: { cookie, origin: BASE }, body: form });
    const preview = (await previewResponse.json()) as { token?: string; counts?: unknown; error?: string };
    const previewMs = performance.now() - start;
    if (!preview.token) throw new Error(`preview failed: ${previewResponse.status} ${preview.error}`);
    console.log(`upload → preview: ${fmt(previewMs)} ms (${JSON.stringify(preview.counts)}); peak server memory so far ${peakRss(server.pid!).toFixed(0)} MB`);

    // The overview, requested one after another while the commit runs.
    const samples: number[] = [];
    let committing = true;
    const load = (async () => {
      while (committing) {
        const t = performance.now();
        await (await fetch(`${BASE}/`)).text();
        samples.push(performance.now() - t);
      }
    })();
    start = performance.now();
    const commitResponse = await fetch(`${BASE}/api/import/commit`, { method: "POST", headers: { cookie, origin: BASE, "content-type": "application/json" }, body: JSON.stringify({ token: preview.token }) });
    const committed = await commitResponse.json();
    const commitMs = performance.now() - start;
    committing = false;
    await load;
    console.log(`commit: ${fmt(commitMs)} ms (${JSON.stringify((committed as { counts?: unknown }).counts ?? committed)})`);
    console.log(`overview during the commit: ${samples.length} requests, p50 ${fmt(percentile(samples, 50))} ms, p95 ${fmt(percentile(samples, 95))} ms, max ${fmt(Math.max(...samples))} ms`);
    console.log(`peak server memory (VmHWM): ${peakRss(server.pid!).toFixed(0)} MB`);
  } finally {
    server.kill("SIGTERM");
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
