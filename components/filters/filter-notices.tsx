import { getTranslations } from "next-intl/server";
import { filterIssueMessage } from "@/lib/filter-issue-message";
import { capIssues } from "@/lib/filter-issues";
import type { FilterIssue } from "@/lib/filters";

/** What the parser dropped or corrected, said plainly (values are rendered as text, never markup). */
export async function FilterNotices({ issues: all }: { issues: FilterIssue[] }) {
  // Several parsers feed one page's notices: deduplicated and capped (20, then "and N more") here.
  const issues = capIssues(all);
  if (issues.length === 0) return null;
  const t = await getTranslations("filterIssues");
  return (
    <div className="notice notice--warning" role="status" data-testid="filter-notices">
      <p className="notice__title">{t("heading")}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.param}-${issue.code}-${i}`}>{filterIssueMessage(issue, (key, values) => t(key, values))}</li>
        ))}
      </ul>
    </div>
  );
}
