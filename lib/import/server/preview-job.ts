import "server-only";
import { openDatabase } from "@/db/client";
import type { Person } from "@/lib/auth/scope";
import { previewUpload, type PreviewResult } from "./service";

/**
 * One preview on a connection of its own: what the preview thread runs (./preview-worker.ts).
 * Reading, validating and planning a large file takes seconds and a few hundred megabytes; in a
 * thread the server keeps answering pages meanwhile, and the memory goes when the thread ends.
 */
export type PreviewJob = { databaseFile: string; bytes: Uint8Array; fileName: string; person: Person };

/** Refused rows the preview carries back (the page lists these; the refused-rows file has them all). */
export const REFUSED_ROWS_SHOWN = 500;

export async function runPreviewJob(job: PreviewJob): Promise<PreviewResult> {
  const db = openDatabase(job.databaseFile);
  try {
    const result = await previewUpload(db, Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.fileName, job.person);
    // Only what the page shows is copied back to the server's thread.
    return result.ok ? { ok: true, preview: { ...result.preview, refused: result.preview.refused.slice(0, REFUSED_ROWS_SHOWN) } } : result;
  } finally {
    db.$client.close();
  }
}
