import "server-only";
import { parentPort, workerData } from "node:worker_threads";
import { runPreviewJob, type PreviewJob } from "./preview-job";

/** The preview thread's entry (started by ./import-threads.ts): one preview, its result posted back, then the thread ends. */
void runPreviewJob(workerData as PreviewJob).then((result) => parentPort!.postMessage(result));
