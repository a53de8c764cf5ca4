import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

export type Server = { name: string; base: string; process: ChildProcess };

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** `next start` run by node directly, so the child's PID is the server whose CPU time we read. */
export async function startNext(name: string, dir: string, port: number, database: string, probe: string): Promise<Server> {
  if (!fs.existsSync(`${dir}/.next/BUILD_ID`)) throw new Error(`${dir} has no production build (npx next build${dir === "." ? "" : " " + dir})`);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", dir, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_PATH: database, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(base + probe, 90_000);
  return { name, base, process: child };
}

/** Stops a server and waits for its exit, so the next one can have the port (and a probe never reaches the old one). */
export async function stop(server: Server): Promise<void> {
  if (server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once("exit", resolve));
  server.process.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (server.process.exitCode === null) server.process.kill("SIGKILL");
}

/** User + system CPU time (ms) of a process and every descendant, from /proc (Linux). */
export function cpuTimeMs(pid: number): number {
  const ticks = 100; // USER_HZ on Linux
  const children = new Map<number, number[]>();
  const own = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      own.set(Number(entry), Number(fields[11]) + Number(fields[12]));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += own.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return (total * 1000) / ticks;
}
