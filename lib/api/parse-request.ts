import "server-only";
import { createTranslator } from "next-intl";
import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { filterIssueMessage } from "../filter-issue-message";
import { capIssues } from "../filter-issues";
import { parseSearchParams, type FilterIssue, type ParsedParams } from "../filters";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "../i18n/config";
import { loadMessages } from "../i18n/messages";
import { getFilterCatalog } from "../queries/cached";
import { choiceIssue, missingIssue, PARAM_CHOICES } from "./request-rules";

export type ApiContext = ParsedParams & { db: Db; locale: Locale };

export function requestLocale(request: NextRequest): Locale {
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return request.headers.get("accept-language")?.toLowerCase().startsWith("en") ? "en" : DEFAULT_LOCALE;
}

/** 400 with one sentence per problem (deduplicated, at most 20 then "and N more"), in the caller's language; nothing is read or written. */
export function badRequest(all: FilterIssue[], locale: Locale): Response {
  const issues = capIssues(all);
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "filterIssues" });
  const title = createTranslator({ locale, messages: loadMessages(locale), namespace: "errors" })("apiBadRequest");
  return Response.json(
    { error: title, issues: issues.map((i) => ({ param: i.param, code: i.code, message: filterIssueMessage(i, (k, v) => t(k, v)) })) },
    { status: 400, headers: { "cache-control": "no-store" } },
  );
}

/**
 * Parses a route handler's query with the same parser as the pages. Anything a page would drop
 * with a notice is a 400 here: an API caller should learn that its request was not understood.
 * `extra` checks a handler's own view params (paging, format) so one 400 lists every problem;
 * `choices` widens a fixed list for a route that takes more (progress is also `by=pairing`).
 */
export function parseApiRequest(
  request: NextRequest,
  required: string[] = [],
  extra?: (parsed: ParsedParams) => FilterIssue[],
  optional: readonly string[] = [],
  choices: Readonly<Record<string, readonly string[]>> = PARAM_CHOICES,
): { ok: true; ctx: ApiContext } | { ok: false; response: Response } {
  const db = getDb();
  const locale = requestLocale(request);
  const parsed = parseSearchParams(request.nextUrl.searchParams, getFilterCatalog());
  const issues = [...parsed.issues, ...(extra?.(parsed) ?? [])].filter((i) => i.severity === "warning");
  // A view param this handler does not read would be silently ignored: name it instead.
  for (const param of Object.keys(parsed.view)) {
    if (!required.includes(param) && !optional.includes(param)) issues.push({ param, code: "unknown_param", severity: "warning" });
  }
  for (const [param, value] of Object.entries(parsed.view)) {
    const allowed = choices[param];
    // A handler's own check of the same parameter (in `extra`) speaks for it: one problem, one issue.
    const issue = allowed && param !== "metric" && !issues.some((i) => i.param === param) ? choiceIssue(param, value, allowed) : null;
    if (issue) issues.push(issue);
  }
  for (const param of required) {
    if (parsed.view[param as keyof ParsedParams["view"]] === undefined && !issues.some((i) => i.param === param)) issues.push(missingIssue(param));
  }
  if (issues.length) return { ok: false, response: badRequest(issues, locale) };
  return { ok: true, ctx: { ...parsed, db, locale } };
}
