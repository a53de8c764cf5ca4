import { count } from "drizzle-orm";
import { databasePath, openDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { datasetInfo } from "../schema";
import { DEFAULT_SEED, demoWanted, seedDatabase } from "./load";

/** npm run db:seed [-- --if-empty] [--seed N] [--scale N] */
function main(argv: string[]): void {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(flag("--seed") ?? DEFAULT_SEED);
  const scale = Number(flag("--scale") ?? 1);
  if (!Number.isInteger(seed) || !Number.isInteger(scale) || scale < 1) throw new Error("--seed and --scale take whole numbers (scale ≥ 1)");
  const db = openDatabase();
  migrateDatabase(db);
  const loaded = db.select({ n: count() }).from(datasetInfo).get()?.n ?? 0;
  if (argv.includes("--if-empty") && loaded > 0) {
    console.log(`${databasePath()} already holds data; not seeding`);
  } else {
    const started = Date.now();
    const demo = demoWanted();
    const { records } = seedDatabase(db, { seed, scale, demo, log: console.log });
    if (!demo) console.log("DUIKOU_DEMO=off: seeded without demonstration records");
    console.log(`seeded ${records} records into ${databasePath()} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}, scale ${scale})`);
  }
  db.$client.close();
}

main(process.argv.slice(2));
