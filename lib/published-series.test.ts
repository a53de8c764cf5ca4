import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "./filters";
import { publishedNote, publishedPoints, publishedPointText } from "./published-series";

const t = (key: string, values: Record<string, string | number> = {}) => `${key}(${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(",")})`;

describe("published cumulative points", () => {
  it("carries the figures of reference/pairings.md: end 2018 1815.7亿元 and 1768 projects, end 2024 1883亿元 and 2200+ projects", () => {
    const funds = publishedPoints("funds", DEFAULT_FILTERS);
    expect(funds.map((p) => [p.year, p.value / 10_000, Boolean(p.reference)])).toEqual([
      [2018, 1815.7, false],
      [2022, 1794, true],
      [2024, 1883, false],
    ]);
    expect(publishedPoints("projects", DEFAULT_FILTERS).map((p) => [p.year, p.value])).toEqual([[2018, 1768], [2022, 1800], [2024, 2200]]);
  });

  it("has none for metrics published once only, or under a district, supporter or sector filter (they are program-wide)", () => {
    expect(publishedPoints("schools", DEFAULT_FILTERS)).toEqual([]);
    expect(publishedPoints("funds", { ...DEFAULT_FILTERS, districts: ["500101"] })).toEqual([]);
    expect(publishedPoints("funds", { ...DEFAULT_FILTERS, supporters: ["310000"] })).toEqual([]);
    expect(publishedPoints("funds", { ...DEFAULT_FILTERS, sectors: ["citrus"] })).toEqual([]);
  });

  it("words each point with its caveat, and the note names the other dates only", () => {
    const [p2018] = publishedPoints("funds", DEFAULT_FILTERS);
    expect(p2018 && publishedPointText(p2018, "zh-CN", t)).toBe("point(year=2018,value=1,815.7 亿元)（caveat2018()）");
    const note = publishedNote(publishedPoints("funds", DEFAULT_FILTERS), "zh-CN", t) ?? "";
    expect(note).toContain("year=2018");
    expect(note).toContain("year=2024");
    expect(note).not.toContain("year=2022");
    expect(publishedNote([], "en", t)).toBeNull();
  });
});
