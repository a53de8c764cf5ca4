import type { Db } from "@/db/client";
import { DEFAULT_FILTERS, hasScopeFilter, isFullYearRange, type Filters } from "@/lib/filters";
import { METRIC_KEYS, METRICS, type MetricKey } from "@/lib/metrics";
import { DEFAULT_RECORD_QUERY } from "@/lib/record-query";
import { getBreakdown } from "@/lib/queries/breakdown";
import { getRecords } from "@/lib/queries/records";
import { getYearlySeries } from "@/lib/queries/series";
import { getTopRecords } from "@/lib/queries/top-records";
import { getTotals } from "@/lib/queries/totals";

/**
 * Each dashboard query function beside the same aggregate written by hand in SQL on the same
 * connection, so the ratio shows what the query layer (Drizzle, shaping) costs on top of SQLite.
 */
export type QueryCase = {
  name: string;
  run: (filters: Filters, metric: MetricKey) => unknown;
  raw: (filters: Filters, metric: MetricKey) => unknown;
};

function where(filters: Filters, prefix = "", codesUnindexed = false, periodColumn = prefix ? "period_from" : "period_start") {
  const clauses = [`${prefix}year between ? and ?`];
  const params: (string | number)[] = [filters.yearFrom, filters.yearTo];
  // Multi-year records count only when the range covers their span (rollup: period_start; records: period_from).
  if (filters.yearFrom > DEFAULT_FILTERS.yearFrom) {
    clauses.push(`coalesce(${prefix}${periodColumn}, ${prefix}year) >= ?`);
    params.push(filters.yearFrom);
  }
  const list = (column: string, values: string[]) => {
    if (!values.length) return;
    clauses.push(`${codesUnindexed ? "+" : ""}${prefix}${column} in (${values.map(() => "?").join(",")})`);
    params.push(...values);
  };
  list("district_code", filters.districts);
  list("supporter_code", filters.supporters);
  list("sector", filters.sectors);
  return { sql: clauses.join(" and "), params };
}

const RAW_RECORD = {
  funds: { table: "fund_records", value: "amount_wan", rank: "amount_wan", title: "null", category: "kind", sector: "sector" },
  projects: { table: "projects", value: "quantity", rank: "investment_wan", title: "name", category: "status", sector: "sector" },
  trained: { table: "trainings", value: "participants", rank: "participants", title: "programme", category: "kind", sector: null },
  schools: { table: "schools", value: "quantity", rank: "investment_wan", title: "name", category: "level", sector: null },
  cadres: { table: "cadre_exchanges", value: "persons", rank: "persons", title: "null", category: "direction", sector: null },
} as const satisfies Record<MetricKey, unknown>;

function recordSelect(metric: MetricKey) {
  const r = RAW_RECORD[metric];
  return `select t.id, t.year, t.period_from, t.supporter_code, s.name_zh, s.name_en, t.district_code, d.name_zh, d.name_en,
    ${r.title === "null" ? "null" : `t.${r.title}`}, t.${r.category}, ${r.sector ? `t.${r.sector}` : "null"}, t.${r.value}, t.${r.rank},
    t.is_demo, t.source_id, src.title_zh, src.title_en, t.note
    from ${r.table} t join supporters s on s.code = t.supporter_code join districts d on d.code = t.district_code
    join sources src on src.id = t.source_id`;
}

