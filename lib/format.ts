import type { Locale } from "./i18n/config";
import { localized } from "./i18n/config";
import { formatDecimal } from "./decimal-text";
import { METRICS, type MetricKey } from "./metrics";

/** Shaping at the edge: stored integers (万元, counts) become display numbers and strings here. */
export function toDisplayValue(metric: MetricKey, stored: number): number {
  return stored / METRICS[metric].displayDivisor;
}

// zh-CN and en write numbers alike ("1,794.5", "12.5%"), so `locale` below picks words, never digits
// (lib/decimal-text.ts says why the digits are not Intl's).

/**
 * "1,794" for 17,940,000 万元 of funds (shown in 亿元), "1,800" for projects. In English, money
 * is said in words a reader knows: 32.73亿元 is "3.27 billion" (yuan), 8,500万元 "85 million",
 * 12万元 "120,000" — 亿 and 万 scaled to billion, million and thousands alike.
 */
export function formatMetricValue(metric: MetricKey, stored: number, locale: Locale): string {
  if (locale === "en" && metric === "funds") return formatYuanEn(stored * 10_000);
  return formatDecimal(toDisplayValue(metric, stored), { maxDigits: METRICS[metric].displayDecimals });
}

/** A table cell in display units (亿元 / "100m yuan"), readable back as a number by exports. */
export function formatTableValue(metric: MetricKey, stored: number, _locale: Locale): string {
  return formatDecimal(toDisplayValue(metric, stored), { maxDigits: METRICS[metric].displayDecimals });
}

export function formatYuanEn(yuan: number): string {
  const size = Math.abs(yuan);
  if (size >= 1e9) return `${formatDecimal(yuan / 1e9, { maxDigits: 2 })} billion`;
  if (size >= 1e6) return `${formatDecimal(yuan / 1e6, { maxDigits: 2 })} million`;
  return formatDecimal(yuan, { maxDigits: 0 });
}

/**
 * The unit written after a formatted value ("3.27 billion yuan", "1 school", "445 schools").
 * `stored`, when given, picks the English singular for exactly one.
 */
export function metricUnit(metric: MetricKey, locale: Locale, stored?: number): string {
  if (locale !== "en") return localized(METRICS[metric].displayUnit, locale);
  if (metric === "funds") return "yuan";
  const plural = METRICS[metric].displayUnit.en;
  return stored !== undefined && toDisplayValue(metric, stored) === 1 ? plural.replace(/s$/, "") : plural;
}

/** The unit of a number column in display units (tables, CSV, XLSX): 亿元 / "100m yuan", never words. */
export function tableUnit(metric: MetricKey, locale: Locale): string {
  return localized(METRICS[metric].displayUnit, locale);
}

export function metricLabel(metric: MetricKey, locale: Locale): string {
  return localized(METRICS[metric].label, locale);
}

export function formatInteger(value: number, _locale: Locale): string {
  return formatDecimal(value, { maxDigits: 0 });
}

/** Share as a percentage with one decimal ("12.3%"); "—" when the base is zero. */
export function formatShare(part: number, whole: number, _locale: Locale): string {
  if (whole <= 0) return "—";
  return formatDecimal(part / whole, { maxDigits: 1, percent: true });
}

/** Relative change, signed ("+8.1%"); null when there is nothing to compare with. */
export function relativeChange(current: number, previous: number): number | null {
  if (previous <= 0) return null;
  return (current - previous) / previous;
}

export function formatChange(change: number, _locale: Locale): string {
  return formatDecimal(change, { maxDigits: 1, percent: true, signed: true });
}

/** A parenthetical in the locale's typography: full-width brackets in Chinese, " (…)" in English. */
export function parenthetical(text: string, locale: Locale): string {
  return locale === "en" ? ` (${text})` : `（${text}）`;
}

/** "引入资金（亿元）" / "Funds introduced (100m yuan)". */
export function withUnit(label: string, unit: string, locale: Locale): string {
  return `${label}${parenthetical(unit, locale)}`;
}

/** "广州市（广东）" / "Guangzhou (Guangdong)": a city named with its province, so the two never read as one. */
export function withProvince(name: string, province: string, locale: Locale): string {
  return `${name}${parenthetical(province.replace(/(省|壮族自治区)$/, ""), locale)}`;
}
