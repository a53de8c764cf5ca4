import type { MetricKey } from "@/lib/metrics";
import { METRIC_KEYS, METRICS } from "@/lib/metrics";
import { PROGRAM } from "@/lib/program";
import { INDUSTRY_SECTORS, PUBLIC_SERVICE_SECTORS } from "@/lib/sectors";
import type { cadreExchanges, fundRecords, projects, schools, trainings } from "../schema";
import { FUND_KINDS } from "../schema";
import type { RealRecords, ReferenceFacts } from "./facts";
import { coverageKey, coverageKeysOf, inferredSpans, realTotals, type Coverage } from "./coverage";
import { createDemoNamer, shortDistrict, shortSupporter, type DemoNamer } from "./names";
import { gapWeights, spread } from "./displace";
import { apportion, between, createRng, logNormal, pick, splitPositive, type Rng } from "./random";

export const DEMO_SOURCE_ID = "demo-generator";
export const GENERATOR_VERSION = "demo-v2";

export type DemoRecords = {
  funds: (typeof fundRecords.$inferInsert)[];
  projects: (typeof projects.$inferInsert)[];
  trainings: (typeof trainings.$inferInsert)[];
  schools: (typeof schools.$inferInsert)[];
  cadres: (typeof cadreExchanges.$inferInsert)[];
};

type FundKind = (typeof FUND_KINDS)[number];
type Cell = { supporter: string; district: string; year: number; kind: FundKind | null; weight: number };

/**
 * Share of each fund kind in a demo cell's weight. Published splits: end of 2018, 44.9 of 1815.7亿元
 * free aid (2.5%); end of 2024, 66 of 1883亿元 (3.5%). The 2022 totals sit between the two; we use
 * the later, higher 3.5% for free aid, and keep 1% for "other" (goods and unclassified amounts),
 * so economic cooperation carries the remaining 95.5%.
 */
const FUND_KIND_SHARE: Record<FundKind, number> = { economic_cooperation: 0.955, free_aid: 0.035, other: 0.01 };

/** Typical size of one demo record, in stored units: keeps record counts proportional to scale. */
const TYPICAL_RECORD: Record<MetricKey, number> = { funds: 5_000, projects: 1, trained: 40, schools: 1, cadres: 2 };

const LEVEL_WEIGHT = { municipality: 1.2, province: 1, "autonomous-region": 0.7, city: 0.5 } as const;

/**
 * How much of a demo share a pairing gets by what it rests on: an unverified pairing (no report
 * names it) gets a quarter of a reported one's, so invented spread does not pile up where even the
 * pairing is a guess. See README "How the demonstration data is spread".
 */
export const CONFIDENCE_WEIGHT = { high: 1, "medium-high": 1, medium: 0.8, unverified: 0.25 } as const;

function yearWeight(metric: MetricKey, year: number): number {
  const t = year - PROGRAM.startYear;
  switch (metric) {
    case "funds":
      return 1.09 ** t;
    case "projects":
      return 1.06 ** t;
    case "trained":
      return 1.07 ** t;
    case "schools": // resettlement-era school building peaks in the early 2000s
      return Math.exp(-(((year - 2003) / 8) ** 2)) + 0.15;
    case "cadres":
      return 1.03 ** t;
  }
}

export type GeneratorOptions = { seed: number; scale: number };

/**
 * Demonstration records along the known pairings, 1992 to the as-of year, calibrated so that
 * for each metric the demo total plus the real records equals published total × scale exactly.
 * Pure: the same options and data give the same records.
 */
