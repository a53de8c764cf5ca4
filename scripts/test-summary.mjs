// Adds up the unit (vitest JSON) and end-to-end (Playwright JSON) results with the pass/fail of
// the other stages, and prints the closing line "N passed, N failed[, N skipped]".
import fs from "node:fs";

const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const entry of process.argv.slice(2)) {
  const [name, result] = entry.split(":");
  if (name === "unit") {
    const v = read("test-results/vitest.json");
    if (v) {
      passed += v.numPassedTests;
      failed += v.numFailedTests + (result === "fail" && v.numFailedTests === 0 ? 1 : 0);
      skipped += v.numPendingTests + v.numTodoTests;
      lines.push(`unit: ${v.numPassedTests} passed, ${v.numFailedTests} failed`);
      continue;
    }
  }
  if (name === "e2e") {
    const p = read("test-results/playwright.json");
    if (p) {
      const s = p.stats;
      passed += s.expected + s.flaky;
      failed += s.unexpected + (result === "fail" && s.unexpected === 0 ? 1 : 0);
      skipped += s.skipped;
      lines.push(`e2e: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped${s.flaky ? ` (${s.flaky} flaky)` : ""}`);
      continue;
    }
  }
  // A stage without per-test results (type check, lint, build) counts as one check.
  if (result === "pass") passed += 1;
  else failed += 1;
  lines.push(`${name}: ${result === "pass" ? "passed" : "FAILED"}`);
}
console.log("\n=== summary");
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
