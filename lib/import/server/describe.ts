import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import type { FileRefusal } from "../limits";
import type { Issue, SheetNotice } from "../validate";

/** Row, column and message in the reader's language: 第 4 行 D 列（金额（万元））：「abc」不是数字. */
export function issueTexts(locale: Locale) {
  const messages = loadMessages(locale);
  const row = createTranslator({ locale, messages, namespace: "importRow" });
  const file = createTranslator({ locale, messages, namespace: "importFile" });
  const t = (translate: typeof row | typeof file, key: string, params: Record<string, string | number> = {}) =>
    (translate as unknown as (k: string, p: Record<string, string | number>) => string)(key, params);
  const sep = locale === "en" ? ": " : "：";
  return {
    issue(rowNumber: number, issue: Issue): string {
      const at = issue.column ? t(row, "atColumn", { row: rowNumber, column: issue.column, header: issue.header || issue.column }) : t(row, "at", { row: rowNumber });
      return `${at}${sep}${t(row, issue.message, issue.params)}`;
    },
    /** The message alone (the refused-rows file has its own row column). */
    message(issue: Issue): string {
      const text = t(row, issue.message, issue.params);
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
