import "server-only";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Db } from "@/db/client";
import type { Person } from "@/lib/auth/scope";
import type { CommitResult } from "./commit";
import type { CommitJob } from "./commit-job";
import type { PreviewJob } from "./preview-job";
import { commitPending, previewUpload, type PreviewResult } from "./service";

/**
 * The routes' preview and commit, each in a worker thread with a database connection of its own,
 * so the server's event loop keeps serving pages while a large file is read or written (the
 * parsing, the 100,000 inserts, the rollup rebuild and the checkpoint run on another core; the
 * main thread only awaits the result), and the memory a large file takes goes when its thread ends.
 * One import thread at a time: a second commit would only wait for the first one's write lock,
 * and two large files at once would hold twice the memory.
 *
 * In the Next.js build (Turbopack), `new Worker(new URL("./x-worker.ts", import.meta.url))` is
 * bundled as an entry of its own and the URL points at it (process.env.NEXT_RUNTIME is set in
 * the server bundle). Run from source (vitest, tsx scripts) there is no bundle: the thread loads
 * the TypeScript through tsx, with the react-server condition the server modules need.
 */
const FROM_SOURCE = `require("tsx/cjs/api").register(); require(require("node:worker_threads").workerData.entry);`;

/**
 * Heap limits of an import thread. V8 sizes when it collects by the heap's maximum: with 384 MB
 * a 100,000-row preview peaked about 100 MB lower than with the defaults. The young generation
 * is 32 MB: at 8 MB the per-row garbage was collected so often that preview and commit took
 * 14 s and 15 s instead of 5.8 s and 5.3 s (npm run bench:import, same machine, same load).
 * What a file of at most 100,000 rows and 30 columns holds stays well below the limit; a thread
 * that still runs out is answered as a refusal (tooMuchData), never a 500.
 */
const LIMITS = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 384 };

function fromSource(worker: "commit-worker.ts" | "preview-worker.ts", data: object): Worker {
  const entry = fileURLToPath(import.meta.url).replace(/import-threads\.ts$/, worker);
  // Reflect.construct: the bundler must not take this string of code for a worker file to bundle.
  return Reflect.construct(Worker, [FROM_SOURCE, { eval: true, workerData: { ...data, entry }, execArgv: ["--conditions=react-server"], resourceLimits: LIMITS }]) as Worker;
}

function startCommit(job: CommitJob): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./commit-worker.ts", import.meta.url), { workerData: job, resourceLimits: LIMITS });
  return fromSource("commit-worker.ts", job);
}

function startPreview(job: PreviewJob): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./preview-worker.ts", import.meta.url), { workerData: job, resourceLimits: LIMITS });
  return fromSource("preview-worker.ts", job);
}

type Run<T> = { result: Promise<T>; ended: Promise<void> };

/** Nothing was written: a preview only reads, and a commit's transaction dies with its connection. */
const OUT_OF_MEMORY = { ok: false, refusal: { message: "tooMuchData" } } as const;

/** `result`: the thread's one message (an error thrown in the thread rejects it); `ended`: the thread has exited. */
export function answerOf<T>(worker: Worker): Run<T> {
  let answered = false;
  const result = new Promise<T>((resolve, reject) => {
    worker.once("message", (message: T) => {
      answered = true;
      resolve(message);
    });
    worker.once("error", (error: Error & { code?: string }) => (error.code === "ERR_WORKER_OUT_OF_MEMORY" ? resolve(OUT_OF_MEMORY as T) : reject(error)));
    worker.once("exit", (code) => reject(new Error(`import thread ended (code ${code}) without a result`)));
  });
  const ended = new Promise<void>((resolve) => {
    worker.on("error", (error) => {
      // After the answer only the commit's checkpoint can fail; a later checkpoint copies the pages instead.
      if (answered) console.error(`import: thread failed after answering: ${error.message}`);
    });
    worker.once("exit", () => resolve());
  });
  return { result, ended };
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `start` after the previous import thread has ended; resolves with its answer. */
function queued<T>(start: () => Run<T>): Promise<T> {
  const started = queue.then(start);
  queue = started.then((run) => run.ended).catch(() => undefined);
  return started.then((run) => run.result);
}

/** A file database gets a thread; an in-memory one (tests) is only reachable from this thread. */
function fileOf(db: Db): string | null {
  return !db.$client.memory && db.$client.name ? db.$client.name : null;
}

export function previewUploadAsync(db: Db, bytes: Buffer, fileName: string, person: Person): Promise<PreviewResult> {
  const file = fileOf(db);
  if (!file) return previewUpload(db, bytes, fileName, person);
  // Copied into the thread: the file's bytes only (not a larger buffer they may sit in), the person as plain data.
  const plain: Person = { ...person, districts: [...person.districts], supporters: [...person.supporters] };
  return queued(() => answerOf<PreviewResult>(startPreview({ databaseFile: file, bytes: new Uint8Array(bytes), fileName, person: plain })));
}

/**
 * The route's commit: one transaction on the thread's own connection (./commit-job.ts); pages
 * keep reading from the server's connection (WAL: the data as it was until COMMIT). Resolves once
 * the batch is committed; the thread then checkpoints and ends before the next import thread starts.
 */
export function commitPendingAsync(db: Db, token: string, person: Person, ip: string | null): Promise<CommitResult> {
  const file = fileOf(db);
  if (!file) return queued(() => ({ result: Promise.resolve().then(() => commitPending(db, token, person, ip)), ended: Promise.resolve() }));
  return queued(() => answerOf<CommitResult>(startCommit({ databaseFile: file, token, person: { id: person.id, email: person.email }, ip })));
}
