import { sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { MetricKey } from "@/lib/metrics";
import { PROGRAM } from "@/lib/program";
import type { Db } from "../client";
import { bumpDataVersion } from "../data-version";
import { rebuildRollup } from "../rollup";
import * as s from "../schema";
import { loadSeedData } from "./facts";
import { generateDemoRecords, GENERATOR_VERSION } from "./generator";
import { insertDemoTargets } from "./targets";

export const DEFAULT_SEED = 20231011;

export type SeedOptions = { seed?: number; scale?: number; log?: (message: string) => void; demo?: boolean };

/** DUIKOU_DEMO=off: a deployment that starts with real records only (read at the first seed). */
export function demoWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.DUIKOU_DEMO ?? "on").toLowerCase() !== "off";
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function insertChunked<T extends SQLiteTable>(tx: Tx, table: T, rows: T["$inferInsert"][], size = 400): void {
  for (let i = 0; i < rows.length; i += size) tx.insert(table).values(rows.slice(i, i + size)).run();
}

type JointRow = { coversSupporters?: string[]; endInferred?: boolean };

/**
 * Inserts real records one by one (there are few) so a joint record's further partners can be
 * linked to its id in record_supporters; the record itself stays under its first-named supporter.
 */
function insertReal<T extends SQLiteTable>(tx: Tx, metric: MetricKey, table: T, rows: (T["$inferInsert"] & JointRow)[]): void {
  for (const { coversSupporters, endInferred: _inferred, ...row } of rows) {
    const [inserted] = tx.insert(table).values(row as T["$inferInsert"]).returning().all() as unknown as { id: number; supporterCode: string }[];
    if (!inserted) throw new Error(`could not insert a real ${metric} record`);
    const partners = (coversSupporters ?? []).filter((code) => code !== inserted.supporterCode);
    if (partners.length) {
      tx.insert(s.recordSupporters).values(partners.map((supporterCode, i) => ({ metric, recordId: inserted.id, supporterCode, position: i + 1 }))).run();
    }
  }
}

/**
 * Replaces the whole data set: reference facts, real records, demonstration records (fixed seed),
 * the rollup, the data set row and the data version, all in one transaction, so a failure leaves the old data.
 */
export function seedDatabase(db: Db, options: SeedOptions = {}): { records: number } {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const log = options.log ?? (() => {});
  const { facts, real, sources } = loadSeedData();
  const generated = generateDemoRecords(facts, real, { seed, scale });
  const demo = options.demo === false ? { funds: [], projects: [], trainings: [], schools: [], cadres: [] } : generated;
  const realRows = <T extends { supporter: string; district: string; periodFrom?: number }>(rows: T[]) =>
    rows.map(({ supporter, district, periodFrom, ...rest }) => ({
      ...rest,
      supporterCode: supporter,
      districtCode: district,
      periodFrom: periodFrom ?? null,
      isDemo: false,
    }));
  let records = 0;
  db.transaction((tx) => {
    for (const table of [
      s.targets, s.batchChanges, s.importBatches, s.metricRollup, s.recordSupporters, s.datasetInfo, s.fundRecords, s.projects, s.trainings, s.schools, s.cadreExchanges,
      s.highlights, s.subPairings, s.pairings,
    ]) {
      tx.delete(table).run();
    }
    tx.delete(s.supporters).run();
    tx.delete(s.districts).run();
    tx.delete(s.sources).run();

    insertChunked(tx, s.sources, sources.map((src) => ({ ...src, isDemo: src.isDemo ?? false })));
    insertChunked(tx, s.districts, facts.districts.map((d) => ({ code: d.code, nameZh: d.zh, nameEn: d.en, kind: d.kind, riverOrder: d.riverOrder, side: d.side, formerCode: d.formerCode ?? null })));
    // Provinces before cities: a city's parent must exist when it is inserted.
    const supporters = [...facts.supporters].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
    insertChunked(tx, s.supporters, supporters.map((x) => ({ code: x.code, nameZh: x.zh, nameEn: x.en, level: x.level, parentCode: x.parent ?? null })));
    insertChunked(tx, s.pairings, facts.pairings.map((p) => ({ supporterCode: p.supporter, districtCode: p.district, sinceYear: p.since, sinceNoteZh: p.sinceNote ?? null, sinceNoteEn: p.sinceNoteEn ?? null, confidence: p.confidence, basis: p.basis, basisZh: p.basisZh })));
    insertChunked(tx, s.subPairings, real.subPairings.map(({ supporter, district, ...rest }) => ({ ...rest, supporterCode: supporter, districtCode: district })));
    insertChunked(tx, s.highlights, real.highlights.map((h) => ({ districtCode: h.district, supporterCode: h.supporter, textZh: h.zh, textEn: h.en, year: h.year, sourceId: h.sourceId })));

    insertReal(tx, "funds", s.fundRecords, realRows(real.funds).map(({ coversKinds: _k, ...r }) => r));
    insertReal(tx, "projects", s.projects, realRows(real.projects));
    insertReal(tx, "trained", s.trainings, realRows(real.trainings));
    insertReal(tx, "schools", s.schools, realRows(real.schools));
    insertReal(tx, "cadres", s.cadreExchanges, realRows(real.cadres));
    log(`real records inserted; demo: ${Object.entries(demo).map(([k, v]) => `${k} ${v.length}`).join(", ")}`);

    insertChunked(tx, s.fundRecords, demo.funds);
    insertChunked(tx, s.projects, demo.projects);
    insertChunked(tx, s.trainings, demo.trainings);
    insertChunked(tx, s.schools, demo.schools);
    insertChunked(tx, s.cadreExchanges, demo.cadres);
    rebuildRollup(tx);
    insertDemoTargets(tx, facts, seed);
    // Fresh statistics, so the planner picks the right index for each filter shape.
    tx.run(sql`analyze`);
    tx.insert(s.datasetInfo)
      .values({ id: 1, asOf: PROGRAM.asOfDate, loadedAt: new Date().toISOString(), generator: GENERATOR_VERSION, seed, scale })
      .run();
    bumpDataVersion(tx);
    records =
      real.funds.length + real.projects.length + real.trainings.length + real.schools.length + real.cadres.length +
      Object.values(demo).reduce((n, rows) => n + rows.length, 0);
  });
  return { records };
}
