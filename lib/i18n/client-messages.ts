import "server-only";

/**
 * The messages the browser needs: those its client components translate with, as namespaces or
 * dotted sub-trees. Server components (KPI cards, notices, the footer, profile headers, API
 * errors) translate on the server, so their words are not shipped with the page. A client
 * component that starts using another namespace adds it here (a unit test reads the sources).
 */
export const CLIENT_MESSAGES = [
  "app",
  "categories",
  "charts",
  "confidence",
  "demo",
  "errors",
  "exports",
  "filters",
  "frame",
  "top",
  "explore.chips",
  "explore.compare",
  "explore.flows",
  "explore.map",
  "explore.records",
  "explore.supporter",
  // The account menu in the header, on every page.
  "account.signIn",
  "account.signOut",
  "account.menuLabel",
  "account.changePassword",
  "account.adminUsers",
  "account.adminAudit",
  "account.role",
  "account.scope",
  "account.scopeNone",
  "account.scopeAll",
  "account.mustChange",
  // Filter bar, panels and chart frames of the dashboard pages.
  "officials.cities",
  "officials.search",
  "officials.multiYear",
  "officials.zero",
  "officials.exports",
  "officials.phone",
  "truth.joint",
  "truth.published",
  "officials.dataText.original",
  "officials.caveat",
  // The progress panel of the overview and the profiles (its helpers translate with computed keys).
  "progress",
  // An editor's record table links to the record form with its labels.
  "recordForm",
] as const;

/**
 * What one page's own client components add (forms of data entry, sign-in, administration): shipped
 * with that page only, through <PageMessages> (components/page-messages.tsx).
 */
export const PAGE_MESSAGES = {
  signIn: ["account.signInPage"],
  password: ["account.passwordPage"],
  adminUsers: ["admin.users"],
  import: ["importPage"],
  batches: ["batches"],
  progress: ["targetForm"],
} as const satisfies Record<string, readonly string[]>;

export type PageMessagesName = keyof typeof PAGE_MESSAGES;

type Tree = { [key: string]: unknown };

export function clientMessages<M extends Tree>(messages: M, paths: readonly string[] = CLIENT_MESSAGES): Partial<M> {
  const out: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const key of keys) from = from && typeof from === "object" ? (from as Tree)[key] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Tree;
    into[keys[keys.length - 1]!] = from;
  }
  return out as Partial<M>;
}
