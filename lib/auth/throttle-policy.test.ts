import { describe, expect, it } from "vitest";
import { accountKey, afterFailure, secondsLeft, type ThrottleState } from "./throttle-policy";

function fail(times: number, threshold: number, start = 0, gap = 1000): { state: ThrottleState; now: number } {
  let state: ThrottleState | undefined;
  let now = start;
  for (let i = 0; i < times; i++) {
    now += gap;
    state = afterFailure(state, now, threshold);
  }
  return { state: state!, now };
}

describe("sign-in slowing", () => {
  it("does not slow the first two failures for an account", () => {
    const { state, now } = fail(2, 3);
    expect(secondsLeft(state, now)).toBe(0);
  });
  it("waits 5 s at the third failure and doubles from there (10 s, 20 s)", () => {
    expect(secondsLeft(fail(3, 3).state, fail(3, 3).now)).toBe(5);
    expect(secondsLeft(fail(4, 3).state, fail(4, 3).now)).toBe(10);
    expect(secondsLeft(fail(5, 3).state, fail(5, 3).now)).toBe(20);
  });
  it("never waits more than 15 minutes", () => {
    const { state, now } = fail(40, 3);
    expect(secondsLeft(state, now)).toBe(900);
  });
  it("forgets a count after 15 quiet minutes", () => {
    const { state } = fail(5, 3);
    const later = state.lastFailureAt + 16 * 60_000;
    expect(afterFailure(state, later, 3).failures).toBe(1);
  });
  it("rounds the remaining wait up and reaches 0 when it is over", () => {
    const state = { failures: 3, lastFailureAt: 0, blockedUntil: 4_100 };
    expect(secondsLeft(state, 0)).toBe(5);
    expect(secondsLeft(state, 4_100)).toBe(0);
  });
  it("keys an account by its email however it was typed", () => {
    expect(accountKey(" Wang@Example.CN ")).toBe("account:wang@example.cn");
  });
});
