import { eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { RECORD_TABLES } from "@/db/record-tables";
import { districts, sources, supporters } from "@/db/schema";
import { englishOf } from "../data-english";
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
  /** For a joint record, every partner in the source's order (this record's supporter first), joined with 、; else null. */
  partnersZh: string | null;
  partnersEn: string | null;
  /** The batch (import or form) that wrote the record; null for the seed. */
  batchId: number | null;
  /** English forms of title and note (lib/data-english.ts), looked up here so the browser needs no table. */
  titleEn: string | null;
  noteEn: string | null;
};

export type SelectedRow = Omit<RecordRow, "titleEn" | "noteEn">;

/** Rows of selectRecords with the English of their title and note beside the Chinese. */
export function withEnglish<T extends SelectedRow>(rows: T[]): (T & Pick<RecordRow, "titleEn" | "noteEn">)[] {
  return rows.map((r) => ({ ...r, titleEn: r.title ? englishOf(r.title) : null, noteEn: r.note ? englishOf(r.note) : null }));
}

/** The partners of a joint record, lead first, in one language; null for a single-supporter record. */
function partnerNames(metric: MetricKey, id: SQLiteColumn, lead: SQLiteColumn, name: "name_zh" | "name_en", separator: string): SQL<string | null> {
  return sql<string | null>`(select ${sql.raw(`(select ${name} from supporters where code = `)}${lead}) || ${separator} || group_concat(n, ${separator}) from (select ${sql.raw(`s.${name}`)} as n from record_supporters rs join supporters s on s.code = rs.supporter_code where rs.metric = ${metric} and rs.record_id = ${id} order by rs.position))`;
}

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
      partnersZh: partnerNames(metric, t.table.id, t.table.supporterCode, "name_zh", "、"),
      partnersEn: partnerNames(metric, t.table.id, t.table.supporterCode, "name_en", ", "),
      batchId: t.table.batchId,
    })
    .from(t.table)
    .innerJoin(supporters, eq(supporters.code, t.table.supporterCode))
    .innerJoin(districts, eq(districts.code, t.table.districtCode))
    .innerJoin(sources, eq(sources.id, t.table.sourceId))
    .$dynamic();
}
