import { and, asc, between, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { metricRollup, targets } from "@/db/schema";
import type { Filters } from "../filters";
import type { MetricKey } from "../metrics";
import { PROGRAM } from "../program";
import { combineTargets, type CombinedProgress, type TargetPart } from "../progress/combine";
import { expectedShare, periodLabel, yearsToDate, type Period } from "../progress/pace";
import { compareByUrgency, type Thresholds } from "../progress/status";
import { getCatalog, type Catalog } from "./catalog";

import type { ProgressBy } from "./progress-dimensions";

export type { ProgressBy };

type Name = { zh: string; en: string };
export type ProgressRow = CombinedProgress & {
  /** district code, supporter code, or "supporter|district". */
  key: string;
  by: ProgressBy | "program";
  metric: MetricKey;
  period: string;
  districtCode: string | null;
  supporterCode: string | null;
  name: Name;
  /** The row sums several targets (a supporter's pairings) rather than one target of its own. */
  derived: boolean;
};

type TargetRow = typeof targets.$inferSelect;
type Actual = { total: number; demo: number };

/** The plan periods that have targets, longest first then latest (the default is the first). */
export function getTargetPeriods(db: Db): string[] {
  const rows = db
    .selectDistinct({ from: targets.periodFrom, to: targets.periodTo })
    .from(targets)
    .orderBy(sql`${targets.periodTo} - ${targets.periodFrom} desc`, asc(targets.periodFrom))
    .all();
  return rows.map((r) => periodLabel(r));
}

/** Actual to date of the period per supporter × district (records spanning from before the period are left out). */
function periodActuals(db: Db, metric: MetricKey, period: Period): Map<string, Actual> {
  const span = yearsToDate(period, PROGRAM.asOfYear);
  if (!span) return new Map();
  const rows = db
    .select({ supporter: metricRollup.supporterCode, district: metricRollup.districtCode, total: sql<number>`sum(${metricRollup.total})`, demo: sql<number>`sum(${metricRollup.demoTotal})` })
    .from(metricRollup)
    .where(and(eq(metricRollup.metric, metric), between(metricRollup.year, span.from, span.to), gte(metricRollup.periodStart, period.from)))
    .groupBy(metricRollup.supporterCode, metricRollup.districtCode)
    .all();
  return new Map(rows.map((r) => [`${r.supporter}|${r.district}`, { total: r.total, demo: r.demo }]));
}

function parseProfile(profile: string | null): number[] | null {
  if (!profile) return null;
  try {
    const value: unknown = JSON.parse(profile);
    return Array.isArray(value) && value.every((x) => typeof x === "number") ? value : null;
  } catch {
    return null;
  }
}

type Context = { catalog: Catalog; actuals: Map<string, Actual>; period: Period; confidence: Map<string, string> };

/** A target with the actual of the cells it covers: its pairing, its district, its supporter, or everything. */
function toPart(t: TargetRow, ctx: Context): TargetPart {
  let total = 0;
  let demo = 0;
  let seen = false;
  for (const [key, a] of ctx.actuals) {
    const [supporter, district] = key.split("|");
    if (t.districtCode && district !== t.districtCode) continue;
    if (t.supporterCode && supporter !== t.supporterCode) continue;
    total += a.total;
    demo += a.demo;
    seen = true;
  }
  const pairing = t.scope === "pairing" ? ctx.confidence.get(`${t.supporterCode}|${t.districtCode}`) ?? "unverified" : null;
  return {
    id: t.id,
    target: t.targetValue,
    expected: expectedShare(ctx.period, PROGRAM.asOfDate, parseProfile(t.profile)),
    actual: seen ? total : null,
    demoActual: demo,
    isDemo: t.isDemo,
    pairingConfidence: pairing,
    sourceId: t.sourceId,
  };
}

function loadContext(db: Db, metric: MetricKey, period: Period): { rows: TargetRow[]; ctx: Context } {
  const catalog = getCatalog(db);
  const rows = db.select().from(targets).where(and(eq(targets.metric, metric), eq(targets.periodFrom, period.from), eq(targets.periodTo, period.to))).all();
  const confidence = new Map(catalog.pairings.map((p) => [`${p.supporterCode}|${p.districtCode}`, p.confidence]));
  return { rows, ctx: { catalog, actuals: periodActuals(db, metric, period), period, confidence } };
}

const inList = (list: readonly string[], code: string | null) => list.length === 0 || (code !== null && list.includes(code));

/**
 * Progress of every district, supporter or pairing with a target for the metric and period, worst
 * first. The district and supporter filters narrow the rows (a supporter filter keeps the districts
 * it supports); sectors and years do not apply, since targets are per metric and per plan period.
 * A supporter's row is its own target, or the sum of its pairings' targets where it has none (or a
 * district filter narrows it to some of them).
 */
export function getProgress(db: Db, filters: Filters, by: ProgressBy, metric: MetricKey, period: Period, thresholds?: Thresholds): ProgressRow[] {
  const { rows, ctx } = loadContext(db, metric, period);
  const districtName = new Map(ctx.catalog.districts.map((d) => [d.code, { zh: d.nameZh, en: d.nameEn }]));
  const supporterName = new Map(ctx.catalog.supporters.map((s) => [s.code, { zh: s.nameZh, en: s.nameEn }]));
  const pairedWith = (district: string) => ctx.catalog.pairings.filter((p) => p.districtCode === district).map((p) => p.supporterCode);
  const pairingRows = rows.filter((t) => t.scope === "pairing" && inList(filters.districts, t.districtCode) && inList(filters.supporters, t.supporterCode));
  const base = { metric, period: periodLabel(period), by } as const;
  const out: ProgressRow[] = [];
  const push = (key: string, districtCode: string | null, supporterCode: string | null, name: Name, parts: TargetPart[], derived: boolean) => {
    const combined = combineTargets(parts, thresholds);
    if (combined) out.push({ ...combined, ...base, key, districtCode, supporterCode, name, derived });
  };

  if (by === "pairing") {
    for (const t of pairingRows) {
      const s = t.supporterCode ?? "";
      const d = t.districtCode ?? "";
      const name = { zh: `${supporterName.get(s)?.zh ?? s} → ${districtName.get(d)?.zh ?? d}`, en: `${supporterName.get(s)?.en ?? s} → ${districtName.get(d)?.en ?? d}` };
      push(`${s}|${d}`, d, s, name, [toPart(t, ctx)], false);
    }
  } else if (by === "district") {
    for (const t of rows) {
      if (t.scope !== "district" || !t.districtCode || !inList(filters.districts, t.districtCode)) continue;
      if (filters.supporters.length && !pairedWith(t.districtCode).some((s) => filters.supporters.includes(s))) continue;
      push(t.districtCode, t.districtCode, null, districtName.get(t.districtCode) ?? { zh: t.districtCode, en: t.districtCode }, [toPart(t, ctx)], false);
    }
  } else {
    const own = new Map(filters.districts.length ? [] : rows.filter((t) => t.scope === "supporter" && inList(filters.supporters, t.supporterCode)).map((t) => [t.supporterCode ?? "", t]));
    const summed = new Map<string, TargetRow[]>();
    for (const t of pairingRows) if (!own.has(t.supporterCode ?? "")) summed.set(t.supporterCode ?? "", [...(summed.get(t.supporterCode ?? "") ?? []), t]);
    for (const [code, t] of own) push(code, null, code, supporterName.get(code) ?? { zh: code, en: code }, [toPart(t, ctx)], false);
    for (const [code, ts] of summed) push(code, null, code, supporterName.get(code) ?? { zh: code, en: code }, ts.map((t) => toPart(t, ctx)), true);
  }
  return out.sort((a, b) => compareByUrgency(a, b) || a.key.localeCompare(b.key));
}

/**
 * One row for the filter's whole scope: the program's target when nothing narrows it, the
 * selected districts' targets, or the pairings' targets under a supporter filter. The actual
 * covers the same cells as the targets it is set against.
 */
export function getScopeProgress(db: Db, filters: Filters, metric: MetricKey, period: Period, thresholds?: Thresholds): ProgressRow | null {
  const { rows, ctx } = loadContext(db, metric, period);
  let chosen: TargetRow[];
  if (filters.supporters.length) {
    chosen = rows.filter((t) => t.scope === "pairing" && inList(filters.districts, t.districtCode) && inList(filters.supporters, t.supporterCode));
  } else if (filters.districts.length) {
    chosen = rows.filter((t) => t.scope === "district" && inList(filters.districts, t.districtCode));
  } else {
    const program = rows.filter((t) => t.scope === "program");
    chosen = program.length ? program : rows.filter((t) => t.scope === "district");
  }
  const combined = combineTargets(chosen.map((t) => toPart(t, ctx)), thresholds);
  if (!combined) return null;
  return { ...combined, metric, period: periodLabel(period), by: "program", key: metric, districtCode: null, supporterCode: null, name: { zh: "", en: "" }, derived: chosen.length > 1 };
}

export type TargetCellValues = Pick<TargetRow, "scope" | "districtCode" | "supporterCode" | "metric" | "periodFrom" | "periodTo" | "targetValue" | "profile" | "isDemo" | "sourceId">;

/**
 * The status one target would have against today's actuals, for the import's preview (status
 * before → after). Contexts are read once per metric and period.
 */
export function targetAssessor(db: Db, thresholds?: Thresholds): (t: TargetCellValues) => CombinedProgress {
  const contexts = new Map<string, Context>();
  return (t) => {
    const key = `${t.metric}|${t.periodFrom}|${t.periodTo}`;
    let ctx = contexts.get(key);
    if (!ctx) {
      ctx = loadContext(db, t.metric as MetricKey, { from: t.periodFrom, to: t.periodTo }).ctx;
      contexts.set(key, ctx);
    }
    return combineTargets([toPart({ ...t, id: 0, baseline: null, note: null, updatedAt: "" }, ctx)], thresholds)!;
  };
}
