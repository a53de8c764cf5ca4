import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import sourcesJson from "@/db/seed/data/sources.json";
import { seedDatabase } from "@/db/seed/load";
import { emptyTestDb } from "@/lib/testing/test-db";
import { getSourceCitations, uncited } from "./sources";

let db: Db;
beforeAll(() => {
  db = emptyTestDb();
  seedDatabase(db);
}, 60_000);

describe("getSourceCitations", () => {
  it("lists every source of the data files, each with outlet, title, date and address or an explicit unknown", () => {
    const listed = getSourceCitations(db);
    expect(listed.map((c) => c.source.id).sort()).toEqual(sourcesJson.map((s) => s.id).sort());
    for (const { source } of listed) {
      expect(source.titleZh.length).toBeGreaterThan(0);
      expect(source.backsZh).toBeTruthy();
      // An unknown outlet, date or address is null (shown as “unknown”), never a guessed value.
      for (const field of [source.publisher, source.publishedOn, source.url]) expect(field === null || field.length > 0).toBe(true);
    }
  });

  it("gives the article its headline, authors and inferred year", () => {
    const article = getSourceCitations(db).find((c) => c.source.id === "article-2023-10")?.source;
    expect(article?.titleZh).toContain("心手相连感恩奋进");
    expect(article?.authors).toBe("刘茂娇、李海林、龙博");
    expect(article?.inferredZh).toContain("31年来");
    expect(article?.url).toBeNull();
  });

  it("lists every real record under the source it cites, joint ones with their partners", () => {
    const listed = getSourceCitations(db);
    const realCount = (db.all(sql`select (select count(*) from fund_records where is_demo = 0) + (select count(*) from projects where is_demo = 0)
      + (select count(*) from trainings where is_demo = 0) + (select count(*) from schools where is_demo = 0)
      + (select count(*) from cadre_exchanges where is_demo = 0) as n`) as { n: number }[])[0]?.n;
    expect(listed.reduce((n, c) => n + c.records.length, 0)).toBe(realCount);
    const shandong = listed.find((c) => c.source.id === "report-shandong-zhong");
    // 4.25亿元 free aid, 13亿元 economic cooperation, 3000 trained, 120 cadres (reference/pairings.md).
    expect(shandong?.records.map((r) => [r.metric, r.value, r.partnersZh])).toEqual([
      ["funds", 42_500, "山东省、沈阳市"],
      ["funds", 130_000, "山东省、沈阳市"],
      ["trained", 3000, "山东省、沈阳市"],
      ["cadres", 120, "山东省、沈阳市"],
    ]);
  });

  it("counts the demonstration records instead of listing them, and ties the pairings to the pairing list", () => {
    const listed = getSourceCitations(db);
    const demo = listed.find((c) => c.source.isDemo);
    expect(demo?.records).toEqual([]);
    expect(demo?.counts.schools).toBe(445 - 8);
    expect(listed.find((c) => c.source.id === "pairing-compilation")?.pairings).toBe(23);
    expect(listed.find((c) => c.source.id === "article-2023-10")?.subPairings).toBe(4);
    // The seed's 2021–2025 demonstration targets cite their generator.
    expect(listed.find((c) => c.source.id === "demo-targets")?.targets).toBeGreaterThan(0);
    // Without citing rows: the published series (they back the trend chart's points) and the source
    // of targets entered through the form, of which a fresh seed has none.
    expect(uncited(listed).sort()).toEqual(["published-series-2018", "published-series-2024", "targets-entered"]);
  });
});
