import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { RECORD_TABLES } from "@/db/record-tables";
import { districts, sources, supporters } from "@/db/schema";
import type { MetricKey } from "../metrics";

export type RecordRow = {
  id: number;
  year: number;
  periodFrom: number | null;
  supporterCode: string;
  supporterZh: string;
  supporterEn: string;
  districtCode: string;
  districtZh: string;
  districtEn: string;
  /** Project, programme or school name; null where the record has none (funds, exchanges). */
  title: string | null;
  /** Fund kind, project status, training kind, school level or exchange direction (a message key in categories.*). */
  category: string;
  sector: string | null;
  /** What the record adds to the metric, in stored units. */
  value: number;
  /** What the record is ranked by (amount, investment, participants), in stored units. */
  rankValue: number | null;
  isDemo: boolean;
  sourceId: string;
  sourceZh: string;
  sourceEn: string;
  note: string | null;
  /** The batch (import or form) that wrote the record; null for the seed. */
  batchId: number | null;
};

/** The one select of a metric's records with their names and source, shared by every record read. */
export function selectRecords(db: Db, metric: MetricKey) {
  const t = RECORD_TABLES[metric];
  return db
    .select({
      id: t.table.id,
      year: t.table.year,
      periodFrom: t.table.periodFrom,
      supporterCode: t.table.supporterCode,
      supporterZh: supporters.nameZh,
      supporterEn: supporters.nameEn,
      districtCode: t.table.districtCode,
      districtZh: districts.nameZh,
      districtEn: districts.nameEn,
      title: t.title ?? sql<string | null>`null`,
      category: sql<string>`${t.category}`,
      sector: t.sector ?? sql<string | null>`null`,
      value: t.value,
      rankValue: t.rank,
      isDemo: t.table.isDemo,
      sourceId: t.table.sourceId,
      sourceZh: sources.titleZh,
      sourceEn: sources.titleEn,
      note: t.table.note,
      batchId: t.table.batchId,
    })
    .from(t.table)
    .innerJoin(supporters, eq(supporters.code, t.table.supporterCode))
    .innerJoin(districts, eq(districts.code, t.table.districtCode))
    .innerJoin(sources, eq(sources.id, t.table.sourceId))
    .$dynamic();
}
