/**
 * How much of a target should be reached by a given date. A period is whole calendar years
 * (2021–2025, or one year); the pace is linear unless a yearly profile gives each year's share.
 * Pure, so the early-warning rules are unit-tested apart from the database.
 */
export type Period = { from: number; to: number };

export function periodYears(period: Period): number {
  return period.to - period.from + 1;
}

export function periodLabel(period: Period): string {
  return period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
}

/** "2021-2025" or "2023" → a period; null for anything else (reversed, malformed, over 30 years). */
export function parsePeriod(value: string): Period | null {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim());
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (to < from || to - from >= 30) return null;
  return { from, to };
}

/** Share of a calendar year gone by the end of the given ISO date (2022-12-31 → 1 for 2022). */
function yearElapsed(year: number, asOfDate: string): number {
  const asOf = new Date(`${asOfDate}T00:00:00Z`);
  const asOfYear = asOf.getUTCFullYear();
  if (year < asOfYear) return 1;
  if (year > asOfYear) return 0;
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const dayOfYear = (asOf.getTime() - start) / 86_400_000 + 1;
  return dayOfYear / days;
}

/**
 * The yearly shares a profile gives, when it is usable: one non-negative number per year of the
 * period with a positive sum (normalised to 1). Anything else falls back to the linear pace.
 */
export function usableProfile(period: Period, profile: readonly number[] | null | undefined): number[] | null {
  if (!profile || profile.length !== periodYears(period)) return null;
  if (profile.some((x) => !Number.isFinite(x) || x < 0)) return null;
  const sum = profile.reduce((a, b) => a + b, 0);
  return sum > 0 ? profile.map((x) => x / sum) : null;
}

/** Share of the target expected by the as-of date: 0 before the period starts, 1 once it is over. */
export function expectedShare(period: Period, asOfDate: string, profile?: readonly number[] | null): number {
  const n = periodYears(period);
  const shares = usableProfile(period, profile) ?? Array.from({ length: n }, () => 1 / n);
  const expected = shares.reduce((sum, share, i) => sum + share * yearElapsed(period.from + i, asOfDate), 0);
  // Rounding of the shares must not make a finished period read as 99.999…%.
  return Math.min(1, Math.max(0, Math.round(expected * 1e9) / 1e9));
}

/** Years of the period with data by the as-of date (the actual to date sums these). */
export function yearsToDate(period: Period, asOfYear: number): Period | null {
  if (period.from > asOfYear) return null;
  return { from: period.from, to: Math.min(period.to, asOfYear) };
}
