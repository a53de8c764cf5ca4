import "server-only";
import { openDatabase } from "@/db/client";
import { commitRowsInTransaction, wroteBatch, type CommitResult, type Committer } from "./commit";
import { dropPending, loadPending, pendingRows } from "./pending";

/**
 * One commit on a connection of its own: what the commit thread runs (./commit-worker.ts). The
 * whole batch — records, rollups, batch row, audit entry, data version — is one transaction:
 * BEGIN IMMEDIATE takes the write lock first, so nothing else can write in between, and a kill
 * at any moment leaves all of it or none. Pages keep reading on the server's connection and see
 * the data as it was until COMMIT (WAL).
 */
export type CommitJob = { databaseFile: string; token: string; person: Committer; ip: string | null };

/** `answer` is called once, as soon as the result is known (committed, or refused); the checkpoint follows it. */
export function runCommitJob(job: CommitJob, answer: (result: CommitResult) => void): void {
  const pending = loadPending(job.token);
  if (!pending) return answer({ ok: false, refusal: { message: "expired" } });
  if (pending.personId !== job.person.id) return answer({ ok: false, refusal: { message: "notYours" } });
  const writer = openDatabase(job.databaseFile);
  try {
    // Checkpoint after answering, not inside COMMIT (the automatic checkpoint would run there).
    writer.$client.pragma("wal_autocheckpoint = 0");
    const result = commitRowsInTransaction(writer, pending, pendingRows(job.token, pending), job.person, job.ip);
    if (wroteBatch(result)) dropPending(job.token);
    answer(result);
    // Copy the batch's pages from the WAL into the database here, on the commit's thread: left to
    // the server's connection, its next write would do it with the pages waiting. PASSIVE never
    // waits for readers; what a reader still needs is copied by a later checkpoint.
    if (wroteBatch(result)) writer.$client.pragma("wal_checkpoint(PASSIVE)");
  } finally {
    writer.$client.close();
  }
}
