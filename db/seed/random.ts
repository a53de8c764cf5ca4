/** Deterministic helpers for the demonstration generator: same seed, same numbers, every run. */
export type Rng = () => number;

/** mulberry32: small, fast, well-distributed 32-bit PRNG. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function between(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Log-normal draw around a median (spread = sigma of the log). */
export function logNormal(rng: Rng, median: number, spread: number): number {
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return median * Math.exp(spread * normal);
}

/**
 * Splits an integer total over weights exactly (largest-remainder method): the parts are
 * non-negative integers that add up to `total`, proportional to the weights.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`apportion: bad total ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) {
    if (total === 0) return weights.map(() => 0);
    throw new Error("apportion: no weight to carry a non-zero total");
  }
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const slot = order[k];
    if (slot) parts[slot.i] = (parts[slot.i] ?? 0) + 1;
  }
  return parts;
}

/** Splits a total into `count` positive integers with random sizes (count is capped at total). */
export function splitPositive(rng: Rng, total: number, count: number): number[] {
  const n = Math.max(1, Math.min(count, total));
  const base = apportion(total - n, Array.from({ length: n }, () => 0.3 + rng()));
  return base.map((x) => x + 1);
}
