import { describe, expect, it } from "vitest";
import { assessProgress, compareByUrgency } from "./status";
import { thresholdsFromEnv } from "./thresholds";

describe("assessProgress", () => {
  // Target 1000, 40% of the period gone: pace = 400.
  it("is on track at or above the pace", () => {
    const a = assessProgress({ target: 1000, actual: 400, expected: 0.4 });
    expect(a.status).toBe("on-track");
    expect(a.achieved).toBe(0.4);
    expect(a.ofPace).toBeCloseTo(1, 9);
  });

  it("is at risk from 80% of the pace (320 of 400) and behind below it", () => {
    expect(assessProgress({ target: 1000, actual: 320, expected: 0.4 }).status).toBe("at-risk");
    expect(assessProgress({ target: 1000, actual: 319, expected: 0.4 }).status).toBe("behind");
    expect(assessProgress({ target: 1000, actual: 399, expected: 0.4 }).status).toBe("at-risk");
  });

  it("says not started when the period has not begun, whatever the actual", () => {
    const a = assessProgress({ target: 1000, actual: 50, expected: 0 });
    expect(a.status).toBe("not-started");
    expect(a.ofPace).toBeNull();
  });

  it("judges a finished period against the whole target", () => {
    const met = assessProgress({ target: 1000, actual: 1000, expected: 1 });
    expect(met.status).toBe("on-track");
    expect(met.caveats).toContain("period-over");
    expect(assessProgress({ target: 1000, actual: 850, expected: 1 }).status).toBe("at-risk");
    expect(assessProgress({ target: 1000, actual: 500, expected: 1 }).status).toBe("behind");
  });

  it("treats a zero target as met, with no share to show", () => {
    const a = assessProgress({ target: 0, actual: 12, expected: 0.4 });
    expect(a.status).toBe("on-track");
    expect(a.achieved).toBeNull();
    expect(a.caveats).toContain("zero-target");
  });

  it("says no data when no record speaks for the scope, never 'behind'", () => {
    const a = assessProgress({ target: 1000, actual: null, expected: 0.4 });
    expect(a.status).toBe("no-data");
    expect(a.achieved).toBeNull();
  });

  it("keeps the status of a target on an unverified pairing but flags it", () => {
    const a = assessProgress({ target: 1000, actual: 100, expected: 0.4, pairingConfidence: "unverified" });
    expect(a.status).toBe("behind");
    expect(a.caveats).toEqual(["unverified-pairing"]);
    expect(assessProgress({ target: 1000, actual: 100, expected: 0.4, pairingConfidence: "high" }).caveats).toEqual([]);
  });

  it("uses configured thresholds", () => {
    const thresholds = thresholdsFromEnv({ DUIKOU_PROGRESS_ON_TRACK: "90", DUIKOU_PROGRESS_AT_RISK: "60" });
    expect(thresholds).toEqual({ onTrack: 0.9, atRisk: 0.6 });
    expect(assessProgress({ target: 1000, actual: 360, expected: 0.4, thresholds }).status).toBe("on-track");
    expect(assessProgress({ target: 1000, actual: 240, expected: 0.4, thresholds }).status).toBe("at-risk");
  });
});

describe("thresholdsFromEnv", () => {
  it("falls back to 100/80 on bad or contradictory values", () => {
    expect(thresholdsFromEnv({})).toEqual({ onTrack: 1, atRisk: 0.8 });
    expect(thresholdsFromEnv({ DUIKOU_PROGRESS_ON_TRACK: "abc" })).toEqual({ onTrack: 1, atRisk: 0.8 });
    expect(thresholdsFromEnv({ DUIKOU_PROGRESS_ON_TRACK: "70", DUIKOU_PROGRESS_AT_RISK: "80" })).toEqual({ onTrack: 1, atRisk: 0.8 });
  });
});

describe("compareByUrgency", () => {
  it("sorts behind, at risk, no data, on track, not started; furthest behind first", () => {
    const rows = [
      { id: "ok", status: "on-track" as const, ofPace: 1.2 },
      { id: "late2", status: "behind" as const, ofPace: 0.5 },
      { id: "none", status: "no-data" as const, ofPace: null },
      { id: "late1", status: "behind" as const, ofPace: 0.2 },
      { id: "risk", status: "at-risk" as const, ofPace: 0.9 },
      { id: "future", status: "not-started" as const, ofPace: null },
    ];
    expect(rows.sort(compareByUrgency).map((r) => r.id)).toEqual(["late1", "late2", "risk", "none", "ok", "future"]);
  });
});
