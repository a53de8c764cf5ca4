import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { rebuildRollup } from "@/db/rollup";
import * as s from "@/db/schema";

/** A migrated in-memory database, empty. */
export function emptyTestDb(): Db {
  const db = openDatabase(":memory:");
  migrateDatabase(db);
  return db;
}

/**
 * A small hand-made data set whose every figure the tests can work out by hand:
 * two districts, a province with one city, one other province, real and demo records.
 */
export function fixtureDb(): Db {
  const db = emptyTestDb();
  db.insert(s.sources).values([
    { id: "real", titleZh: "真实来源", titleEn: "Real source", publisher: null, publishedOn: "2023-10-11", note: null, isDemo: false },
    { id: "demo-generator", titleZh: "示例", titleEn: "Demo", publisher: null, publishedOn: null, note: null, isDemo: true },
  ]).run();
  db.insert(s.districts).values([
    { code: "500101", nameZh: "万州区", nameEn: "Wanzhou District", kind: "区", riverOrder: 7, side: "main" },
    { code: "500102", nameZh: "涪陵区", nameEn: "Fuling District", kind: "区", riverOrder: 4, side: "main" },
  ]).run();
  db.insert(s.supporters).values([
    { code: "310000", nameZh: "上海市", nameEn: "Shanghai", level: "municipality" },
    { code: "330000", nameZh: "浙江省", nameEn: "Zhejiang", level: "province" },
  ]).run();
  db.insert(s.supporters).values({ code: "330200", nameZh: "宁波市", nameEn: "Ningbo", level: "city", parentCode: "330000" }).run();
  db.insert(s.pairings).values([
    { supporterCode: "310000", districtCode: "500101", sinceYear: 1992, confidence: "high", basis: "t" },
    { supporterCode: "330200", districtCode: "500101", sinceYear: 1992, confidence: "medium-high", basis: "t" },
    { supporterCode: "330000", districtCode: "500102", sinceYear: 1992, confidence: "high", basis: "t" },
  ]).run();
  const rec = (year: number, supporterCode: string, districtCode: string, isDemo: boolean, periodFrom: number | null = null) => ({
    year, supporterCode, districtCode, isDemo, periodFrom, sourceId: isDemo ? "demo-generator" : "real",
  });
  db.insert(s.fundRecords).values([
    { ...rec(2020, "310000", "500101", false), amountWan: 1000, kind: "free_aid", sector: "education" },
    { ...rec(2021, "310000", "500101", true), amountWan: 3000, kind: "economic_cooperation", sector: "citrus" },
    { ...rec(2021, "330200", "500101", true), amountWan: 500, kind: "economic_cooperation", sector: "tourism" },
    { ...rec(2022, "330000", "500102", false, 1992), amountWan: 6000, kind: "free_aid", sector: null },
    { ...rec(2022, "330000", "500102", true), amountWan: 2000, kind: "economic_cooperation", sector: "citrus" },
  ]).run();
  db.insert(s.projects).values([
    { ...rec(2021, "310000", "500101", true), name: "万州柑橘项目", sector: "citrus", investmentWan: 9000, status: "operating", quantity: 1 },
    { ...rec(2022, "330000", "500102", false, 1992), name: "批量项目", sector: null, investmentWan: 50000, status: "signed", quantity: 5 },
  ]).run();
  db.insert(s.trainings).values([
    { ...rec(2021, "310000", "500101", true), programme: "培训班", kind: "technical", participants: 40 },
    { ...rec(2022, "330000", "500102", true), programme: "培训班", kind: "cadre", participants: 60 },
  ]).run();
  db.insert(s.schools).values([{ ...rec(2000, "310000", "500101", true), name: "友谊小学", level: "primary", investmentWan: 800, quantity: 1 }]).run();
  db.insert(s.cadreExchanges).values([{ ...rec(2022, "330200", "500101", true), direction: "to_district", persons: 3 }]).run();
  db.transaction((tx) => rebuildRollup(tx));
  return db;
}
