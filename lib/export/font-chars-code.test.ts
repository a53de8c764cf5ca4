import { describe, expect, it } from "vitest";
import { decodeFontChars, encodeFontChars } from "./font-chars-code";

describe("font characters in the URL", () => {
  it("round-trips the distinct characters, sorted, whatever their order and repeats", () => {
    const code = encodeFontChars("万州区 万州 Funds 1,794.00 –·；😀");
    expect(code).toBe(encodeFontChars("😀；·–00.497,1 sdnuF 州万 区州万"));
    expect(decodeFontChars(code, 100)).toBe([..."万州区Funds1,794.0–·；😀"].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).filter((c, i, all) => all.indexOf(c) === i).join(""));
  });

  it("uses URL-safe digits only, about two per CJK character", () => {
    const text = "引入资金按受援区县万州区涪陵区渝中区大渡口区江北区沙坪坝区九龙坡区南岸区北碚区渝北区巴南区长寿区江津区开州区云阳县奉节县巫山县巫溪县忠县丰都县武隆区石柱土家族自治县";
    const code = encodeFontChars(text);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(new Set(text).size * 3);
  });

  it("refuses any other spelling, an empty code and too many characters", () => {
    const code = encodeFontChars("ab");
    expect(decodeFontChars(code, 10)).toBe("ab");
    expect(decodeFontChars("", 10)).toBeNull();
    expect(decodeFontChars("a.b", 10)).toBeNull();
    // A digit with "more follows" set at the end, and a gap of zero (a repeat), are not canonical.
    expect(decodeFontChars(code + "g", 10)).toBeNull();
    expect(decodeFontChars(code + "A", 10)).toBeNull();
    expect(decodeFontChars(encodeFontChars("abcdef"), 5)).toBeNull();
    expect(decodeFontChars("_".repeat(40), 10)).toBeNull();
  });
});
