/**
 * Numbers as text the way `Intl.NumberFormat` writes them for zh-CN and en (the same symbols in
 * both: "," groups of three, "." decimals, "-" and "+", "%"), without ICU: in Chromium the first
 * `Intl.NumberFormat` of a page costs ~50 ms of ICU start-up (200 ms on Lighthouse's mobile CPU),
 * which hydration paid while every chart and card re-rendered its figures. The unit test checks
 * every shape used against Intl itself.
 */
export type DecimalStyle = {
  maxDigits: number;
  /** At least this many decimals (zeros added); default 0. */
  minDigits?: number;
  /** × 100 with a "%" after. */
  percent?: boolean;
  /** "+" before a number that is not zero once rounded (signDisplay "exceptZero"). */
  signed?: boolean;
};

/** `value` as digits and a decimal exponent: 1.005 → { digits: "1005", exponent: 1 } (value = 0.digits × 10^exponent). */
function shortestDecimal(size: number): { digits: string; exponent: number } {
  // Number#toString gives the shortest decimal that reads back as the same double, as ICU uses.
  const [mantissa, power = "0"] = size.toString().split("e");
  const [whole, fraction = ""] = mantissa!.split(".");
  const digits = `${whole}${fraction}`.replace(/^0+/, "");
  const leadingZeros = `${whole}${fraction}`.length - digits.length;
  return { digits, exponent: whole!.length - leadingZeros + Number(power) };
}

/**
 * Rounds half away from zero on the decimal digits (ICU's "halfExpand") of `size` × 10^`shift`
 * (a percentage shifts by 2, exactly, where × 100 in binary could drift); returns the integer and
 * fraction parts.
 */
function roundDecimal(size: number, maxDigits: number, shift: number): { integer: string; fraction: string } {
  const shortest = shortestDecimal(size);
  const digits = shortest.digits;
  const exponent = shortest.exponent + shift;
  if (digits === "") return { integer: "0", fraction: "" };
  const keep = exponent + maxDigits; // digits left of the cut
  if (keep < 0) return { integer: "0", fraction: "" };
  let kept = digits.slice(0, keep).padEnd(keep, "0");
  if ((digits[keep] ?? "0") >= "5") kept = addOne(kept);
  // A carry can lengthen the digits (9.99 → 10.0): the extra digit belongs to the integer part.
  const integerLength = exponent + (kept.length - keep);
  const integer = integerLength > 0 ? kept.slice(0, integerLength) : "0";
  const fraction = (integerLength >= 0 ? kept.slice(integerLength) : "0".repeat(-integerLength) + kept).replace(/0+$/, "");
  return { integer: integer.replace(/^0+(?=\d)/, ""), fraction };
}

function addOne(digits: string): string {
  if (digits === "") return "1";
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== "9") {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
    chars[i] = "0";
  }
  return `1${chars.join("")}`;
}

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function formatDecimal(value: number, style: DecimalStyle): string {
  if (Number.isNaN(value)) return "NaN";
  const negative = value < 0 || Object.is(value, -0);
  const size = Math.abs(value);
  const suffix = style.percent ? "%" : "";
  if (!Number.isFinite(size)) return `${negative ? "-" : style.signed ? "+" : ""}\u221E${suffix}`;
  const { integer, fraction } = roundDecimal(size, style.maxDigits, style.percent ? 2 : 0);
  const decimals = fraction.padEnd(style.minDigits ?? 0, "0");
  const body = `${group(integer)}${decimals ? `.${decimals}` : ""}${suffix}`;
  const zero = integer === "0" && fraction === "";
  // As Intl: "-0" for a negative that rounds to zero; no sign at all on zero when signed.
  const sign = style.signed ? (zero ? "" : negative ? "-" : "+") : negative ? "-" : "";
  return `${sign}${body}`;
}