export function queryCases(db: Db): QueryCase[] {
  const sqlite = db.$client;
  const prepared = new Map<string, ReturnType<typeof sqlite.prepare<(string | number)[]>>>();
  const all = (text: string, params: (string | number)[]) => {
    let statement = prepared.get(text);
    if (!statement) {
      statement = sqlite.prepare<(string | number)[]>(text);
      prepared.set(text, statement);
    }
    return statement.all(...params);
  };
  const applicable = (filters: Filters) => METRIC_KEYS.filter((m) => !filters.sectors.length || METRICS[m].hasSector);

  return [
    {
      name: "getTotals",
      run: (f) => getTotals(db, f),
      raw: (f) => {
        const widened = { ...f, yearFrom: Math.max(DEFAULT_FILTERS.yearFrom, f.yearFrom - 1) };
        const w = where(widened);
        const metrics = applicable(f);
        const rows = all(
          `select metric, year, sum(total), sum(demo_total), sum(cumulative_total) from metric_rollup
           where ${w.sql} and metric in (${metrics.map(() => "?").join(",")}) group by metric, year`,
          [...w.params, ...metrics],
        );
        if (hasScopeFilter(f) || !isFullYearRange(f)) {
          const base = hasScopeFilter(f) ? where({ ...DEFAULT_FILTERS, yearFrom: f.yearFrom, yearTo: f.yearTo }) : where(DEFAULT_FILTERS);
          all(`select metric, sum(total) from metric_rollup where ${base.sql} group by metric`, base.params);
        }
        return rows;
      },
    },
    {
      name: "getYearlySeries",
      run: (f, m) => getYearlySeries(db, f, m),
      raw: (f, m) => {
        const w = where(f);
        return all(`select year, sum(total), sum(demo_total), sum(cumulative_total) from metric_rollup where ${w.sql} and metric = ? group by year order by year`, [...w.params, m]);
      },
    },
    {
      name: "getBreakdown(district)",
      run: (f, m) => getBreakdown(db, f, m, "district"),
      raw: (f, m) => {
        const w = where(f);
        return all(`select district_code, sum(total), sum(demo_total) from metric_rollup where ${w.sql} and metric = ? group by district_code`, [...w.params, m]);
      },
    },
    {
      name: "getBreakdown(supporter)",
      run: (f, m) => getBreakdown(db, f, m, "supporter"),
      raw: (f, m) => {
        const w = where(f);
        return all(`select supporter_code, sum(total), sum(demo_total) from metric_rollup where ${w.sql} and metric = ? group by supporter_code`, [...w.params, m]);
      },
    },
    {
      name: "getTopRecords",
      run: (f, m) => getTopRecords(db, f, m, 10),
      raw: (f, m) => {
        // Same plan as the function: count cells, pick ids from the per-cell top-10 index, fetch rows.
        const w = where(f);
        const cells = (all(`select count(*) as n from metric_rollup where ${w.sql} and metric = ?`, [...w.params, m])[0] as { n: number }).n;
        if (!cells) return [];
        const rank = cells * 10 < 4_000 ? "+rank_value" : "rank_value";
        const ids = all(`select record_id from top_record_index where metric = ? and ${w.sql} order by ${rank} desc, record_id desc limit 10`, [m, ...w.params]) as { record_id: number }[];
        if (!ids.length) return [];
        return all(`${recordSelect(m)} where t.id in (${ids.map(() => "?").join(",")})`, ids.map((r) => r.record_id));
      },
    },
    {
      name: "getRecords(page 1)",
      run: (f, m) => getRecords(db, f, m, DEFAULT_RECORD_QUERY),
      raw: (f, m) => {
        const r = RAW_RECORD[m];
        const rollup = where(f);
        const total = (all(`select coalesce(sum(records), 0) as n from metric_rollup where ${rollup.sql} and metric = ?`, [...rollup.params, m])[0] as { n: number }).n;
        if (!total) return [];
        const filterFirst = total < 4_000;
        const w = where(r.sector ? f : { ...f, sectors: [] }, "t.", !filterFirst);
        const year = filterFirst ? "+t.year" : "t.year";
        return all(`${recordSelect(m)} where ${w.sql} order by ${year} desc, t.id desc limit 25`, w.params);
      },
    },
  ];
}

/** What reads would cost without pre-aggregation: the yearly sum and the largest ten straight from the record table. */
export function recordTableSeries(db: Db, filters: Filters, metric: MetricKey): unknown {
  const r = RAW_RECORD[metric];
  const w = where(r.sector ? filters : { ...filters, sectors: [] }, "", false, "period_from");
  return db.$client.prepare(`select year, sum(${r.value}) from ${r.table} where ${w.sql} group by year`).all(...w.params);
}

export function recordTableTop(db: Db, filters: Filters, metric: MetricKey): unknown {
  const r = RAW_RECORD[metric];
  const w = where(r.sector ? filters : { ...filters, sectors: [] }, "t.");
  return db.$client.prepare(`${recordSelect(metric)} where ${w.sql} order by t.${r.rank} desc, t.id desc limit 10`).all(...w.params);
}
