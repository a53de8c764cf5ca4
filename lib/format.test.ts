import { describe, expect, it } from "vitest";
import { formatChange, formatMetricValue, formatShare, metricUnit, tableUnit, relativeChange, toDisplayValue } from "./format";

describe("format", () => {
  it("shows funds stored in 万元 as 亿元", () => {
    expect(toDisplayValue("funds", 17_940_000)).toBe(1794);
    expect(formatMetricValue("funds", 17_940_000, "zh-CN")).toBe("1,794");
    expect(formatMetricValue("funds", 3_196_546, "zh-CN")).toBe("319.65");
    expect(metricUnit("funds", "zh-CN")).toBe("亿元");
    expect(tableUnit("funds", "en")).toBe("100m yuan");
  });

  it("says money in English as billion / million yuan and counts with their plural (hand-computed)", () => {
    // 32.73亿元 = 3,273,000,000 yuan; 1794亿元 = 179.4 billion; 8,500万元 = 85 million; 12万元 = 120,000.
    expect(`${formatMetricValue("funds", 327_300, "en")} ${metricUnit("funds", "en")}`).toBe("3.27 billion yuan");
    expect(formatMetricValue("funds", 17_940_000, "en")).toBe("179.4 billion");
    expect(formatMetricValue("funds", 8_500, "en")).toBe("85 million");
    expect(formatMetricValue("funds", 12, "en")).toBe("120,000");
    expect(metricUnit("schools", "en", 1)).toBe("school");
    expect(metricUnit("schools", "en", 445)).toBe("schools");
    expect(metricUnit("trained", "en", 1)).toBe("person-time");
    expect(metricUnit("schools", "zh-CN", 1)).toBe("所");
  });

  it("shows counts as whole numbers", () => {
    expect(formatMetricValue("trained", 60_000, "en")).toBe("60,000");
    expect(metricUnit("schools", "zh-CN")).toBe("所");
  });

  it("formats shares and changes, and refuses to divide by zero", () => {
    expect(formatShare(1, 8, "zh-CN")).toBe("12.5%");
    expect(formatShare(1, 0, "zh-CN")).toBe("—");
    expect(relativeChange(110, 100)).toBeCloseTo(0.1);
    expect(relativeChange(5, 0)).toBeNull();
    expect(formatChange(0.081, "en")).toBe("+8.1%");
    expect(formatChange(-0.5, "en")).toBe("-50%");
  });
});
