import { describe, expect, it } from "vitest";
import { formatDecimal, type DecimalStyle } from "./decimal-text";

// The oracle is the platform's own Intl.NumberFormat: this formatter must write what it writes.
const intl = (locale: string, style: DecimalStyle) =>
  new Intl.NumberFormat(locale, {
    maximumFractionDigits: style.maxDigits,
    minimumFractionDigits: style.minDigits ?? 0,
    style: style.percent ? "percent" : "decimal",
    signDisplay: style.signed ? "exceptZero" : "auto",
  });

// Every shape the product formats with (lib/format.ts, lib/progress/progress-shapes.ts).
const STYLES: DecimalStyle[] = [
  { maxDigits: 0 },
  { maxDigits: 1 },
  { maxDigits: 2 },
  { maxDigits: 1, percent: true },
  { maxDigits: 1, percent: true, signed: true },
  { maxDigits: 1, minDigits: 1, percent: true },
];

const EDGES = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 1.015, 2.675, 9.995, 99.95, 999.5, 0.001, -0.001, 0.0004, 1e-7, 123456789.125,
  1794, 319.6546, 17_940_000, 1e21, 1.5e22, 0.045, 0.0449, 0.9995, -0.0004, 12.345, 1_000_000, 999_999.995, Number.MAX_SAFE_INTEGER];

/** Random values across magnitudes, with the seed fixed so a failure can be replayed. */
function values(count: number): number[] {
  let seed = 20261129;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const magnitude = 10 ** Math.floor(next() * 14 - 5);
    const value = (next() - 0.3) * magnitude;
    out.push(value, Math.round(value * 1000) / 1000, Math.round(value * 100) / 100 + 0.005);
  }
  return out;
}

describe("formatDecimal writes what Intl.NumberFormat writes", () => {
  for (const locale of ["zh-CN", "en"]) {
    for (const style of STYLES) {
      it(`${locale} ${JSON.stringify(style)}`, () => {
        const oracle = intl(locale, style);
        for (const value of [...EDGES, ...values(3000)]) expect(`${value} → ${formatDecimal(value, style)}`).toBe(`${value} → ${oracle.format(value)}`);
      });
    }
  }

  it("writes hand-checked figures", () => {
    expect(formatDecimal(1794, { maxDigits: 2 })).toBe("1,794");
    expect(formatDecimal(319.6546, { maxDigits: 2 })).toBe("319.65");
    expect(formatDecimal(0.125, { maxDigits: 1, percent: true })).toBe("12.5%");
    expect(formatDecimal(0.081, { maxDigits: 1, percent: true, signed: true })).toBe("+8.1%");
    expect(formatDecimal(0.12, { maxDigits: 1, minDigits: 1, percent: true })).toBe("12.0%");
    expect(formatDecimal(9.995, { maxDigits: 2 })).toBe("10");
  });
});