export function generateDemoRecords(facts: ReferenceFacts, real: RealRecords, options: GeneratorOptions): DemoRecords {
  const rng = createRng(options.seed);
  const coverage: Coverage = new Set(coverageKeysOf(real));
  const supporterByCode = new Map(facts.supporters.map((s) => [s.code, s]));
  const districtByCode = new Map(facts.districts.map((d) => [d.code, d]));
  const pairWeight = new Map(
    facts.pairings.map((p) => {
      const level = supporterByCode.get(p.supporter)?.level ?? "province";
      return [`${p.supporter}|${p.district}`, LEVEL_WEIGHT[level] * CONFIDENCE_WEIGHT[p.confidence] * between(rng, 0.5, 1.5)];
    }),
  );
  const real_ = realTotals(real);
  const out: DemoRecords = { funds: [], projects: [], trainings: [], schools: [], cadres: [] };
  const namer = createDemoNamer();

  for (const metric of METRIC_KEYS) {
    const target = METRICS[metric].publishedTotal * options.scale - real_[metric];
    if (target < 0) throw new Error(`real ${metric} records exceed the published total`);
    const cells: Cell[] = [];
    for (const p of facts.pairings) {
      // A pairing whose start no source gives begins where it first could (demoFrom), else at the program start.
      for (let year = p.since ?? p.demoFrom ?? PROGRAM.startYear; year <= PROGRAM.asOfYear; year++) {
        const kinds: (FundKind | null)[] = metric === "funds" ? [...FUND_KINDS] : [null];
        for (const kind of kinds) {
          // A real figure for stated years speaks for those years: no demo there.
          if (coverage.has(coverageKey(metric, p.supporter, p.district, year, kind))) continue;
          const share = kind ? FUND_KIND_SHARE[kind] : 1;
          const weight = (pairWeight.get(`${p.supporter}|${p.district}`) ?? 1) * yearWeight(metric, year) * share * between(rng, 0.6, 1.4);
          cells.push({ supporter: p.supporter, district: p.district, year, kind, weight });
        }
      }
    }
    // A real figure whose end year is not stated displaces its own amount instead (spread over its cells by weight).
    const index = new Map(cells.map((c, i) => [coverageKey(metric, c.supporter, c.district, c.year, c.kind), i]));
    const displacement = new Array<number>(cells.length).fill(0);
    for (const record of inferredSpans(real, metric)) {
      const covered = record.keys.flatMap((key) => (index.has(key) ? [index.get(key) ?? 0] : []));
      spread(record.value, covered.map((i) => cells[i]?.weight ?? 0)).forEach((d, j) => {
        const i = covered[j] ?? 0;
        displacement[i] = (displacement[i] ?? 0) + d;
      });
    }
    gapWeights(cells.map((c) => c.weight), displacement, target).forEach((gap, i) => {
      const cell = cells[i];
      if (cell) cell.weight = gap;
    });
    const values = apportionByYear(target, cells);
    cells.forEach((cell, i) => {
      const value = values[i] ?? 0;
      if (value === 0) return;
      const ctx = {
        rng,
        cell,
        namer,
        districtShort: shortDistrict(districtByCode.get(cell.district)?.zh ?? cell.district),
        supporterShort: shortSupporter(supporterByCode.get(cell.supporter)?.zh ?? cell.supporter),
      };
      emit(metric, value, ctx, out);
    });
  }
  return out;
}

/**
 * Splits a total over the cells year by year: first over the years, then within each year over
 * its cells. Rounding over all cells at once would round every small cell of a quiet year to zero.
 */
function apportionByYear(total: number, cells: Cell[]): number[] {
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const byYear = years.map((year) => cells.map((c, i) => ({ c, i })).filter(({ c }) => c.year === year));
  const yearTotals = apportion(total, byYear.map((group) => group.reduce((sum, { c }) => sum + c.weight, 0)));
  const values = new Array<number>(cells.length).fill(0);
  byYear.forEach((group, k) => {
    const parts = apportion(yearTotals[k] ?? 0, group.map(({ c }) => c.weight));
    group.forEach(({ i }, j) => {
      values[i] = parts[j] ?? 0;
    });
  });
  return values;
}

type EmitContext = { rng: Rng; cell: Cell; namer: DemoNamer; districtShort: string; supporterShort: string };

function recordCount(rng: Rng, metric: MetricKey, value: number): number {
  return Math.max(1, Math.round((value / TYPICAL_RECORD[metric]) * between(rng, 0.7, 1.3)));
}

function emit(metric: MetricKey, value: number, ctx: EmitContext, out: DemoRecords): void {
  const { rng, cell } = ctx;
  const base = { year: cell.year, supporterCode: cell.supporter, districtCode: cell.district, sourceId: DEMO_SOURCE_ID, isDemo: true };
  switch (metric) {
    case "funds": {
      const kind = cell.kind ?? "other";
      for (const amountWan of splitPositive(rng, value, recordCount(rng, metric, value))) {
        const sector =
          kind === "economic_cooperation" ? pick(rng, INDUSTRY_SECTORS) : kind === "free_aid" ? pick(rng, PUBLIC_SERVICE_SECTORS) : null;
        out.funds.push({ ...base, amountWan, kind, sector });
      }
      return;
    }
    case "projects":
      for (let k = 0; k < value; k++) {
        const sector = pick(rng, INDUSTRY_SECTORS);
        const age = 2022 - cell.year;
        const status = age >= 4 ? "operating" : age >= 2 ? pick(rng, ["operating", "under_construction"] as const) : pick(rng, ["signed", "under_construction"] as const);
        out.projects.push({
          ...base,
          name: ctx.namer.project(rng, ctx.districtShort, sector),
          sector,
          investmentWan: Math.max(100, Math.round(logNormal(rng, 8_000, 1.1))),
          status,
          quantity: 1,
        });
      }
      return;
    case "trained":
      for (const participants of splitPositive(rng, value, recordCount(rng, metric, value))) {
        const { programme, kind } = ctx.namer.training(rng, ctx.supporterShort, ctx.districtShort);
        out.trainings.push({ ...base, programme, kind, participants });
      }
      return;
    case "schools":
      for (let k = 0; k < value; k++) {
        const { name, level } = ctx.namer.school(rng, ctx.districtShort);
        out.schools.push({ ...base, name, level, investmentWan: Math.round(between(rng, 200, 3_000)), quantity: 1 });
      }
      return;
    case "cadres":
      for (const persons of splitPositive(rng, value, recordCount(rng, metric, value))) {
        out.cadres.push({ ...base, direction: rng() < 0.8 ? "to_district" : "to_supporter", persons });
      }
      return;
  }
}
