import { describe, expect, it } from "vitest";
import { chartNotes, formatGeneratedAt, type ChartExportMeta } from "./export-meta";

const meta: ChartExportMeta = {
  name: "funds-by-district",
  title: "引入资金：按受援区县",
  unit: "亿元",
  demo: true,
  summary: "最多的是万州区。",
  table: { columns: [], rows: [] },
  caption: "区县：万州区；年份：2013–2022",
  slug: "500101_2013-2022",
  source: "某报道（2023-10-11）",
  asOf: "2022-12-31",
};

describe("chartNotes", () => {
  it("lists title, filters, unit, source, as-of, summary, the demo note and the time", () => {
    const notes = chartNotes(meta, (k) => k, "含示例数据", "2025-01-01 08:00 (UTC+8)");
    expect(notes).toEqual([
      ["title", "引入资金：按受援区县"],
      ["filters", "区县：万州区；年份：2013–2022"],
      ["unit", "亿元"],
      ["source", "某报道（2023-10-11）"],
      ["asOf", "2022-12-31"],
      ["summary", "最多的是万州区。"],
      ["demo", "含示例数据"],
      ["generated", "2025-01-01 08:00 (UTC+8)"],
    ]);
  });

  it("leaves the demo note out when no demonstration data contributes, and adds the chart's note", () => {
    const keys = chartNotes({ ...meta, demo: false, note: "跨年度累计计入末年" }, (k) => k, "x", "t").map(([k]) => k);
    expect(keys).not.toContain("demo");
    expect(keys).toContain("note");
  });
});

describe("formatGeneratedAt", () => {
  it("writes Beijing time whatever the machine's zone", () => {
    expect(formatGeneratedAt(new Date("2024-12-31T16:30:00Z"))).toBe("2025-01-01 00:30 (UTC+8)");
  });
});
