import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { fixtureDb } from "@/lib/testing/test-db";
import { DEFAULT_FILTERS, type Filters } from "../filters";
import { getBreakdown } from "./breakdown";
import { getCatalog, toFilterCatalog } from "./catalog";
import { getYearlySeries } from "./series";
import { getTopRecords } from "./top-records";
import { getTotals } from "./totals";

let db: Db;
beforeAll(() => {
  db = fixtureDb();
});
const f = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
const total = (metric: string, filters: Filters) => getTotals(db, filters).find((t) => t.metric === metric);

describe("getTotals", () => {
  it("sums every metric over the whole program", () => {
    const totals = getTotals(db, f());
    expect(Object.fromEntries(totals.map((t) => [t.metric, t.value]))).toEqual({ funds: 12500, projects: 6, trained: 100, schools: 1, cadres: 3 });
    expect(total("funds", f())?.demo).toBe(5500);
    expect(total("funds", f())?.share).toBeNull();
  });

  it("narrows by district and reports the share of the same years", () => {
    const funds = total("funds", f({ districts: ["500101"] }));
    expect(funds?.value).toBe(4500);
    expect(funds?.share).toEqual({ of: "same-years", total: 12500 });
  });

  it("compares the last year with the one before, leaving out multi-year records", () => {
    const funds = total("funds", f());
    // 2022: 6000 (1992–2022 cumulative, left out) + 2000; 2021: 3500.
    expect(funds?.lastYear).toEqual({ year: 2022, value: 2000 });
    expect(funds?.previousYear).toEqual({ year: 2021, value: 3500 });
  });

  it("compares a one-year range with the year before", () => {
    expect(total("funds", f({ yearFrom: 2021, yearTo: 2021 }))?.previousYear).toEqual({ year: 2020, value: 1000 });
  });

  it("shares against all years when only the years are narrowed", () => {
    const funds = total("funds", f({ yearFrom: 2021, yearTo: 2021 }));
    expect(funds?.value).toBe(3500);
    expect(funds?.share).toEqual({ of: "all-years", total: 12500 });
  });

  it("marks metrics without sectors as not applicable under a sector filter", () => {
    const totals = getTotals(db, f({ sectors: ["citrus"] }));
    expect(totals.find((t) => t.metric === "funds")).toMatchObject({ applicable: true, value: 5000 });
    expect(totals.find((t) => t.metric === "projects")).toMatchObject({ applicable: true, value: 1 });
    expect(totals.find((t) => t.metric === "trained")).toMatchObject({ applicable: false });
  });

  it("counts a province with its cities unless cities are excluded; a city alone", () => {
    // Fixture: 浙江省 330000 has 8000 of its own, its city 宁波 330200 has 500.
    expect(total("funds", f({ supporters: ["330000"] }))?.value).toBe(8500);
    expect(total("funds", f({ supporters: ["330000"], excludeCities: true }))?.value).toBe(8000);
    expect(total("funds", f({ supporters: ["330200"] }))?.value).toBe(500);
  });
});

describe("getYearlySeries", () => {
  it("gives one point per year in range, zeros included, with its parts", () => {
    const series = getYearlySeries(db, f(), "funds") ?? [];
    expect(series).toHaveLength(31);
    expect(series.slice(-4)).toEqual([
      { year: 2019, value: 0, demo: 0, cumulative: 0, spanFrom: null },
      { year: 2020, value: 1000, demo: 0, cumulative: 0, spanFrom: null },
      { year: 2021, value: 3500, demo: 3500, cumulative: 0, spanFrom: null },
      { year: 2022, value: 8000, demo: 2000, cumulative: 6000, spanFrom: 1992 },
    ]);
  });

  it("leaves out a multi-year record when the range does not cover its whole span", () => {
    // The 1992–2022 figure of 6000 cannot be split by year, so 2019–2022 does not count it.
    expect(getYearlySeries(db, f({ yearFrom: 2019, yearTo: 2022 }), "funds")?.at(-1)).toEqual({ year: 2022, value: 2000, demo: 2000, cumulative: 0, spanFrom: null });
    expect(total("funds", f({ yearFrom: 2019 }))).toMatchObject({ value: 6500, leftOut: 6000 });
    expect(total("funds", f())?.leftOut).toBe(0);
    expect(getTopRecords(db, f({ yearFrom: 2019 }), "projects", 5)?.map((r) => r.title)).toEqual(["万州柑橘项目"]);
  });

  it("returns null for a metric the sector filter does not apply to", () => {
    expect(getYearlySeries(db, f({ sectors: ["citrus"] }), "schools")).toBeNull();
  });
});

