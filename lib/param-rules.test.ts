import { describe, expect, it } from "vitest";
import { displayValue, hasForbiddenCharacters, parseInteger } from "./param-rules";

describe("parseInteger: digits only", () => {
  it("reads plain digits within the range", () => {
    expect(parseInteger("16", 1, 100)).toBe(16);
    expect(parseInteger("2013", 1992, 2022)).toBe(2013);
  });

  it.each(["0x10", " 1 ", "%201%20", "2.0e3", "2e3", "+5", "-1", "1_000", "1.0", "", "１２", "0b11", "Infinity", "1234567890"])("refuses %j", (value) => {
    expect(parseInteger(value, 0, 10_000_000_000)).toBeUndefined();
  });

  it("refuses digits outside the range", () => {
    expect(parseInteger("0", 1, 100)).toBeUndefined();
    expect(parseInteger("101", 1, 100)).toBeUndefined();
  });
});

describe("hasForbiddenCharacters", () => {
  it.each([["NUL", "\u0000"], ["tab", "\t"], ["DEL", "\u007F"], ["C1 NEL", "\u0085"], ["U+FFFE", "\uFFFE"], ["U+FFFF", "\uFFFF"], ["U+FDD0", "\uFDD0"], ["U+1FFFE", "\u{1FFFE}"], ["U+10FFFF", "\u{10FFFF}"], ["lone high surrogate", "a\uD800b"], ["lone low surrogate", "\uDC00"]])("refuses %s", (_, value) => {
    expect(hasForbiddenCharacters(`x${value}y`)).toBe(true);
  });

  it("accepts ordinary text, CJK and characters beyond the BMP", () => {
    for (const text of ["万州区", "Wanzhou district", "a-b_c.d", "😀 𠀀", "\u00A0", "\uFEFF"]) expect(hasForbiddenCharacters(text)).toBe(false);
  });

  it("shows forbidden characters as U+XXXX when a value is echoed", () => {
    expect(displayValue("a\u0000b\uFFFE")).toBe("aU+0000bU+FFFE");
    expect(displayValue("x".repeat(50))).toBe(`${"x".repeat(40)}…`);
  });
});
