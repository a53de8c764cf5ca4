import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { readDataVersion } from "@/db/data-version";
import { fixtureDb } from "@/lib/testing/test-db";
import { ADMIN, WANZHOU_EDITOR } from "../testing/people";
import { xlsxOf } from "../testing/workbook";
import { FUNDS_ROWS } from "../testing/funds-rows";
import { Worker } from "node:worker_threads";
import { answerOf, commitPendingAsync, previewUploadAsync } from "./import-threads";
import { undoBatch } from "./undo";

// The rows and hand-computed figures of import-flow.test.ts: fixture funds 12,500 万元; the
// import adds 2,000 + 1,000 (new), corrects 1,000 → 2,000 and retires 3,500 + 2,000 of demonstration figures.
const ROWS = FUNDS_ROWS;

const fundsTotal = (db: ReturnType<typeof openDatabase>) =>
  (db.$client.prepare("select coalesce(sum(total), 0) as n from metric_rollup where metric = 'funds'").get() as { n: number }).n;

describe("preview and commit in threads of their own", () => {
  it("previews and commits a file database from worker threads, one transaction, the data version bumped once", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duikou-threads-"));
    const file = path.join(dir, "t.db");
    await fixtureDb().$client.backup(file);
    const db = openDatabase(file);
    const result = await previewUploadAsync(db, await xlsxOf([{ name: "引入资金", rows: ROWS }]), "funds.xlsx", ADMIN);
    if (!result.ok) throw new Error(`preview refused: ${result.refusal.message}`);
    expect(result.preview.counts).toEqual({ new: 2, changed: 1, unchanged: 0, refused: 0 });
    expect(result.preview.effects.find((e) => e.district === null)).toEqual({ metric: "funds", district: null, before: 12_500, after: 11_000 });
    // Another person cannot confirm it; the stored preview is untouched by the refusal.
    expect(await commitPendingAsync(db, result.preview.token, WANZHOU_EDITOR, null)).toEqual({ ok: false, refusal: { message: "notYours" } });
    const version = readDataVersion(db);
    const committed = await commitPendingAsync(db, result.preview.token, ADMIN, null);
    expect(committed).toMatchObject({ ok: true, counts: { inserted: 2, updated: 1, unchanged: 0, retired: 3 } });
    // Written by the thread's connection, seen on this one.
    expect(fundsTotal(db)).toBe(11_000);
    expect(readDataVersion(db)).toBe(version + 1);
    expect((db.$client.prepare("select count(*) as n from audit_log where action = 'records.import'").get() as { n: number }).n).toBe(1);
    // The token is spent.
    expect(await commitPendingAsync(db, result.preview.token, ADMIN, null)).toEqual({ ok: false, refusal: { message: "expired" } });
    if (!("batchId" in committed)) throw new Error("not committed");
    expect(undoBatch(db, committed.batchId, ADMIN, null).ok).toBe(true);
    expect(fundsTotal(db)).toBe(12_500);
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("answers a thread that runs out of its heap as a refusal with a sentence, not an error", async () => {
    // A thread that only allocates, under a small heap limit, ends the way an oversized file would.
    const worker = new Worker("const kept = []; for (;;) kept.push(new Array(100_000).fill(1));", { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } });
    const run = answerOf(worker);
    expect(await run.result).toEqual({ ok: false, refusal: { message: "tooMuchData" } });
    await run.ended;
  }, 60_000);
});
