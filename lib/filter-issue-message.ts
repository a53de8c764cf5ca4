import type { FilterIssue } from "./filters";

type Translate = (key: FilterIssue["code"], values: Record<string, string | number>) => string;

/** The sentence for one parse issue, in the reader's language (filterIssues.* messages). */
export function filterIssueMessage(issue: FilterIssue, t: Translate): string {
  return t(issue.code, { param: issue.param, value: issue.value ?? "", ...issue.detail });
}
