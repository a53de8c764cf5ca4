import { describe, expect, it } from "vitest";
import { jointNames } from "./joint-note";

describe("jointNames", () => {
  const rows = [
    { name: "山东省", joint: 172_500 },
    { name: "沈阳市", joint: 172_500 },
    { name: "上海市", joint: 0 },
  ];
  it("names only the rows carrying joint figures, in the reader's separator", () => {
    expect(jointNames(rows, (r) => r.name, "zh-CN")).toBe("山东省、沈阳市");
    expect(jointNames(rows, (r) => r.name, "en")).toBe("山东省, 沈阳市");
  });
  it("is null when no row carries a joint figure, so no note shows", () => {
    expect(jointNames([{ name: "上海市", joint: 0 }], (r) => r.name, "zh-CN")).toBeNull();
  });
});
