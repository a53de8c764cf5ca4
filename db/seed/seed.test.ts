import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { emptyTestDb } from "@/lib/testing/test-db";
import { METRIC_KEYS, METRICS } from "@/lib/metrics";
import { PROGRAM } from "@/lib/program";
import { RECORD_TABLES } from "../record-tables";
import * as s from "../schema";
import { loadSeedData } from "./facts";
import { generateDemoRecords } from "./generator";
import { seedDatabase } from "./load";

// Several tests seed the whole data set (seconds each on a shared, loaded machine).
vi.setConfig({ testTimeout: 60_000 });

function seeded(seed?: number) {
  const db = emptyTestDb();
  seedDatabase(db, seed === undefined ? {} : { seed });
  return db;
}

describe("seed", () => {
  const db = seeded();

  it("loads the 14 districts, 23 supporters (16 + 7 cities) and the pairings", () => {
    expect(db.select().from(s.districts).all()).toHaveLength(14);
    const supporters = db.select().from(s.supporters).all();
    expect(supporters).toHaveLength(23);
    expect(supporters.filter((x) => x.level === "city")).toHaveLength(7);
    const pairings = db.select().from(s.pairings).all();
    expect(pairings).toHaveLength(23);
    expect(pairings.filter((p) => p.confidence === "unverified").map((p) => p.districtCode).sort()).toEqual(["500112", "500113", "500115"]);
  });

  it.each(METRIC_KEYS)("makes the %s total through 2022 equal the published total exactly", (metric) => {
    const { table, value } = RECORD_TABLES[metric];
    const fromRecords = db.select({ n: sql<number>`sum(${value})` }).from(table).where(sql`${table.year} <= ${PROGRAM.asOfYear}`).get()?.n;
    // A record's own rows only: a joint record's credit rows for further partners must not count again.
    const fromRollup = db.select({ n: sql<number>`sum(${s.metricRollup.total})` }).from(s.metricRollup).where(and(eq(s.metricRollup.metric, metric), eq(s.metricRollup.jointPrior, ""))).get()?.n;
    expect(fromRecords).toBe(METRICS[metric].publishedTotal);
    expect(fromRollup).toBe(METRICS[metric].publishedTotal);
  });

  it("keeps the real records, with their sources, as real", () => {
    const hebei = db.select().from(s.projects).where(and(eq(s.projects.supporterCode, "130000"), eq(s.projects.isDemo, false))).all();
    expect(hebei).toEqual([expect.objectContaining({ quantity: 66, investmentWan: 830_000, sourceId: "article-2023-10", districtCode: "500230" })]);
    const realFunds = db.select({ n: sql<number>`count(*)` }).from(s.fundRecords).where(eq(s.fundRecords.isDemo, false)).get()?.n;
    expect(realFunds).toBe(10);
  });

  it("puts demonstration records only along known pairings and never on 石柱", () => {
    const offPairing = db.all(sql`select count(*) as n from fund_records f where is_demo = 1 and not exists
      (select 1 from pairings p where p.supporter_code = f.supporter_code and p.district_code = f.district_code)`) as { n: number }[];
    expect(offPairing[0]?.n).toBe(0);
    const shizhu = db.select({ n: sql<number>`sum(${s.metricRollup.total})` }).from(s.metricRollup).where(eq(s.metricRollup.districtCode, "500240")).get()?.n;
    expect(shizhu ?? 0).toBe(0);
  });

  it("adds no demonstration record in the years a real record states (辽宁→奉节 schools, 1992–2019)", () => {
    const demo = db.select().from(s.schools).where(and(eq(s.schools.districtCode, "500236"), eq(s.schools.supporterCode, "210000"), eq(s.schools.isDemo, true))).all();
    expect(demo.every((r) => r.year > 2019)).toBe(true);
  });

  it("respects a pairing's start year (江西→武隆 since 1994)", () => {
    const early = db.select().from(s.fundRecords).where(and(eq(s.fundRecords.supporterCode, "360000"), sql`${s.fundRecords.year} < 1994`)).all();
    expect(early).toEqual([]);
  });

  it("yields the same database when run again with the same seed", () => {
    const again = seeded();
    const dump = (d: typeof db) => JSON.stringify(d.select().from(s.fundRecords).all()) + JSON.stringify(d.select().from(s.projects).all());
    expect(dump(again)).toBe(dump(db));
  });

  it("replaces the data on a re-run instead of adding to it", () => {
    const twice = seeded();
    seedDatabase(twice);
    expect(twice.select({ n: sql<number>`sum(${s.metricRollup.total})` }).from(s.metricRollup).where(and(eq(s.metricRollup.metric, "schools"), eq(s.metricRollup.jointPrior, ""))).get()?.n).toBe(445);
  });
});

describe("generateDemoRecords", () => {
  const { facts, real } = loadSeedData();

  it("calibrates at any scale and differs by seed", () => {
    const a = generateDemoRecords(facts, real, { seed: 1, scale: 3 });
    const b = generateDemoRecords(facts, real, { seed: 2, scale: 3 });
    expect(a.schools.length).toBe(445 * 3 - 8);
    expect(a.cadres.reduce((n, r) => n + r.persons, 0)).toBe(1200 * 3 - 607);
    expect(JSON.stringify(a.funds.slice(0, 5))).not.toBe(JSON.stringify(b.funds.slice(0, 5)));
  });

  it("leaves no year of the program empty, even for rare metrics", () => {
    const demo = generateDemoRecords(facts, real, { seed: 7, scale: 1 });
    const years = new Set(demo.schools.map((r) => r.year));
    for (let year = 1992; year <= 2022; year++) expect(years.has(year)).toBe(true);
  });

  it("grows over time (the last decade carries more funds than the first)", () => {
    const demo = generateDemoRecords(facts, real, { seed: 7, scale: 1 });
    const sum = (from: number, to: number) => demo.funds.filter((r) => r.year >= from && r.year <= to).reduce((n, r) => n + r.amountWan, 0);
    expect(sum(2013, 2022)).toBeGreaterThan(2 * sum(1992, 2001));
  });
});
