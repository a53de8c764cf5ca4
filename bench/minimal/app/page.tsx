import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import path from "node:path";
import { FundsBarChart } from "./bar-chart";

// Rendered per request, as the product's pages are: one Drizzle query, one chart.
export const dynamic = "force-dynamic";

const fundRecords = sqliteTable("fund_records", { districtCode: text("district_code").notNull(), amountWan: integer("amount_wan").notNull() });
const districts = sqliteTable("districts", { code: text("code").primaryKey(), nameZh: text("name_zh").notNull() });

const globalForDb = globalThis as unknown as { minimalDb?: ReturnType<typeof drizzle> };
function db() {
  globalForDb.minimalDb ??= drizzle(new Database(path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? "data/duikou.db"), { readonly: true }));
  return globalForDb.minimalDb;
}

export default function Page() {
  const rows = db()
    .select({ district: districts.nameZh, total: sql<number>`sum(${fundRecords.amountWan}) / 10000.0` })
    .from(fundRecords)
    .innerJoin(districts, sql`${districts.code} = ${fundRecords.districtCode}`)
    .groupBy(districts.nameZh)
    .orderBy(sql`2 desc`)
    .all();
  return (
    <main>
      <h1>对口支援资金（亿元）</h1>
      <FundsBarChart rows={rows} />
    </main>
  );
}
