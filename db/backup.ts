import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "./client";
import { bumpDataVersion } from "./data-version";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";

/**
 * Backups with SQLite's online backup API (pages copied while the server keeps serving and
 * writing), and restore after checks: the file's integrity, and that its migrations are this
 * code's (the same or an earlier prefix, never a newer schema).
 */
export const DEFAULT_BACKUP_DIR = "data/backups";
export const DEFAULT_KEEP = 14;

export function backupDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DUIKOU_BACKUP_DIR ?? DEFAULT_BACKUP_DIR);
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

/** Copies the live database into dir (duikou-YYYYMMDDTHHMMSSZ.db) and keeps the newest `keep`. */
export async function backupDatabase(source: Database.Database, options: { dir?: string; keep?: number; now?: Date } = {}): Promise<string> {
  const dir = options.dir ?? backupDir();
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `duikou-${stamp(options.now ?? new Date())}.db`);
  const partial = `${target}.partial`;
  await source.backup(partial);
  fs.renameSync(partial, target);
  pruneBackups(dir, options.keep ?? DEFAULT_KEEP);
  return target;
}

export function listBackups(dir: string = backupDir()): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => /^duikou-\d{8}T\d{6}Z(?:-\d+)?\.db$/.test(f)).sort().map((f) => path.join(dir, f));
}

export function pruneBackups(dir: string, keep: number): void {
  const files = listBackups(dir);
  for (const file of files.slice(0, Math.max(0, files.length - keep))) fs.rmSync(file, { force: true });
}

type Journal = { entries: { tag: string; when: number }[] };

/** Why a file cannot be restored, or null: integrity first, then the migration history. */
export function checkBackup(file: string): string | null {
  if (!fs.existsSync(file)) return `no such file: ${file}`;
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return `not an SQLite database: ${(error as Error).message}`;
  }
  try {
    let integrity: string[];
    try {
      integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (error) {
      return `not an SQLite database: ${(error as Error).message}`;
    }
    if (integrity.join() !== "ok") return `integrity_check failed: ${integrity.slice(0, 5).join("; ")}`;
    const hasTable = db.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    if (!hasTable) return "no migration history (__drizzle_migrations): not a Duikou database";
    const applied = (db.prepare("select created_at as whenAt from __drizzle_migrations order by created_at").all() as { whenAt: number }[]).map((r) => Number(r.whenAt));
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as Journal;
    const known = journal.entries.map((e) => e.when);
    const newer = applied.filter((w) => !known.includes(w));
    if (newer.length) return `the backup's schema is newer than this code (${newer.length} unknown migration(s)): update the code first`;
    return null;
  } finally {
    db.close();
  }
}

/**
 * Restores `file` into the database at `target`: checked, copied aside, migrated forward if it
 * is older, its data version bumped (caches keyed by it refresh), then copied into place with
 * the backup API, so a running server sees the restored data on its next read.
 */
export async function restoreDatabase(file: string, target: string): Promise<void> {
  const problem = checkBackup(file);
  if (problem) throw new Error(problem);
  const staging = `${target}.restore-${process.pid}`;
  const source = new Database(file, { readonly: true });
  try {
    await source.backup(staging);
  } finally {
    source.close();
  }
  try {
    const staged = openDatabase(staging);
    migrateDatabase(staged);
    const current = fs.existsSync(target) ? new Database(target, { readonly: true }) : null;
    // The restored copy must announce a version above the one caches hold now.
    const liveVersion = current ? ((current.prepare("select version from data_version where id = 1").get() as { version: number } | undefined)?.version ?? 0) : 0;
    current?.close();
    staged.transaction((tx) => {
      const next = bumpDataVersion(tx);
      if (next <= liveVersion) staged.$client.prepare("update data_version set version = ? where id = 1").run(liveVersion + 1);
    });
    staged.$client.pragma("wal_checkpoint(TRUNCATE)");
    await staged.$client.backup(target);
    staged.$client.close();
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${staging}${suffix}`, { force: true });
  }
}
