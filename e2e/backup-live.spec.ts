import Database from "better-sqlite3";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { backupDatabase, checkBackup } from "../db/backup";
import { apiSignIn, createAccount } from "./support/accounts";

/*
 * A backup taken with db/backup.ts while the production server serves pages and writes: the
 * file opens, passes integrity_check, and holds exactly the data of one moment — every table's
 * row count equals a read taken in the same snapshot the backup copied (a read transaction held
 * on the source connection across the whole backup), while the server kept writing.
 */
const FILE = path.resolve(__dirname, "..", process.env.E2E_DATABASE_PATH ?? "test-results/e2e.db");

// A cell no other test uses: 石柱's cadres target for one year far ahead, deleted at the end.
const TARGET = { scope: "district", district: "500240", metric: "cadres", periodFrom: 2030, periodTo: 2030, note: "e2e backup while serving" };

function tableCounts(db: Database.Database): Record<string, number> {
  const tables = (db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n]));
}

const version = (db: Database.Database) => (db.prepare("select version from data_version where id = 1").get() as { version: number }).version;

test.describe.configure({ timeout: 180_000 });

test("a backup taken while the server serves and writes is openable, intact and one consistent moment", async ({ request, baseURL }) => {
  const admin = createAccount({ role: "admin" });
  await apiSignIn(request, admin, baseURL!);
  let running = true;
  let writes = 0;
  const statuses: number[] = [];
  const headers = { origin: baseURL!, "content-type": "application/json" };
  const writer = (async () => {
    for (let i = 1; running; i++) {
      const response = await request.post("/api/targets", { headers, data: { ...TARGET, targetValue: 100 + i } });
      statuses.push(response.status());
      writes++;
    }
  })();
  const readers = ["/", "/progress", "/map"].map(async (page) => {
    while (running) statuses.push((await request.get(page)).status());
  });
  const writesAtLeast = async (n: number) => expect.poll(() => writes, { timeout: 60_000 }).toBeGreaterThanOrEqual(n);

  await writesAtLeast(3);
  const source = new Database(FILE, { readonly: true, fileMustExist: true });
  source.exec("BEGIN");
  const snapshot = tableCounts(source);
  const snapshotVersion = version(source);
  // The server goes on writing while the snapshot is held and copied.
  const writesBefore = writes;
  await writesAtLeast(writesBefore + 2);
  const file = await backupDatabase(source, { dir: test.info().outputPath("backups"), keep: 3 });
  const stillSnapshot = tableCounts(source);
  source.exec("COMMIT");
  source.close();
  await writesAtLeast(writes + 1);
  running = false;
  await Promise.all([writer, ...readers]);

  expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
  expect(stillSnapshot).toEqual(snapshot);
  expect(checkBackup(file)).toBeNull();
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  expect(backup.pragma("integrity_check", { simple: true })).toBe("ok");
  expect(backup.pragma("foreign_key_check")).toEqual([]);
  expect(tableCounts(backup)).toEqual(snapshot);
  expect(version(backup)).toBe(snapshotVersion);
  // Every target write of the snapshot is there whole: its batch, its change and its audit entry.
  const formBatches = (backup.prepare("select count(*) as n from import_batches where kind = 'form' and actor_email = ?").get(admin.email) as { n: number }).n;
  const audits = (backup.prepare("select count(*) as n from audit_log where action like 'targets.%' and actor_email = ?").get(admin.email) as { n: number }).n;
  const changes = (backup.prepare("select count(*) as n from batch_changes c join import_batches b on b.id = c.batch_id where b.actor_email = ?").get(admin.email) as { n: number }).n;
  expect(formBatches).toBeGreaterThanOrEqual(3);
  expect([audits, changes]).toEqual([formBatches, formBatches]);
  backup.close();

  const live = new Database(FILE, { readonly: true, fileMustExist: true });
  expect(version(live)).toBeGreaterThan(snapshotVersion);
  const id = (live.prepare("select id from targets where district_code = ? and metric = ? and period_from = 2030").get(TARGET.district, TARGET.metric) as { id: number }).id;
  live.close();
  expect((await request.delete(`/api/targets/${id}`, { headers: { origin: baseURL! } })).status()).toBe(204);
});
