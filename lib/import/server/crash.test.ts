import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/load";
import { tablesHash } from "../testing/db-hash";

/**
 * kill -9 during a large commit: the committing process (the server's code path, in a child
 * process) is killed at several moments after it starts writing; after each, the database passes
 * integrity_check and holds the whole batch or none of it.
 */
const ROWS = 20_000;

function runAndKill(file: string, delayMs: number): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions", "react-server", "scripts/import-crash/child.ts", file, String(ROWS)], { stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    let finished = false;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("committing") && !finished) {
        finished = true;
        setTimeout(() => {
          const done = output.includes("done");
          // The child is npx → tsx → node: kill the whole group so the writer itself dies at once.
          try {
            process.kill(-child.pid!, "SIGKILL");
          } catch {
            child.kill("SIGKILL");
          }
          resolve({ killed: !done, output });
        }, delayMs);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", () => {
      if (!finished) reject(new Error(`child ended before committing: ${output}`));
    });
  });
}

describe("kill -9 during a large commit", () => {
  it("leaves an intact database holding all of the batch or none of it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duikou-crash-"));
    const file = path.join(dir, "crash.db");
    const db = openDatabase(file);
    migrateDatabase(db);
    seedDatabase(db);
    const before = tablesHash(db.$client);
    db.$client.close();
    let killedMidway = 0;
    for (const delay of [50, 400, 1200]) {
      const run = await runAndKill(file, delay);
      if (run.killed) killedMidway++;
      const after = openDatabase(file);
      expect((after.$client.pragma("integrity_check") as { integrity_check: string }[])[0]?.integrity_check).toBe("ok");
      const batches = (after.$client.prepare("select count(*) as n from import_batches where state = 'applied'").get() as { n: number }).n;
      const imported = (after.$client.prepare("select count(*) as n from fund_records where batch_id is not null").get() as { n: number }).n;
      if (batches === 0) {
        expect(imported).toBe(0);
        expect(tablesHash(after.$client)).toBe(before);
      } else {
        expect(batches).toBe(1);
        expect(imported).toBe(ROWS);
        after.$client.close();
        break;
      }
      after.$client.close();
    }
    expect(killedMidway).toBeGreaterThan(0);
  }, 900_000);
});
