import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tablesHash } from "@/lib/import/testing/db-hash";
import { backupDatabase, checkBackup, listBackups, restoreDatabase } from "./backup";
import { openDatabase } from "./client";
import { readDataVersion } from "./data-version";
import { migrateDatabase } from "./migrate";
import { seedDatabase } from "./seed/load";

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "duikou-backup-"));
}

const allTablesBut = (sqlite: ReturnType<typeof openDatabase>["$client"], skip: string[]) =>
  (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((n) => !skip.includes(n));

describe("backup and restore", () => {
  it("backs up while the source is read and written, restores into a fresh file with the same content and a higher data version", async () => {
    const dir = tempDir();
    const live = openDatabase(path.join(dir, "live.db"));
    migrateDatabase(live);
    seedDatabase(live);
    // Reads keep going on the live connection while the backup copies pages.
    const reading = setInterval(() => live.$client.prepare("select count(*) from fund_records").get(), 1);
    const file = await backupDatabase(live.$client, { dir: path.join(dir, "backups"), keep: 2 });
    clearInterval(reading);
    const target = path.join(dir, "restored.db");
    await restoreDatabase(file, target);
    const restored = openDatabase(target);
    const tables = allTablesBut(live.$client, ["data_version"]);
    expect(tablesHash(restored.$client, tables)).toBe(tablesHash(live.$client, tables));
    expect(readDataVersion(restored)).toBeGreaterThan(readDataVersion(live));
    expect((restored.$client.pragma("integrity_check") as { integrity_check: string }[])[0]?.integrity_check).toBe("ok");
    live.$client.close();
    restored.$client.close();
  }, 60_000);

  it("keeps only the newest N backups", async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, "a.db"));
    migrateDatabase(db);
    for (let i = 0; i < 4; i++) await backupDatabase(db.$client, { dir, keep: 2, now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) });
    expect(listBackups(dir).map((f) => path.basename(f))).toEqual(["duikou-20260101T000002Z.db", "duikou-20260101T000003Z.db"]);
    db.$client.close();
  });

  it("refuses a file that is not a database, a damaged one, and one without the migration history", () => {
    const dir = tempDir();
    const text = path.join(dir, "notes.db");
    fs.writeFileSync(text, "hello, this is not SQLite at all".repeat(100));
    expect(checkBackup(text)).toMatch(/not an SQLite database|integrity|file is not a database/);
    const bare = path.join(dir, "bare.db");
    const db = openDatabase(bare);
    db.$client.exec("create table t (x)");
    db.$client.close();
    expect(checkBackup(bare)).toMatch(/no migration history/);
    expect(checkBackup(path.join(dir, "missing.db"))).toMatch(/no such file/);
  });
});
