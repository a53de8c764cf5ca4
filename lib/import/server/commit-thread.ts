import "server-only";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CommitResult } from "./commit";
import type { CommitJob } from "./commit-job";

/**
 * Runs a commit in a worker thread, so the server's event loop keeps serving pages while a large
 * file is written: the planning, the 100,000 inserts, the rollup rebuild and the checkpoint all
 * run on another core, and the main thread only awaits the result.
 *
 * In the Next.js build (Turbopack), `new Worker(new URL("./commit-worker.ts", import.meta.url))`
 * is bundled as an entry of its own and the URL points at it. Run from source (vitest, tsx
 * scripts) there is no bundle: the thread loads the TypeScript through tsx, with the
 * react-server condition the server modules need.
 */
const FROM_SOURCE = `require("tsx/cjs/api").register(); require(require("node:worker_threads").workerData.entry);`;

function startThread(job: CommitJob): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./commit-worker.ts", import.meta.url), { workerData: job });
  const entry = path.join(/*turbopackIgnore: true*/ path.dirname(fileURLToPath(import.meta.url)), "commit-worker.ts");
  // Reflect.construct: the bundler must not take this string of code for a worker file to bundle.
  return Reflect.construct(Worker, [FROM_SOURCE, { eval: true, workerData: { ...job, entry }, execArgv: ["--conditions=react-server"] }]) as Worker;
}

/** `result` settles once the batch is committed (or refused); `ended` once the thread has finished its checkpoint and exited. */
export function commitInThread(job: CommitJob): { result: Promise<CommitResult>; ended: Promise<void> } {
  const worker = startThread(job);
  let answered = false;
  const result = new Promise<CommitResult>((resolve, reject) => {
    worker.once("message", (message: CommitResult) => {
      answered = true;
      resolve(message);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`import commit thread ended (code ${code}) without a result`)));
  });
  const ended = new Promise<void>((resolve) => {
    worker.on("error", (error) => {
      // After the answer only the checkpoint can fail; a later checkpoint copies the pages instead.
      if (answered) console.error(`import: checkpoint after commit failed: ${error.message}`);
    });
    worker.once("exit", () => resolve());
  });
  return { result, ended };
}
