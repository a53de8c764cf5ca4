import { openDatabase } from "@/db/client";
import { commitPendingAsync } from "@/lib/import/server/import-threads";
import { previewUpload } from "@/lib/import/server/service";
import { ADMIN } from "@/lib/import/testing/people";
import { csvOf } from "@/lib/import/testing/workbook";

/**
 * The server's commit path in a process of its own, so a test can kill -9 it mid-transaction:
 * previews ROWS funds rows for the seeded database DB, prints "committing", then commits the way
 * the route does (in the commit thread).
 * Run with `tsx --conditions react-server` (the import modules are server-only).
 */
async function main(file: string, rows: number): Promise<void> {
  const db = openDatabase(file);
  const districts = (db.$client.prepare("select code from districts").all() as { code: string }[]).map((r) => r.code);
  const supporters = (db.$client.prepare("select code from supporters").all() as { code: string }[]).map((r) => r.code);
  // Distinct natural keys: district × supporter × year × kind.
  const kinds = ["无偿援助", "经济合作", "其他（未细分）"];
  const data = Array.from({ length: rows }, (_, i) => {
    const rest = Math.floor(i / (districts.length * supporters.length));
    return [districts[i % districts.length], supporters[Math.floor(i / districts.length) % supporters.length], 1992 + (rest % 31), 10 + (i % 1000), kinds[Math.floor(rest / 31) % 3], "", `crash ${i}`];
  });
  const preview = await previewUpload(db, Buffer.from(csvOf([["区县", "支援方", "年份", "金额（万元）", "资金类别", "行业", "备注"], ...data])), "crash.csv", ADMIN);
  if (!preview.ok) throw new Error(preview.refusal.message);
  process.stdout.write(`committing ${preview.preview.counts.new}\n`);
  // The route's path: the commit thread, on a connection of its own.
  const result = await commitPendingAsync(db, preview.preview.token, ADMIN, null);
  process.stdout.write(`done ${JSON.stringify(result)}\n`);
}

main(process.argv[2]!, Number(process.argv[3] ?? 60_000)).catch((error) => {
  console.error(error);
  process.exit(1);
});
