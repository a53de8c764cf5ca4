import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { filterIssueMessage } from "../filter-issue-message";
import { DEFAULT_FILTERS, type FilterIssue } from "../filters";
import type { Locale } from "../i18n/config";
import { loadMessages } from "../i18n/messages";
import { choiceIssue, missingIssue, pageIssue, sectorIssue } from "./request-rules";

const say = (issue: FilterIssue | null, locale: Locale = "en") => {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "filterIssues" });
  return issue ? filterIssueMessage(issue, (k, v) => t(k, v)) : null;
};

describe("request rules: one wording per problem", () => {
  it("names a missing metric as required, with its choices", () => {
    expect(say(missingIssue("metric"))).toBe("The parameter “metric” is required; use one of: funds, projects, trained, schools, cadres.");
    expect(say(missingIssue("by"), "zh-CN")).toBe("缺少必填参数“by”；可选：district, supporter。");
  });

  it("names the choices of a word outside its list", () => {
    expect(choiceIssue("format", "csv", ["json", "csv"])).toBeNull();
    expect(say(choiceIssue("format", "pdf", ["json", "csv"]))).toBe("“pdf” is not a choice for “format”; use one of: json, csv.");
  });

  it("says a sector filter does not apply to a metric without sectors", () => {
    const filters = { ...DEFAULT_FILTERS, sectors: ["tourism" as const] };
    expect(sectorIssue(filters, "funds")).toBeNull();
    expect(sectorIssue(DEFAULT_FILTERS, "cadres")).toBeNull();
    expect(say(sectorIssue(filters, "cadres"))).toBe("The sector filter does not apply to cadres: only funds, projects records carry a sector.");
  });

  it("refuses a page past the end even when the result is empty (an empty result has one page)", () => {
    expect(pageIssue(1, 1)).toBeNull();
    expect(say(pageIssue(2, 1))).toBe("Page 2 is past the last page (1).");
    expect(say(pageIssue(9, 3), "zh-CN")).toBe("第 9 页超出末页（共 3 页）。");
  });
});
