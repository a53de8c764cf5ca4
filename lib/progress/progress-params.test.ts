import { describe, expect, it } from "vitest";
import { parseProgressView } from "./progress-params";

const periods = ["2021-2025", "2023"];

describe("parseProgressView", () => {
  it("defaults to districts, funds and the first period", () => {
    expect(parseProgressView({}, periods)).toMatchObject({ by: "district", metric: "funds", periodKey: "2021-2025", period: { from: 2021, to: 2025 }, issues: [] });
  });

  it("reads a valid switch, metric and period", () => {
    expect(parseProgressView({ by: "pairing", metric: "schools", period: "2023" }, periods)).toMatchObject({ by: "pairing", metric: "schools", periodKey: "2023", issues: [] });
  });

  it("names every bad value and falls back", () => {
    const v = parseProgressView({ by: "city", period: "2016-2020" }, periods);
    expect(v.by).toBe("district");
    expect(v.periodKey).toBe("2021-2025");
    expect(v.issues.map((i) => [i.param, i.code])).toEqual([["by", "invalid_value"], ["period", "invalid_value"]]);
    expect(parseProgressView({ period: "<script>" }, periods).issues[0]?.value).toBe("<script>");
  });

  it("has no period when no targets exist", () => {
    expect(parseProgressView({}, []).period).toBeNull();
  });
});
