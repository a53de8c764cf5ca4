import { describe, expect, it } from "vitest";
import { neutraliseCell } from "./neutralise";

describe("neutraliseCell", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点此")', '\'=HYPERLINK("http://evil.example","点此")'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
  ])("prefixes %j", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it("leaves ordinary text alone, including = later in the cell", () => {
    for (const text of ["万州区", "a=b", "", " =1", "—", "（=）", "2013–2022"]) expect(neutraliseCell(text)).toBe(text);
  });
});
