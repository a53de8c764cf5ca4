import "server-only";
import { parentPort, workerData } from "node:worker_threads";
import { runCommitJob, type CommitJob } from "./commit-job";

/**
 * The commit thread's entry (started by ./import-threads.ts): runs one commit, posts its result
 * as soon as it is committed (the checkpoint after it is no one's wait), then ends. An error is
 * thrown out of the thread, where the starting side receives it.
 */
runCommitJob(workerData as CommitJob, (result) => parentPort!.postMessage(result));
