import { describe, expect, it } from "vitest";
import { expectedShare, parsePeriod, periodLabel, usableProfile, yearsToDate } from "./pace";

const plan = { from: 2021, to: 2025 };

describe("expectedShare", () => {
  it("is linear by default: two of five years gone at the end of 2022 → 40%", () => {
    expect(expectedShare(plan, "2022-12-31")).toBe(0.4);
  });

  it("counts the days of a year under way (2024 is a leap year: 31 Mar = day 91 of 366)", () => {
    // 3 full years + 91/366 of the fourth, over 5 years.
    expect(expectedShare(plan, "2024-03-31")).toBeCloseTo((3 + 91 / 366) / 5, 9);
  });

  it("is 0 before the period starts", () => {
    expect(expectedShare({ from: 2023, to: 2027 }, "2022-12-31")).toBe(0);
  });

  it("is 1 once the period is over", () => {
    expect(expectedShare({ from: 2016, to: 2020 }, "2022-12-31")).toBe(1);
    expect(expectedShare({ from: 2022, to: 2022 }, "2022-12-31")).toBe(1);
  });

  it("follows a yearly profile where one is given", () => {
    // 10% + 15% of the target are due in 2021 and 2022.
    expect(expectedShare(plan, "2022-12-31", [0.1, 0.15, 0.25, 0.25, 0.25])).toBeCloseTo(0.25, 9);
  });

  it("normalises a profile that does not sum to 1 and ignores an unusable one", () => {
    expect(expectedShare(plan, "2022-12-31", [1, 1, 2, 2, 4])).toBeCloseTo(0.2, 9);
    expect(expectedShare(plan, "2022-12-31", [0.5, 0.5])).toBe(0.4);
    expect(expectedShare(plan, "2022-12-31", [0, 0, 0, 0, 0])).toBe(0.4);
    expect(usableProfile(plan, [1, -1, 1, 1, 1])).toBeNull();
  });
});

describe("periods", () => {
  it("parses a plan period or one year, and refuses the rest", () => {
    expect(parsePeriod("2021-2025")).toEqual(plan);
    expect(parsePeriod("2023")).toEqual({ from: 2023, to: 2023 });
    expect(parsePeriod("2025-2021")).toBeNull();
    expect(parsePeriod("2021-")).toBeNull();
    expect(parsePeriod("1900-2100")).toBeNull();
    expect(periodLabel(plan)).toBe("2021-2025");
    expect(periodLabel({ from: 2023, to: 2023 })).toBe("2023");
  });

  it("sums actuals only over the years up to the as-of year", () => {
    expect(yearsToDate(plan, 2022)).toEqual({ from: 2021, to: 2022 });
    expect(yearsToDate({ from: 2016, to: 2020 }, 2022)).toEqual({ from: 2016, to: 2020 });
    expect(yearsToDate({ from: 2023, to: 2027 }, 2022)).toBeNull();
  });
});
