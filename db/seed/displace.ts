/**
 * Demo weights after real figures of unknown span have taken their place. Every cell i has a model
 * weight w_i and a displacement d_i (the part of a real figure the model assigns to it). We find the
 * scale k with Σ max(0, k·w_i − d_i) = target and return those gaps: the demonstration data then
 * fills only what the model expects beyond the real figures, and the target is met exactly once
 * the gaps are apportioned. Pure; bisection, since the sum grows monotonically with k.
 */
export function gapWeights(weights: readonly number[], displacement: readonly number[], target: number): number[] {
  const gaps = (k: number) => weights.map((w, i) => Math.max(0, k * w - (displacement[i] ?? 0)));
  const total = (k: number) => gaps(k).reduce((a, b) => a + b, 0);
  const sumW = weights.reduce((a, b) => a + b, 0);
  if (target <= 0 || sumW <= 0) return weights.map(() => 0);
  const sumD = displacement.reduce((a, b) => a + b, 0);
  let lo = 0;
  let hi = (target + sumD) / sumW; // total(hi) ≥ hi·Σw − Σd = target
  for (let step = 0; step < 100; step++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < target) lo = mid;
    else hi = mid;
  }
  return gaps(hi);
}

/** Spreads an amount over cells in proportion to their weights (all equal when they carry none). */
export function spread(amount: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (sum > 0 ? (amount * w) / sum : amount / weights.length));
}
