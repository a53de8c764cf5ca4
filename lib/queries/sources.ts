import { asc, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { RECORD_TABLES } from "@/db/record-tables";
import { highlights, pairings, sources, subPairings, targets } from "@/db/schema";
import { METRIC_KEYS, type MetricKey } from "../metrics";
import { selectRecords, withEnglish, type RecordRow, type SelectedRow } from "./record-select";
import type { SourceInfo } from "./dataset";

/** The source behind the pairing list: every pairing rests on it (each with its own basis). */
export const PAIRING_SOURCE_ID = "pairing-compilation";

/** Listing every record of a source is for real sources; a generator's thousands are counted instead. */
const LIST_AT_MOST = 200;

export type SourceCitations = {
  source: SourceInfo;
  /** Records per metric that cite the source. */
  counts: Record<MetricKey, number>;
  /** The citing records themselves (real sources only, at most LIST_AT_MOST per metric). */
  records: (RecordRow & { metric: MetricKey })[];
  pairings: number;
  highlights: number;
  subPairings: number;
  /** Targets (lib/progress) that cite the source. */
  targets: number;
};

/** Every source with what cites it: the records per metric (listed for real sources), pairings, results and sub-pairings. */
export function getSourceCitations(db: Db): SourceCitations[] {
  const all = db.select().from(sources).orderBy(asc(sources.isDemo), asc(sources.id)).all();
  const countBy = (table: typeof highlights | typeof subPairings | typeof targets) =>
    new Map(db.select({ id: table.sourceId, n: count() }).from(table).groupBy(table.sourceId).all().map((r) => [r.id, r.n]));
  const highlightCounts = countBy(highlights);
  const subPairingCounts = countBy(subPairings);
  const targetCounts = countBy(targets);
  const pairingCount = db.select({ n: count() }).from(pairings).get()?.n ?? 0;
  const recordCounts = new Map<string, number>();
  for (const metric of METRIC_KEYS) {
    const t = RECORD_TABLES[metric].table;
    for (const r of db.select({ id: t.sourceId, n: count() }).from(t).groupBy(t.sourceId).all()) recordCounts.set(`${metric}|${r.id}`, r.n);
  }
  return all.map((source) => {
    const counts = Object.fromEntries(METRIC_KEYS.map((m) => [m, recordCounts.get(`${m}|${source.id}`) ?? 0])) as Record<MetricKey, number>;
    const records = source.isDemo
      ? []
      : METRIC_KEYS.flatMap((metric) => {
          if (counts[metric] === 0) return [];
          const t = RECORD_TABLES[metric].table;
          const rows = withEnglish(selectRecords(db, metric).where(eq(t.sourceId, source.id)).orderBy(asc(t.year), asc(t.id)).limit(LIST_AT_MOST).all() as SelectedRow[]);
          return rows.map((r) => ({ ...r, metric }));
        });
    return {
      source,
      counts,
      records,
      pairings: source.id === PAIRING_SOURCE_ID ? pairingCount : 0,
      highlights: highlightCounts.get(source.id) ?? 0,
      subPairings: subPairingCounts.get(source.id) ?? 0,
      targets: targetCounts.get(source.id) ?? 0,
    };
  });
}

/** Sources no record, pairing, result, sub-pairing or target cites (the published-series sources back the trend chart's points). */
export function uncited(citations: SourceCitations[]): string[] {
  return citations
    .filter((c) => Object.values(c.counts).every((n) => n === 0) && c.pairings + c.highlights + c.subPairings + c.targets === 0)
    .map((c) => c.source.id);
}

