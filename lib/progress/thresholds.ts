import { DEFAULT_THRESHOLDS, type Thresholds } from "./status";

/**
 * Status thresholds as percentages of the pace, from the environment:
 * DUIKOU_PROGRESS_ON_TRACK (default 100) and DUIKOU_PROGRESS_AT_RISK (default 80).
 * A value that is not a number in 1–1000, or an at-risk line above the on-track line, is ignored
 * (the defaults stand) so a typo cannot silently turn every row green.
 */
export function thresholdsFromEnv(env: Record<string, string | undefined> = process.env): Thresholds {
  const percent = (value: string | undefined) => {
    if (value === undefined || value.trim() === "") return null;
    const n = Number(value);
    return Number.isFinite(n) && n >= 1 && n <= 1000 ? n / 100 : null;
  };
  const onTrack = percent(env.DUIKOU_PROGRESS_ON_TRACK) ?? DEFAULT_THRESHOLDS.onTrack;
  const atRisk = percent(env.DUIKOU_PROGRESS_AT_RISK) ?? DEFAULT_THRESHOLDS.atRisk;
  return atRisk <= onTrack ? { onTrack, atRisk } : DEFAULT_THRESHOLDS;
}
