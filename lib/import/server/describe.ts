import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import type { FileRefusal } from "../limits";
import type { Issue, SheetNotice } from "../validate";
import { TARGET_ISSUE_PREFIX } from "../validate-targets";

/** Row, column and message in the reader's language: 第 4 行 D 列（金额（万元））：「abc」不是数字. */
export function issueTexts(locale: Locale) {
  const messages = loadMessages(locale);
  const row = createTranslator({ locale, messages, namespace: "importRow" });
  const file = createTranslator({ locale, messages, namespace: "importFile" });
  const form = createTranslator({ locale, messages, namespace: "targetForm" });
  const t = (translate: typeof row | typeof file | typeof form, key: string, params: Record<string, string | number> = {}) =>
    (translate as unknown as (k: string, p: Record<string, string | number>) => string)(key, params);
  const sep = locale === "en" ? ": " : "：";
  // A targets-sheet row is refused in the single-target form's own words for the same problem.
  const rowText = (issue: Issue): string => {
    if (!issue.message.startsWith(TARGET_ISSUE_PREFIX)) return t(row, issue.message, issue.params);
    const field = t(form, `fields.${String(issue.params.field)}`);
    return t(form, `errors.${issue.message.slice(TARGET_ISSUE_PREFIX.length)}`, { field });
  };
  return {
    issue(rowNumber: number, issue: Issue): string {
      const at = issue.column ? t(row, "atColumn", { row: rowNumber, column: issue.column, header: issue.header || issue.column }) : t(row, "at", { row: rowNumber });
      return `${at}${sep}${rowText(issue)}`;
    },
    /** The message alone (the refused-rows file has its own row column). */
    message(issue: Issue): string {
      const text = rowText(issue);
      return issue.column ? `${issue.column}${locale === "en" ? " " : ""}(${issue.header || issue.column})${sep}${text}` : text;
    },
    notice(notice: SheetNotice): string {
      return `${notice.sheet ? `「${notice.sheet}」` : ""}${t(file, notice.message, notice.params)}`;
    },
    refusal(refusal: FileRefusal): string {
      return t(file, refusal.message, refusal.params ?? {});
    },
  };
}
