import autocannon from "autocannon";
import { cpuTimeMs } from "./servers";

export type LoadResult = { rps: number; p50: number; p99: number; non2xx: number; errors: number; cpuPerRequest: number };

/**
 * 32 connections for 10 s against one path, as a browser would ask for the HTML. Also the
 * server's CPU time per answered request, which a machine shared with other work disturbs less
 * than requests per second.
 */
export async function load(base: string, pid: number, path: string, seconds = 10, extraHeaders: Record<string, string> = {}): Promise<LoadResult> {
  const before = cpuTimeMs(pid);
  const result = await autocannon({
    url: base + path,
    connections: 32,
    duration: seconds,
    headers: { accept: "text/html", "accept-encoding": "gzip", ...extraHeaders },
  });
  const answered = Math.max(1, result.requests.total);
  return { cpuPerRequest: (cpuTimeMs(pid) - before) / answered, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}
