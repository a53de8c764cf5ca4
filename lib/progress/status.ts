/**
 * Status of a target against its pace: on track (≥ 100% of pace by default), at risk (≥ 80%),
 * behind (below). Thresholds are fractions of the pace, configurable (lib/progress/thresholds.ts).
 */
export const PROGRESS_STATUSES = ["behind", "at-risk", "no-data", "on-track", "not-started"] as const;
/** Worst first: the order of the list above is the sort order of /progress. */
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export type Thresholds = { onTrack: number; atRisk: number };
export const DEFAULT_THRESHOLDS: Thresholds = { onTrack: 1, atRisk: 0.8 };

export type Caveat = "zero-target" | "unverified-pairing" | "period-over";

export type Assessment = {
  /** actual ÷ target; null when the target is zero or the actual is missing. */
  achieved: number | null;
  /** Share of the target expected by the as-of date. */
  expected: number;
  /** achieved ÷ expected; null where either is undefined. */
  ofPace: number | null;
  status: ProgressStatus;
  caveats: Caveat[];
};

export type AssessInput = {
  target: number;
  /** Actual to date in the stored unit; null when no record speaks for the scope in the period. */
  actual: number | null;
  expected: number;
  thresholds?: Thresholds;
  /** The pairing's confidence, for a pairing target; "unverified" adds a caveat, not a status. */
  pairingConfidence?: string | null;
};

// Shares computed from integers can land a hair under a threshold (0.8 × 0.4 ≠ 0.32 in floating point).
const EPSILON = 1e-9;

export function assessProgress({ target, actual, expected, thresholds = DEFAULT_THRESHOLDS, pairingConfidence }: AssessInput): Assessment {
  const caveats: Caveat[] = [];
  if (pairingConfidence === "unverified") caveats.push("unverified-pairing");
  if (expected >= 1) caveats.push("period-over");
  if (target === 0) caveats.push("zero-target");
  const achieved = actual === null || target === 0 ? null : actual / target;
  if (expected <= 0) return { achieved, expected, ofPace: null, status: "not-started", caveats };
  if (actual === null) return { achieved, expected, ofPace: null, status: "no-data", caveats };
  // Nothing was planned, so nothing can be missed: a zero target is met by any actual.
  if (target === 0) return { achieved, expected, ofPace: null, status: "on-track", caveats };
  const ofPace = (achieved ?? 0) / expected;
  const status = ofPace + EPSILON >= thresholds.onTrack ? "on-track" : ofPace + EPSILON >= thresholds.atRisk ? "at-risk" : "behind";
  return { achieved, expected, ofPace, status, caveats };
}

/** Worst first; within a status, the furthest behind pace first. */
export function compareByUrgency(a: Pick<Assessment, "status" | "ofPace">, b: Pick<Assessment, "status" | "ofPace">): number {
  const byStatus = PROGRESS_STATUSES.indexOf(a.status) - PROGRESS_STATUSES.indexOf(b.status);
  if (byStatus !== 0) return byStatus;
  return (a.ofPace ?? Infinity) - (b.ofPace ?? Infinity);
}
