import type { FilterIssue } from "./filters";
import { MAX_ISSUES } from "./param-rules";

/**
 * One notice per problem, however often a request repeats it: a key sent 7,500 times is one
 * "repeated" or "unknown" notice, not 7,500. Order is kept (first occurrence wins).
 */
export function dedupeIssues(issues: readonly FilterIssue[]): FilterIssue[] {
  const seen = new Set<string>();
  const out: FilterIssue[] = [];
  for (const issue of issues) {
    // A repeated or unknown key is one problem whatever its values; others differ by value.
    const byKey = issue.code === "repeated_param" || issue.code === "unknown_param" || issue.code === "too_long";
    const id = `${issue.code}\u0000${issue.param}\u0000${byKey ? "" : (issue.value ?? "")}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(issue);
  }
  return out;
}

/** Deduplicated, then at most MAX_ISSUES listed and the rest counted in one closing "and N more". */
export function capIssues(issues: readonly FilterIssue[], max = MAX_ISSUES): FilterIssue[] {
  const unique = dedupeIssues(issues);
  if (unique.length <= max) return unique;
  const more: FilterIssue = { param: "", code: "more_issues", severity: "warning", detail: { count: unique.length - max } };
  return [...unique.slice(0, max), more];
}
