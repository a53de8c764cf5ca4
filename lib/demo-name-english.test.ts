import { describe, expect, it } from "vitest";
import { demoNameEnglish } from "./demo-name-english";

// Expected English written by hand from the seed's name pattern and facts.json's short forms.
describe("demoNameEnglish", () => {
  it("reads a demo project, training course and school name", () => {
    expect(demoNameEnglish("示例项目 012（万州·柑橘精深加工）")).toBe("Demo project 012 (Wanzhou · citrus processing)");
    expect(demoNameEnglish("示例培训班 007（广西—忠·医务人员）")).toBe("Demo training course 007 (Guangxi–Zhong · medical staff)");
    expect(demoNameEnglish("示例学校 1234（石柱·九年制学校）")).toBe("Demo school 1234 (Shizhu · nine-year school)");
  });

  it("leaves any other text alone", () => {
    expect(demoNameEnglish("万州区柑橘产业园")).toBeUndefined();
    expect(demoNameEnglish("示例项目 012（火星·柑橘精深加工）")).toBeUndefined();
    expect(demoNameEnglish("示例项目 012（万州·不存在的词）")).toBeUndefined();
  });
});
