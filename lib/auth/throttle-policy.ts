/**
 * How repeated failed sign-ins are slowed. Per account (the email as typed, existing or not, so
 * the slowing reveals nothing) and per address (many people may share one office address, so
 * its threshold is higher). Below the threshold nothing is slowed; from it on, each failure
 * doubles the wait, from 5 s up to 15 min. Quiet for 15 min, the count starts again.
 */
export const ACCOUNT_THRESHOLD = 3;
export const ADDRESS_THRESHOLD = 10;
export const FIRST_WAIT_MS = 5_000;
export const MAX_WAIT_MS = 15 * 60_000;
export const FORGET_AFTER_MS = 15 * 60_000;

export type ThrottleState = { failures: number; lastFailureAt: number; blockedUntil: number };

/** The state after one more failure at `now`. */
export function afterFailure(prev: ThrottleState | undefined, now: number, threshold: number): ThrottleState {
  const stale = !prev || now - prev.lastFailureAt > FORGET_AFTER_MS;
  const failures = (stale ? 0 : prev.failures) + 1;
  const wait = failures < threshold ? 0 : Math.min(FIRST_WAIT_MS * 2 ** (failures - threshold), MAX_WAIT_MS);
  return { failures, lastFailureAt: now, blockedUntil: wait > 0 ? now + wait : 0 };
}

/** Whole seconds left before another attempt is heard (0 = now), rounded up so "0 s" never shows while still blocked. */
export function secondsLeft(state: ThrottleState | undefined, now: number): number {
  if (!state || state.blockedUntil <= now) return 0;
  return Math.ceil((state.blockedUntil - now) / 1000);
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `address:${ip}`;