describe("getBreakdown", () => {
  it("lists every district in scope, largest first, adding up to the total", () => {
    const rows = getBreakdown(db, f(), "funds", "district") ?? [];
    expect(rows.map((r) => [r.code, r.value])).toEqual([["500102", 8000], ["500101", 4500]]);
    expect(rows.reduce((a, r) => a + r.value, 0)).toBe(12500);
  });

  it("keeps a district with nothing as a zero row", () => {
    const rows = getBreakdown(db, f({ yearFrom: 2000, yearTo: 2000 }), "schools", "district") ?? [];
    expect(rows.map((r) => [r.code, r.value])).toEqual([["500101", 1], ["500102", 0]]);
  });

  it("names a city's province", () => {
    const rows = getBreakdown(db, f(), "funds", "supporter") ?? [];
    expect(rows.find((r) => r.code === "330200")).toMatchObject({ value: 500, parentZh: "浙江省" });
  });
});

describe("getTopRecords", () => {
  it("ranks records by their ranking column, with names and origin", () => {
    const rows = getTopRecords(db, f(), "projects", 5) ?? [];
    expect(rows.map((r) => [r.title, r.rankValue, r.value, r.isDemo])).toEqual([
      ["批量项目", 50000, 5, false],
      ["万州柑橘项目", 9000, 1, true],
    ]);
    expect(rows[0]).toMatchObject({ districtZh: "涪陵区", supporterZh: "浙江省", sourceZh: "真实来源", periodFrom: 1992 });
  });

  it("applies the filter", () => {
    const rows = getTopRecords(db, f({ districts: ["500101"], sectors: ["citrus"] }), "funds", 5) ?? [];
    expect(rows.map((r) => r.value)).toEqual([3000]);
  });
});

describe("getCatalog", () => {
  it("orders districts west to east and maps former codes", () => {
    const catalog = getCatalog(db);
    expect(catalog.districts.map((d) => d.code)).toEqual(["500102", "500101"]);
    expect(toFilterCatalog(catalog).supporterCodes.has("330200")).toBe(true);
  });
});

describe("getTopRecords on the seeded data", () => {
  it("finds through the per-cell index exactly what a full sort finds", async () => {
    const { emptyTestDb } = await import("@/lib/testing/test-db");
    const { seedDatabase } = await import("@/db/seed/load");
    const { RECORD_TABLES } = await import("@/db/record-tables");
    const { and: andSql, desc: descSql } = await import("drizzle-orm");
    const { filterConditions } = await import("./conditions");
    const seededDb = emptyTestDb();
    seedDatabase(seededDb);
    const cases: Filters[] = [
      f(),
      f({ districts: ["500101"] }),
      f({ districts: ["500237", "500102"], yearFrom: 2005, yearTo: 2012 }),
      f({ supporters: ["330200"], sectors: ["citrus", "tourism"] }),
      f({ yearFrom: 2022, yearTo: 2022 }),
    ];
    for (const filters of cases) {
      for (const metric of ["funds", "projects", "schools"] as const) {
        const t = RECORD_TABLES[metric];
        const expected = seededDb
          .select({ id: t.table.id })
          .from(t.table)
          .where(andSql(...filterConditions({ ...t.table, periodStart: t.table.periodFrom, sector: t.sector }, filters)))
          .orderBy(descSql(t.rank), descSql(t.table.id))
          .limit(10)
          .all()
          .map((r) => r.id);
        const actual = getTopRecords(seededDb, filters, metric, 10);
        if (actual === null) continue;
        expect(actual.map((r) => r.id)).toEqual(expected);
      }
    }
    // Seeds the full data set first: seconds on a shared, loaded machine.
  }, 60_000);
});
