import { assessProgress, type Assessment, type Thresholds } from "./status";

/** One target with the actual to date of the cells it covers. */
export type TargetPart = {
  id: number;
  target: number;
  expected: number;
  /** null when no record covers the target's cells in the period. */
  actual: number | null;
  demoActual: number;
  isDemo: boolean;
  pairingConfidence: string | null;
  sourceId: string;
};

export type CombinedProgress = Assessment & {
  target: number;
  actual: number | null;
  demoActual: number;
  /** The target is (partly) demonstration data. */
  demoTarget: boolean;
  targetIds: number[];
  sourceIds: string[];
};

/**
 * Several targets read as one (a supporter's pairings, the selected districts): targets and actuals
 * add up, and the pace is the target-weighted mean of each target's pace, so a ramped profile and
 * a linear one mix correctly. An actual is missing only when every part's is.
 */
export function combineTargets(parts: readonly TargetPart[], thresholds?: Thresholds): CombinedProgress | null {
  if (parts.length === 0) return null;
  const target = parts.reduce((a, p) => a + p.target, 0);
  const expected = target > 0 ? parts.reduce((a, p) => a + p.target * p.expected, 0) / target : Math.max(...parts.map((p) => p.expected));
  const known = parts.filter((p) => p.actual !== null);
  const actual = known.length ? known.reduce((a, p) => a + (p.actual ?? 0), 0) : null;
  const unverified = parts.some((p) => p.pairingConfidence === "unverified");
  const assessment = assessProgress({ target, actual, expected, ...(thresholds ? { thresholds } : {}), pairingConfidence: unverified ? "unverified" : null });
  return {
    ...assessment,
    target,
    actual,
    demoActual: parts.reduce((a, p) => a + p.demoActual, 0),
    demoTarget: parts.some((p) => p.isDemo),
    targetIds: parts.map((p) => p.id),
    sourceIds: [...new Set(parts.map((p) => p.sourceId))],
  };
}

